/**
 * The workbook part's (`xl/workbook.xml`) sheet list: read, and a sheet added at the end
 * with the next free sheet id. The other sheets keep their place, so every sheet index a
 * defined name holds (`localSheetId`) keeps meaning the same sheet.
 */
import {
  childElement,
  childElements,
  insertInOrder,
  newElement,
  NS,
  parseXml,
  rootOf,
  serializeXml,
  setNamespacedAttribute,
} from "./xml";

export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  /** The relationship id of its part in the workbook's rels. */
  readonly relId: string;
  readonly state: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookInfo {
  readonly sheets: readonly WorkbookSheet[];
  /** Dates count from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
  /** Workbook structure protection: sheets may not be added, removed or renamed. */
  readonly structureLocked: boolean;
}

/** CT_Workbook's children from `<sheets>` on, in schema order. */
export const WORKBOOK_ORDER = [
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

const isOn = (value: string | null) => value === "1" || value === "true";

export function readWorkbook(xml: string): WorkbookInfo {
  const root = rootOf(parseXml(xml));
  const sheets = childElement(root, "sheets");
  return {
    sheets: (sheets ? childElements(sheets, "sheet") : []).map((s) => {
      const state = s.getAttribute("state");
      return {
        name: s.getAttribute("name") ?? "",
        sheetId: Number(s.getAttribute("sheetId")),
        relId: s.getAttributeNS(NS.rel, "id") ?? "",
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
      };
    }),
    date1904: isOn(childElement(root, "workbookPr")?.getAttribute("date1904") ?? null),
    structureLocked: isOn(childElement(root, "workbookProtection")?.getAttribute("lockStructure") ?? null),
  };
}

/** Adds a sheet after the last one; returns the workbook part and the sheet's id. */
export function addSheet(xml: string, name: string, relId: string): { xml: string; sheetId: number } {
  const document = parseXml(xml);
  const root = rootOf(document);
  let sheets = childElement(root, "sheets");
  if (sheets === undefined) {
    // A workbook without sheets (one made elsewhere and never opened in Excel).
    sheets = newElement(root, "sheets");
    insertInOrder(root, sheets, WORKBOOK_ORDER.slice(1));
  }
  const ids = childElements(sheets, "sheet").map((s) => Number(s.getAttribute("sheetId")) || 0);
  const sheetId = Math.max(0, ...ids) + 1;
  const sheet = newElement(sheets, "sheet", { name, sheetId: String(sheetId) });
  sheets.appendChild(sheet);
  setNamespacedAttribute(sheet, NS.rel, "r", "id", relId);
  return { xml: serializeXml(document), sheetId };
}
