/**
 * A workbook too large to read within the memory the command line promises (1.5 GB) stops
 * before it is read, with a message, rather than exhausting the memory after a long wait.
 * Reading holds every row and cell in memory (exceljs: about 550 bytes each), so what
 * counts is their number, whatever the bytes: a sheet of tiny cells costs far more than its
 * size says. Checked in two steps: every part's size from the zip's directory (nothing
 * inflated, every part counted, zip64 sizes right), then the rows and cells of the
 * worksheet parts, counted while they are inflated and before anything is parsed
 * (load-cost.ts).
 */
import { FILE_MESSAGES } from "./file-messages";
import { loadCostOf } from "./load-cost";
import { readZipDirectory } from "./package/zip-directory";
import { WorkbookFileError } from "./workbook-file-error";

/** All parts together, uncompressed, read at most (and the file itself at most). */
export const MAX_PACKAGE_BYTES = 200 * 1024 * 1024;
/**
 * Rows and cells (load-cost.ts) on all sheets read at most. Measured: 2.19 million one-digit
 * cells peak at 1.1–1.2 GB in `validera`, and `forbered` on the 200,000-row plan (1.97
 * million, long texts) at 1.45 GB, within the 1.5 GB the README promises; 2.4 million peaked
 * at 1.53 GB.
 */
export const MAX_CELLS = 2_200_000;

/** Refuses a package whose parts are together larger than MAX_PACKAGE_BYTES. */
export function assertPackageSize(bytes: Uint8Array, fileName: string): void {
  if (bytes.length > MAX_PACKAGE_BYTES)
    throw new WorkbookFileError(FILE_MESSAGES.fileTooLarge(fileName, bytes.length));
  const entries = readZipDirectory(bytes);
  if (entries === null) return; // Not a readable zip: opening it says so.
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > MAX_PACKAGE_BYTES) {
    throw new WorkbookFileError(FILE_MESSAGES.tooLarge(fileName, total, MAX_PACKAGE_BYTES));
  }
}

/** Adds up the load cost of worksheet parts; throws once it passes MAX_CELLS. */
export function loadCostCounter(fileName: string): (data: Uint8Array) => void {
  let total = 0;
  return (data) => {
    total += loadCostOf(data);
    if (total > MAX_CELLS) throw new WorkbookFileError(FILE_MESSAGES.tooManyCells(fileName, MAX_CELLS));
  };
}
