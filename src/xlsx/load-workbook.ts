/**
 * Opens a workbook from its bytes, or says precisely why it cannot: an empty file, an old
 * .xls, an encrypted workbook, a CSV renamed .xlsx, a Word document, a damaged file…
 * Browser-safe: bytes in, exceljs workbook out.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { FILE_MESSAGES } from "./file-messages";
import { liftLargeValidations, restoreLargeValidations } from "./large-validations";
import { assertExcelNames } from "./check-names";
import { XlsxPackage } from "./package/xlsx-package";
import { repairLoadedTables, scanTableParts } from "./loaded-tables";
import { assertPackageSize, loadCostCounter } from "./size-limit";
import { sniffFile } from "./sniff-file";
import { WorkbookFileError } from "./workbook-file-error";

export function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function rejectByKind(bytes: Uint8Array, fileName: string): void {
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

async function openZip(bytes: Uint8Array, fileName: string): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (cause) {
    throw new WorkbookFileError(FILE_MESSAGES.corrupt(fileName), { cause });
  }
}

/** Rejects a zip that is some other kind of document than a workbook. */
async function rejectOtherPackage(zip: JSZip, fileName: string): Promise<void> {
  const names = new Set(Object.keys(zip.files).map((n) => n.replace(/^\//, "")));
  if (names.has("xl/workbook.xml")) return;
  if (names.has("xl/workbook.bin")) throw new WorkbookFileError(FILE_MESSAGES.binaryWorkbook(fileName));
  if ([...names].some((n) => n.startsWith("word/")))
    throw new WorkbookFileError(FILE_MESSAGES.word(fileName));
  if ([...names].some((n) => n.startsWith("ppt/")))
    throw new WorkbookFileError(FILE_MESSAGES.powerPoint(fileName));
  const mimetype = zip.file("mimetype");
  if (mimetype && (await mimetype.async("string")).includes("opendocument.spreadsheet")) {
    throw new WorkbookFileError(FILE_MESSAGES.openDocument(fileName));
  }
  throw new WorkbookFileError(FILE_MESSAGES.zipNotWorkbook(fileName));
}

export async function loadWorkbook(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
): Promise<ExcelJS.Workbook> {
  return (await loadWorkbookPackage(data, fileName)).workbook;
}

/**
 * The workbook as exceljs reads it, and its package as it is (what every write edits,
 * leaving the rest of it byte for byte).
 */
export async function loadWorkbookPackage(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
): Promise<{ workbook: ExcelJS.Workbook; pkg: XlsxPackage }> {
  const bytes = toBytes(data);
  rejectByKind(bytes, fileName);
  assertPackageSize(bytes, fileName);
  const zip = await openZip(bytes, fileName);
  await rejectOtherPackage(zip, fileName);
  const workbook = new ExcelJS.Workbook();
  let pkg: XlsxPackage;
  try {
    pkg = await XlsxPackage.open(bytes);
    await assertExcelNames(pkg);
    const facts = await scanTableParts(zip);
    const lifted = await liftLargeValidations(zip, loadCostCounter(fileName));
    const input =
      lifted.size === 0 ? bytes : await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    await workbook.xlsx.load(input as unknown as ExcelJS.Buffer);
    repairLoadedTables(workbook, facts);
    restoreLargeValidations(workbook, lifted);
  } catch (cause) {
    if (cause instanceof WorkbookFileError) throw cause;
    throw new WorkbookFileError(FILE_MESSAGES.corrupt(fileName), { cause });
  }
  return { workbook, pkg };
}
