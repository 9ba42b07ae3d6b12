/**
 * A sheet this tool makes, put into the package: the worksheet part and the parts it relates
 * to, the workbook's sheet list and relationships, the content types and the sheet list in
 * the document properties. A sheet made earlier is replaced by writing its own parts anew,
 * leaving its place, id and name in the workbook as they were.
 */
import { addSheetTitle } from "./app-props";
import {
  addRelatedPart,
  freePartName,
  relatePart,
  relationshipsOf,
  removePartTree,
  requiredText,
  sheetEntries,
  updateContentTypes,
  type RelatedPart,
  type SheetEntry,
} from "./package-graph";
import { resolveTarget } from "./part-paths";
import { addSheet } from "./workbook-sheets";
import { CONTENT_TYPE, REL_TYPE } from "./xml";
import type { XlsxPackage } from "./xlsx-package";

export interface NewWorksheet {
  readonly name: string;
  /** The sheet's XML, given the relationship ids of `related` in order. */
  readonly content: (relatedIds: readonly string[]) => string;
  /** Parts the sheet relates to: its tables, its drawing (with its charts). */
  readonly related: readonly RelatedPart[];
}

async function writeSheetParts(pkg: XlsxPackage, part: string, sheet: NewWorksheet): Promise<void> {
  pkg.write(part, "");
  const ids: string[] = [];
  for (const related of sheet.related) ids.push(await addRelatedPart(pkg, part, related));
  pkg.write(part, sheet.content(ids));
  await updateContentTypes(pkg, { add: [[part, CONTENT_TYPE.worksheet]] });
}

/** The app properties part, from the package's relationships. */
async function appPropertiesPart(pkg: XlsxPackage): Promise<string | null> {
  const rel = (await relationshipsOf(pkg, "")).find((r) => r.type === REL_TYPE.extendedProperties);
  return rel === undefined ? null : resolveTarget("", rel.target);
}

/** Adds the sheet after the last one; returns it as the workbook now lists it. */
export async function addWorksheet(
  pkg: XlsxPackage,
  workbookPart: string,
  sheet: NewWorksheet,
): Promise<SheetEntry> {
  const before = await sheetEntries(pkg, workbookPart);
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const part = freePartName(pkg, `${folder}worksheets/sheet`, "xml");
  await writeSheetParts(pkg, part, sheet);
  const relId = await relatePart(pkg, workbookPart, REL_TYPE.worksheet, part);
  pkg.write(workbookPart, addSheet(await requiredText(pkg, workbookPart), sheet.name, relId).xml);
  const app = await appPropertiesPart(pkg);
  if (app !== null) {
    const appXml = await pkg.read(app);
    if (appXml !== undefined) {
      pkg.write(
        app,
        addSheetTitle(
          appXml,
          before.map((s) => s.name),
          sheet.name,
        ),
      );
    }
  }
  const added = (await sheetEntries(pkg, workbookPart)).at(-1);
  if (added === undefined) throw new Error("Bladet lades inte till");
  return added;
}

/** Writes the sheet anew in place of `existing` (a sheet this tool made). */
export async function replaceWorksheet(
  pkg: XlsxPackage,
  existing: SheetEntry,
  sheet: NewWorksheet,
): Promise<void> {
  if (existing.part === null) throw new Error(`${existing.name} är inget kalkylblad`);
  await removePartTree(pkg, existing.part);
  await writeSheetParts(pkg, existing.part, sheet);
}
