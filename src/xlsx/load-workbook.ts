/**
 * Opens a workbook from its bytes, or says precisely why it cannot: an empty file, an old
 * .xls, an encrypted workbook, a CSV renamed .xlsx, a Word document, a damaged file…
 * Browser-safe: bytes in, exceljs workbook out.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { FILE_MESSAGES } from "./file-messages";
import { rejectByKind, rejectOtherPackage, toBytes } from "./open-package";
import { liftLargeValidations, restoreLargeValidations } from "./large-validations";
import { assertExcelNames } from "./check-names";
import { XlsxPackage } from "./package/xlsx-package";
import { repairLoadedTables, scanTableParts } from "./loaded-tables";
import { assertPackageSize, loadCostCounter } from "./size-limit";
import { WorkbookFileError } from "./workbook-file-error";

async function openZip(bytes: Uint8Array, fileName: string): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (cause) {
    throw new WorkbookFileError(FILE_MESSAGES.corrupt(fileName), { cause });
  }
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
  await rejectOtherPackage(
    Object.keys(zip.files),
    async () => zip.file("mimetype")?.async("string"),
    fileName,
  );
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
