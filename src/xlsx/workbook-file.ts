/**
 * Workbooks as files (node): opening with a clear message for every way a file can be
 * wrong, and saving atomically (a temporary file in the same folder, then a rename), so a
 * failed save never leaves a half-written workbook or harms the original.
 */
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { ExceljsWorkbook } from "./exceljs-workbook";
import { FILE_MESSAGES, fileErrorReason } from "./file-messages";
import { WorkbookFileError } from "./workbook-file-error";

function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    return error.code;
  }
  return undefined;
}

/** Opens the workbook at `path`. Throws WorkbookFileError. */
export async function openWorkbookFile(path: string): Promise<ExceljsWorkbook> {
  let data: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new WorkbookFileError(FILE_MESSAGES.directory(path));
    data = await readFile(path);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new WorkbookFileError(FILE_MESSAGES.missing(path), { cause: error });
    if (code === "EISDIR") throw new WorkbookFileError(FILE_MESSAGES.directory(path), { cause: error });
    throw new WorkbookFileError(FILE_MESSAGES.unreadable(path, fileErrorReason(code)), { cause: error });
  }
  return ExceljsWorkbook.fromBuffer(data, path);
}

/** Fails when `path` exists (for commands that create a new workbook). */
export async function assertFileAbsent(path: string): Promise<void> {
  try {
    await stat(path);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return;
    throw new WorkbookFileError(FILE_MESSAGES.unreadable(path, fileErrorReason(errorCode(error))), {
      cause: error,
    });
  }
  throw new WorkbookFileError(FILE_MESSAGES.exists(path));
}

/** Fails unless the folder that would hold `path` exists. */
export async function assertFolderExists(path: string): Promise<void> {
  const folder = dirname(resolve(path));
  try {
    if ((await stat(folder)).isDirectory()) return;
  } catch (error) {
    throw new WorkbookFileError(FILE_MESSAGES.folderMissing(folder), { cause: error });
  }
  throw new WorkbookFileError(FILE_MESSAGES.folderMissing(folder));
}

function tempPathFor(path: string): string {
  const suffix = `${process.pid}-${randomBytes(4).toString("hex")}`;
  return join(dirname(resolve(path)), `.${basename(path)}.${suffix}.tmp`);
}

/**
 * Saves the workbook at `path`, replacing a file that is there only once the new one is
 * completely written. Refuses to overwrite the file the workbook was opened from when that
 * would lose content exceljs cannot save (`book.unsavedContent`). Throws WorkbookFileError;
 * on failure nothing is left behind.
 */
export async function saveWorkbookFile(book: ExceljsWorkbook, path: string): Promise<void> {
  // Overwriting the file it came from must not lose what exceljs cannot save (a copy may).
  if (book.unsavedContent.length > 0 && book.source !== null && resolve(book.source) === resolve(path)) {
    throw new WorkbookFileError(FILE_MESSAGES.wouldLose(path, book.unsavedContent));
  }
  const temp = tempPathFor(path);
  try {
    const data = await book.toBuffer();
    await writeFile(temp, data, { flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof WorkbookFileError) throw error;
    const code = errorCode(error);
    const reason = code === undefined ? "arbetsboken kunde inte skrivas" : fileErrorReason(code);
    throw new WorkbookFileError(FILE_MESSAGES.notSaved(path, reason), { cause: error });
  }
}
