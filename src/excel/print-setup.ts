/**
 * Queues a `PrintSetup` (report sheets and plan tables) through `Worksheet.pageLayout`
 * (ExcelApi 1.9): A4, the orientation, one page wide and as many tall as needed, repeated
 * title rows and the centre footer. One batch action group, no sync of its own. A report's
 * manual page breaks: `queuePageBreaks`.
 */
import { manualPageBreaks, type PrintSetup } from "../plan";
import { ACTION_BYTES, jsonBytes, type BatchBudget } from "./chunking";

export async function queuePrint(
  budget: BatchBudget,
  sheetAt: () => Excel.Worksheet,
  print: PrintSetup,
): Promise<void> {
  await budget.add(10 * ACTION_BYTES + jsonBytes(print.footer), () => {
    const page = sheetAt().pageLayout;
    page.paperSize = "A4";
    page.orientation = print.orientation === "portrait" ? "Portrait" : "Landscape";
    page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    page.setPrintTitleRows(`$${print.repeatRows.first}:$${print.repeatRows.last}`);
    page.headersFooters.defaultForAllPages.centerFooter = print.footer;
  });
}

/**
 * What one `horizontalPageBreaks.add("A123")` adds to a request: its object path with the
 * address and the action that makes it (measured on the client library 1.1.110: ~177 bytes).
 * No range proxy is made, so none of the ~130 bytes `Excel.run` adds to keep one.
 */
const BREAK_BYTES = 200;

/**
 * Queues manual page breaks above the given rows (`SheetLayout.pageBreaks`, the rows the .xlsx
 * writer breaks before too): `worksheet.horizontalPageBreaks.add` (ExcelApi 1.9), which adds a
 * break before the top-left cell of the range. For a sheet the batch has just added, which has
 * no manual breaks of its own to remove. One batch action group.
 */
export async function queuePageBreaks(
  budget: BatchBudget,
  sheetAt: () => Excel.Worksheet,
  above: readonly number[] | undefined,
): Promise<void> {
  const rows = manualPageBreaks(above);
  if (rows.length === 0) return;
  await budget.add(ACTION_BYTES + BREAK_BYTES * rows.length, () => {
    const breaks = sheetAt().horizontalPageBreaks;
    for (const row of rows) breaks.add(`A${row}`);
  });
}
