/**
 * Queues a `PrintSetup` (report sheets and plan tables) through `Worksheet.pageLayout`
 * (ExcelApi 1.9): A4, the orientation, one page wide and as many tall as needed, repeated
 * title rows and the centre footer. One batch action group, no sync of its own.
 */
import type { PrintSetup } from "../plan";
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
