/**
 * Workbooks as files (node): opening with a clear message for every way a file can be
 * wrong, and saving as one transaction, so that a save never leaves a half-written
 * workbook, never harms the original and never loses what someone else saved:
 * - it refuses a read-only file, and a file Excel or LibreOffice has open (their lock file
 *   is beside it);
 * - one writer at a time (write-lock.ts); a second one stops with a message;
 * - the new bytes go to a temporary file beside the workbook, which gets the workbook's
 *   permissions and owner, and is renamed over it only if the workbook is still the file
 *   that was read (size, time and SHA-256, file-identity.ts);
 * - through a symbolic link, the file it points to is written and the link kept.
 */
import { chmod, chown, lstat, open, realpath, rename, rm, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { ExceljsWorkbook } from "./exceljs-workbook";
import { FILE_MESSAGES, fileErrorReason } from "./file-messages";
import { isUnchanged, readWithIdentity, type FileIdentity } from "./file-identity";
import { officeLockOf } from "./office-locks";
import { errorCode, readWorkbookFile } from "./read-workbook-file";
import { removeStaleTemps, tempPathFor } from "./temp-files";
import { WorkbookFileError } from "./workbook-file-error";
import { acquireWriteLock } from "./write-lock";

/** The file a workbook was read from, so a save in place can check it is unchanged. */
const opened = new WeakMap<ExceljsWorkbook, { readonly target: string; readonly identity: FileIdentity }>();

/** The file `path` names: the target of a symbolic link, else the path itself. */
async function targetOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/** Opens the workbook at `path`. Throws WorkbookFileError. */
export async function openWorkbookFile(path: string): Promise<ExceljsWorkbook> {
  const read = await readWorkbookFile(path);
  const book = await ExceljsWorkbook.fromBuffer(read.bytes, path);
  opened.set(book, { target: await targetOf(path), identity: read.identity });
  return book;
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

export interface SaveOptions {
  /** How the command writes to a copy instead (e.g. "-o UT.xlsx"), for the messages; none when it cannot. */
  readonly copyOption?: string;
}

/**
 * Fails when `path` cannot be written in place: it is read-only, or Excel or LibreOffice has
 * it open. Commands check before their work as well as when they save.
 */
export async function assertWritable(path: string, options: SaveOptions = {}): Promise<void> {
  const target = await targetOf(path);
  let mode: number;
  try {
    mode = (await stat(target)).mode;
  } catch {
    return; // A new file: nothing to protect.
  }
  if ((mode & 0o200) === 0) throw new WorkbookFileError(FILE_MESSAGES.readOnly(path, options.copyOption));
  for (const candidate of new Set([resolve(path), target])) {
    const lock = await officeLockOf(candidate);
    if (lock !== null)
      throw new WorkbookFileError(FILE_MESSAGES.openElsewhere(path, lock, options.copyOption));
  }
}

function notSaved(path: string, error: unknown): WorkbookFileError {
  if (error instanceof WorkbookFileError) return error;
  const code = errorCode(error);
  const reason = code === undefined ? "arbetsboken kunde inte skrivas" : fileErrorReason(code);
  return new WorkbookFileError(FILE_MESSAGES.notSaved(path, reason), { cause: error });
}

export interface SaveResult {
  /** The file written: the target of a symbolic link, else the path given. */
  readonly written: string;
  /** True when `path` is a symbolic link (the file it points to was written). */
  readonly throughLink: boolean;
}

async function isLink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Writes the bytes to a new temporary file with the mode and owner `like` has. */
async function writeTemp(
  temp: string,
  data: Uint8Array,
  like: { mode: number; uid: number; gid: number } | null,
) {
  const handle = await open(temp, "wx", like === null ? 0o666 : like.mode & 0o7777);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (like === null) return;
  await chmod(temp, like.mode & 0o7777);
  const now = await stat(temp);
  if (now.uid !== like.uid || now.gid !== like.gid) {
    try {
      await chown(temp, like.uid, like.gid);
    } catch (cause) {
      if (now.uid !== like.uid) throw new WorkbookFileError(FILE_MESSAGES.ownerNotKept(temp), { cause });
      await chown(temp, -1, like.gid).catch(() => undefined);
    }
  }
}

type Source = { readonly target: string; readonly identity: FileIdentity };

/**
 * Writes `bytes()` to `path` as one transaction (see the top of this file); `source` is the
 * file the bytes were read from, which must still be unchanged when it is the one written.
 */
async function writeTransaction(
  path: string,
  bytes: () => Promise<Uint8Array>,
  source: Source | undefined,
  options: SaveOptions,
): Promise<SaveResult> {
  const target = await targetOf(path);
  const throughLink = await isLink(path);
  await removeStaleTemps(target);
  await assertWritable(path, options);
  const release = await acquireWriteLock(target).catch((error: unknown) => {
    throw notSaved(path, error);
  });
  if (release === null) throw new WorkbookFileError(FILE_MESSAGES.otherWriter(path));
  const temp = tempPathFor(target);
  try {
    const existing = await stat(target).catch(() => null);
    const like = existing === null ? null : { mode: existing.mode, uid: existing.uid, gid: existing.gid };
    await writeTemp(temp, await bytes(), like);
    if (source !== undefined && source.target === target && !(await isUnchanged(target, source.identity))) {
      throw new WorkbookFileError(FILE_MESSAGES.changedMeanwhile(path));
    }
    await rename(temp, target);
    return { written: target, throughLink };
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw notSaved(path, error);
  } finally {
    await release();
  }
}

/**
 * Saves the workbook at `path` as one transaction (see the top of this file). Throws
 * WorkbookFileError; on failure nothing is left behind and the file is as it was.
 */
export async function saveWorkbookFile(
  book: ExceljsWorkbook,
  path: string,
  options: SaveOptions = {},
): Promise<SaveResult> {
  const source = opened.get(book);
  const saved = await writeTransaction(path, () => book.toBuffer(), source, options);
  if (source !== undefined && source.target === saved.written) {
    opened.set(book, { target: saved.written, identity: (await readWithIdentity(saved.written)).identity });
  }
  return saved;
}

/**
 * Saves a workbook made elsewhere (a new plan, a summary: its .xlsx bytes) at `path` with the
 * same transaction: a file there is replaced only whole, never while Excel or LibreOffice
 * has it open, never half-written. Throws WorkbookFileError.
 */
export function saveWorkbookBytes(
  bytes: Uint8Array,
  path: string,
  options: SaveOptions = {},
): Promise<SaveResult> {
  return writeTransaction(path, async () => bytes, undefined, options);
}
