/** The table parts of a sheet, and of the whole workbook, found through relationships. */
import { excelNameKey } from "../../plan";
import { relationshipsOf, type SheetEntry } from "./package-graph";
import { resolveTarget } from "./part-paths";
import { readTablePart, type TablePartInfo } from "./table-part";
import { REL_TYPE } from "./xml";
import type { PackageReader } from "./xlsx-package";

export interface FoundTablePart {
  readonly part: string;
  /** The sheet part's relationship id for it. */
  readonly relId: string;
  readonly xml: string;
  readonly info: TablePartInfo;
}

/** The tables on the sheet whose part is `sheetPart`. */
export async function tablePartsOf(pkg: PackageReader, sheetPart: string): Promise<FoundTablePart[]> {
  const found: FoundTablePart[] = [];
  for (const rel of await relationshipsOf(pkg, sheetPart)) {
    if (rel.type !== REL_TYPE.table || rel.external) continue;
    const part = resolveTarget(sheetPart, rel.target);
    const xml = await pkg.read(part);
    if (xml !== undefined) found.push({ part, relId: rel.id, xml, info: readTablePart(xml) });
  }
  return found;
}

/** The table named `name` (any case) on the sheet, or null. */
export async function findTablePart(
  pkg: PackageReader,
  sheetPart: string,
  name: string,
): Promise<FoundTablePart | null> {
  const tables = await tablePartsOf(pkg, sheetPart);
  return tables.find((t) => excelNameKey(t.info.name) === excelNameKey(name)) ?? null;
}

/** Every table of the workbook with the sheet it is on. */
export async function allTableParts(
  pkg: PackageReader,
  sheets: readonly SheetEntry[],
): Promise<(FoundTablePart & { readonly sheet: SheetEntry })[]> {
  const all: (FoundTablePart & { readonly sheet: SheetEntry })[] = [];
  for (const sheet of sheets) {
    if (sheet.part === null) continue;
    for (const table of await tablePartsOf(pkg, sheet.part)) all.push({ ...table, sheet });
  }
  return all;
}
