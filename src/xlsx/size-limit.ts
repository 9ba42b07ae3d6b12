/**
 * A workbook too large to read within the memory the command line promises stops before it
 * is read, with a message, rather than exhausting the memory after a long wait. Reading
 * holds every cell in memory (exceljs: about 700 bytes a cell), so what counts is the number
 * of cells, whatever the bytes: a sheet of tiny cells costs far more than its size says.
 * Checked in two steps: every part's size from the zip's directory (nothing inflated, every
 * part counted, zip64 sizes right), then the cells of the worksheet parts, counted while
 * they are inflated and before anything is parsed.
 */
import type JSZip from "jszip";
import { FILE_MESSAGES } from "./file-messages";
import { readZipDirectory } from "./package/zip-directory";
import { WorkbookFileError } from "./workbook-file-error";

/** All parts together, uncompressed, read at most (and the file itself at most). */
export const MAX_PACKAGE_BYTES = 200 * 1024 * 1024;
/** Cells on all sheets read at most. */
export const MAX_CELLS = 2_500_000;

const WORKSHEET = /^\/?xl\/worksheets\/[^/]+\.xml$/i;
const LT = 0x3c;
const COLON = 0x3a;
const C = 0x63;

function isNameByte(b: number): boolean {
  return (
    (b >= 0x41 && b <= 0x5a) ||
    (b >= 0x61 && b <= 0x7a) ||
    (b >= 0x30 && b <= 0x39) ||
    b === 0x5f ||
    b === 0x2d ||
    b === 0x2e
  );
}

function isNameEnd(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x2f || b === 0x3e;
}

/** Counts `<c …>` start tags (any prefix) in chunks of XML, across chunk boundaries. */
export class CellCounter {
  count = 0;
  private carry = new Uint8Array(0);

  add(chunk: Uint8Array): void {
    const bytes = this.carry.length === 0 ? chunk : concat(this.carry, chunk);
    let i = bytes.indexOf(LT);
    let keepFrom = bytes.length;
    while (i !== -1) {
      let j = i + 1;
      while (j < bytes.length && isNameByte(bytes[j] as number)) j++;
      if (j < bytes.length && bytes[j] === COLON) {
        const start = j + 1;
        j = start;
        while (j < bytes.length && isNameByte(bytes[j] as number)) j++;
        if (j < bytes.length && j === start + 1 && bytes[start] === C && isNameEnd(bytes[j])) this.count++;
      } else if (j < bytes.length && j === i + 2 && bytes[i + 1] === C && isNameEnd(bytes[j])) {
        this.count++;
      }
      if (j >= bytes.length) {
        keepFrom = i;
        break;
      }
      i = bytes.indexOf(LT, j);
    }
    this.carry = keepFrom < bytes.length ? bytes.slice(keepFrom) : new Uint8Array(0);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

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

/** JSZip's streaming read of a part (browser and node), left out of its type definitions. */
interface StreamHelper {
  on(event: "data", listener: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "error", listener: (error: Error) => void): StreamHelper;
  on(event: "end", listener: () => void): StreamHelper;
  resume(): StreamHelper;
}

function countPart(file: JSZip.JSZipObject, counter: CellCounter): Promise<void> {
  const streaming = file as unknown as { internalStream(type: "uint8array"): StreamHelper };
  return new Promise((done, fail) => {
    streaming
      .internalStream("uint8array")
      .on("data", (chunk: Uint8Array) => counter.add(chunk))
      .on("error", fail)
      .on("end", () => done())
      .resume();
  });
}

/** Refuses a package whose worksheets hold more than MAX_CELLS cells. */
export async function assertCellCount(zip: JSZip, fileName: string): Promise<void> {
  const counter = new CellCounter();
  for (const file of Object.values(zip.files)) {
    if (file.dir || !WORKSHEET.test(file.name)) continue;
    await countPart(file, counter);
    if (counter.count > MAX_CELLS)
      throw new WorkbookFileError(FILE_MESSAGES.tooManyCells(fileName, MAX_CELLS));
  }
}
