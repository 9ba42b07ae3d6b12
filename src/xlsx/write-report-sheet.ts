/**
 * Writes a generated sheet (a report, as a `SheetLayout`) into the package: a new sheet at
 * the end, or in place of the sheet this tool made before (the one the layout's marker name
 * refers to). A user's sheet of the same name is never touched (`chooseSheetTarget`).
 * Written: the sheet's own parts, appended cell formats, the workbook's sheet list, the
 * marker and print-title names, content types and the document properties' sheet list.
 */
import {
  chooseSheetTarget,
  excelNameKey,
  MAX_ROWS,
  sameSheetName,
  type OwnSheetPolicy,
  type SheetLayout,
  type WriteSheetResult,
} from "../plan";
import { FILE_MESSAGES } from "./file-messages";
import { addWorksheet, replaceWorksheet } from "./package/add-worksheet";
import { readDefinedNames, removeDefinedNames, setDefinedName } from "./package/defined-names";
import { requiredText, sheetEntries, workbookPartOf } from "./package/package-graph";
import { sheetReference, sheetsNamedBy } from "./package/sheet-references";
import { withStyleSheet } from "./package/styles-part";
import { readWorkbook } from "./package/workbook-sheets";
import type { XlsxPackage } from "./package/xlsx-package";
import { assertMergesApart } from "./merges";
import { reportWorksheet } from "./report-sheet-spec";
import { WorkbookFileError } from "./workbook-file-error";

export const PRINT_TITLES = "_xlnm.Print_Titles";

export async function writeReportSheet(
  pkg: XlsxPackage,
  layout: SheetLayout,
  policy: OwnSheetPolicy,
): Promise<WriteSheetResult> {
  assertMergesApart(layout.merges);
  if (layout.rows.length > MAX_ROWS) {
    throw new WorkbookFileError(FILE_MESSAGES.tooManyRows(layout.name, layout.rows.length));
  }
  const workbookPart = await workbookPartOf(pkg);
  const workbookXml = await requiredText(pkg, workbookPart);
  const sheets = await sheetEntries(pkg, workbookPart);
  const marked = sheetsNamedBy(readDefinedNames(workbookXml), layout.markerName).find((name) =>
    sheets.some((s) => sameSheetName(s.name, name)),
  );
  const target = chooseSheetTarget({
    sheetNames: sheets.map((s) => s.name),
    markedSheet: marked ?? null,
    name: layout.name,
    policy,
  });
  const replace = target.replace;
  const existing = replace === null ? undefined : sheets.find((s) => sameSheetName(s.name, replace));
  const { date1904, structureLocked } = readWorkbook(workbookXml);
  if (existing === undefined && structureLocked) {
    throw new WorkbookFileError(FILE_MESSAGES.structureLocked(target.name));
  }
  const parts = await withStyleSheet(pkg, workbookPart, (styles) =>
    reportWorksheet(layout, styles, date1904, target.name),
  );
  const sheet = { name: target.name, ...parts };
  let entry = existing;
  if (entry === undefined) entry = await addWorksheet(pkg, workbookPart, sheet);
  else await replaceWorksheet(pkg, entry, sheet);
  let xml = await requiredText(pkg, workbookPart);
  xml = removeDefinedNames(xml, (n) => excelNameKey(n.name) === excelNameKey(layout.markerName));
  xml = setDefinedName(xml, {
    name: layout.markerName,
    localSheetId: null,
    value: sheetReference(target.name, "$A$1"),
  });
  const { first, last } = layout.print.repeatRows;
  xml = setDefinedName(xml, {
    name: PRINT_TITLES,
    localSheetId: entry.index,
    value: sheetReference(target.name, `$${first}:$${last}`),
  });
  pkg.write(workbookPart, xml);
  return { sheet: target.name, replaced: existing !== undefined };
}
