/** The workbook as .xlsx bytes, with exceljs's weak spots worked around (see each helper). */
import type ExcelJS from "exceljs";
import { escapeWorkbookText } from "./escape-text";
import { dataValidations } from "./exceljs-internals";
import { validationRanges } from "./validation-ranges";

/**
 * exceljs reads a sheet without a first page number as `firstPageNumber: 1` and then writes
 * `useFirstPageNumber="1"` on every sheet, turning Excel's "Auto" into a fixed 1. Page 1 is
 * where Auto starts too, so dropping the 1 keeps every printout the same and the user's
 * page setup as it was.
 */
function autoFirstPageNumbers(workbook: ExcelJS.Workbook): () => void {
  const changed = workbook.worksheets.filter((sheet) => sheet.pageSetup.firstPageNumber === 1);
  for (const sheet of changed) sheet.pageSetup.firstPageNumber = undefined;
  return () => {
    for (const sheet of changed) sheet.pageSetup.firstPageNumber = 1;
  };
}

export async function writeWorkbookBuffer(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const stores = workbook.worksheets.map(dataValidations);
  const originals = stores.map((store) => store.model);
  const restorePageNumbers = autoFirstPageNumbers(workbook);
  const restoreText = escapeWorkbookText(workbook);
  try {
    stores.forEach((store) => (store.model = validationRanges(store.model)));
    const buffer: unknown = await workbook.xlsx.writeBuffer();
    return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
  } finally {
    restoreText();
    restorePageNumbers();
    stores.forEach((store, i) => (store.model = originals[i] ?? {}));
  }
}
