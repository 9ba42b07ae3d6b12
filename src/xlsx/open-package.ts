/**
 * The checks every reading of a workbook's bytes starts with, so that a wrong file gets a
 * precise message: an empty file, an old .xls, an encrypted workbook, a CSV renamed .xlsx, a
 * Word document… The exceljs reader (load-workbook.ts) and the package reader
 * (package-snapshot.ts) share them. Browser-safe, and no zip library of its own.
 */
import { FILE_MESSAGES } from "./file-messages";
import { sniffFile } from "./sniff-file";
import { WorkbookFileError } from "./workbook-file-error";

export function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

export function rejectByKind(bytes: Uint8Array, fileName: string): void {
  switch (sniffFile(bytes)) {
    case "zip":
      return;
    case "empty":
      throw new WorkbookFileError(FILE_MESSAGES.empty(fileName));
    case "encrypted":
      throw new WorkbookFileError(FILE_MESSAGES.encrypted(fileName));
    case "legacy-xls":
      throw new WorkbookFileError(FILE_MESSAGES.legacyXls(fileName));
    case "legacy-word":
      throw new WorkbookFileError(FILE_MESSAGES.legacyWord(fileName));
    case "text":
      throw new WorkbookFileError(FILE_MESSAGES.text(fileName));
    case "unknown":
      throw new WorkbookFileError(FILE_MESSAGES.notWorkbook(fileName));
  }
}

/** Rejects a zip that is some other kind of document than a workbook, from its part names. */
export async function rejectOtherPackage(
  partNames: readonly string[],
  mimetype: () => Promise<string | undefined>,
  fileName: string,
): Promise<void> {
  const names = new Set(partNames.map((n) => n.replace(/^\//, "")));
  if (names.has("xl/workbook.xml")) return;
  if (names.has("xl/workbook.bin")) throw new WorkbookFileError(FILE_MESSAGES.binaryWorkbook(fileName));
  if ([...names].some((n) => n.startsWith("word/")))
    throw new WorkbookFileError(FILE_MESSAGES.word(fileName));
  if ([...names].some((n) => n.startsWith("ppt/")))
    throw new WorkbookFileError(FILE_MESSAGES.powerPoint(fileName));
  if ((await mimetype())?.includes("opendocument.spreadsheet")) {
    throw new WorkbookFileError(FILE_MESSAGES.openDocument(fileName));
  }
  throw new WorkbookFileError(FILE_MESSAGES.zipNotWorkbook(fileName));
}
