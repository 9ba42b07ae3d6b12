/**
 * Names Excel cannot hold, found before the workbook is read, each with what to do: a sheet
 * name over 31 characters, with `: \ / ? * [ ]`, beginning or ending with an apostrophe, or
 * empty; two tables of the same name (Excel compares table names without regard to case),
 * where no one can tell which is the plan's.
 */
import { excelNameKey, MAX_SHEET_NAME } from "../plan";
import { FILE_MESSAGES } from "./file-messages";
import { sheetEntries, workbookPartOf } from "./package/package-graph";
import { allTableParts } from "./package/table-parts";
import type { PackageReader } from "./package/xlsx-package";
import { WorkbookFileError } from "./workbook-file-error";

const FORBIDDEN = /[:\\/?*[\]]/;

/** What is wrong with a sheet name, in Swedish, or null when Excel can hold it. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return FILE_MESSAGES.sheetNameEmpty();
  if (name.length > MAX_SHEET_NAME) return FILE_MESSAGES.sheetNameTooLong(name, name.length);
  const forbidden = FORBIDDEN.exec(name)?.[0];
  if (forbidden !== undefined) return FILE_MESSAGES.sheetNameCharacter(name, forbidden);
  if (name.startsWith("'") || name.endsWith("'")) return FILE_MESSAGES.sheetNameApostrophe(name);
  return null;
}

/** Throws WorkbookFileError for the first sheet or table name Excel cannot hold. */
export async function assertExcelNames(pkg: PackageReader): Promise<void> {
  const sheets = await sheetEntries(pkg, await workbookPartOf(pkg));
  for (const sheet of sheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem !== null) throw new WorkbookFileError(problem);
  }
  const seen = new Map<string, { name: string; sheet: string }>();
  for (const table of await allTableParts(pkg, sheets)) {
    const key = excelNameKey(table.info.name);
    const first = seen.get(key);
    if (first) {
      throw new WorkbookFileError(
        FILE_MESSAGES.duplicateTables(first, { name: table.info.name, sheet: table.sheet.name }),
      );
    }
    seen.set(key, { name: table.info.name, sheet: table.sheet.name });
  }
}
