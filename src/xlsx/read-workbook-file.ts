/**
 * A workbook file's bytes, read with a clear message for every way the file can be wrong
 * (missing, a folder, unreadable, too large), and its identity for a later save in place.
 * Light (node's file system only): commands that only read a workbook (`validera`) use it
 * without loading the workbook writer.
 */
import { stat } from "node:fs/promises";
import { FILE_MESSAGES, fileErrorReason } from "./file-messages";
import { readWithIdentity, type FileIdentity } from "./file-identity";
import { readPackageSnapshot } from "./package-snapshot";
import { MAX_PACKAGE_BYTES } from "./size-limit";
import { WorkbookFileError } from "./workbook-file-error";
import type { WorkbookSnapshot } from "../plan";

export function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    return error.code;
  }
  return undefined;
}

function unreadable(path: string, error: unknown): WorkbookFileError {
  const code = errorCode(error);
  if (code === "ENOENT" || code === "ENOTDIR")
    return new WorkbookFileError(FILE_MESSAGES.missing(path), { cause: error });
  if (code === "EISDIR") return new WorkbookFileError(FILE_MESSAGES.directory(path), { cause: error });
  return new WorkbookFileError(FILE_MESSAGES.unreadable(path, fileErrorReason(code)), { cause: error });
}

/** The bytes of the workbook at `path` and their identity. Throws WorkbookFileError. */
export async function readWorkbookFile(path: string): Promise<{ bytes: Uint8Array; identity: FileIdentity }> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new WorkbookFileError(FILE_MESSAGES.directory(path));
    if (info.size > MAX_PACKAGE_BYTES)
      throw new WorkbookFileError(FILE_MESSAGES.fileTooLarge(path, info.size));
    return await readWithIdentity(path);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw error;
    throw unreadable(path, error);
  }
}

/**
 * The plan snapshot of the workbook at `path`, read from its package without exceljs
 * (package-snapshot.ts), with the same messages as `openWorkbookFile`. Throws WorkbookFileError.
 */
export async function readWorkbookFileSnapshot(path: string): Promise<WorkbookSnapshot> {
  return readPackageSnapshot((await readWorkbookFile(path)).bytes, path);
}
