/**
 * A new workbook built part by part, with no exceljs: the plan's tables (next year's plan)
 * and generated sheets (the summary over many plans) written into a new package, as
 * `atgardsplan mall` and an import write theirs. Browser-safe, so the task pane builds the
 * same bytes the command line writes.
 */
import type { NewTable, SheetLayout } from "../plan";
import { newPackageParts } from "./package/new-package";
import { XlsxPackage } from "./package/xlsx-package";
import { createTablesInPackage } from "./package-tables";
import { writeReportSheet } from "./write-report-sheet";

export const CREATOR = "atgardsplan";

export interface NewWorkbookContent {
  /** Plan tables, each on its own sheet, first. */
  readonly tables?: readonly NewTable[];
  /** Generated sheets after them, in order. */
  readonly sheets?: readonly SheetLayout[];
}

/** The new workbook's .xlsx bytes. Throws WorkbookFileError for a name Excel cannot hold. */
export async function newWorkbookBytes(content: NewWorkbookContent): Promise<Uint8Array> {
  const pkg = XlsxPackage.fromParts(newPackageParts(CREATOR));
  await pkg.atomically(async () => {
    await createTablesInPackage(pkg, content.tables ?? []);
    for (const layout of content.sheets ?? []) await writeReportSheet(pkg, layout, "refuse");
  });
  return pkg.toBytes();
}
