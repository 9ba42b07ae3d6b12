/**
 * Publishes a file (a report) into a subfolder next to the plan workbook. A new file is
 * uploaded under a temporary name and then moved to its name, so a failed upload never leaves
 * a finished-looking file. An existing file gets a new version only when asked to (the UI asks
 * the user first). The open workbook itself is never written: SharePoint answers 423 Locked
 * and co-authors would lose their work.
 */
import type { SPFI } from "@pnp/sp";
import { connectWeb, type SharePointOptions } from "./connect";
import { absoluteUrl } from "./document-url";
import { aboutSubject, subjectOf, type Subject } from "./faults";
import { forbiddenInFileName } from "./report-file-name";
import { isSharePointError, SharePointError } from "./sharepoint-error";

export interface PublishRequest {
  readonly siteUrl: string;
  /** The folder the plan workbook is in. */
  readonly folderServerRelativeUrl: string;
  /** The subfolder to publish into, created when missing, e.g. "Uppföljning". */
  readonly subfolder: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The open workbook: a path that is never written. */
  readonly sourceServerRelativeUrl: string;
  /** Replace an existing file of that name with a new version (ask the user first). */
  readonly overwrite: boolean;
}

export interface PublishedFile {
  readonly serverRelativeUrl: string;
  /** The published file's address, to show as a link. */
  readonly url: string;
  /** True when an existing file got a new version. */
  readonly replaced: boolean;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The bytes as an ArrayBuffer of their own (what @pnp/sp uploads). */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}

async function about<T>(work: Promise<T>, subject: Subject): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw isSharePointError(error) ? aboutSubject(error, subject) : error;
  }
}

/** Whether the file or folder exists: false on 404 (and on `Exists: false`). */
async function exists(read: Promise<{ Exists?: boolean }>): Promise<boolean> {
  try {
    return (await read).Exists !== false;
  } catch (error) {
    if (isSharePointError(error, "not-found")) return false;
    throw error;
  }
}

async function ensureFolder(sp: SPFI, path: string, subject: Subject): Promise<void> {
  const folder = sp.web.getFolderByServerRelativePath(path).select("Exists")<{ Exists?: boolean }>();
  if (await about(exists(folder), subject)) return;
  await about(sp.web.folders.addUsingPath(path), subject);
}

function checkRequest(request: PublishRequest, finalPath: string, subject: Subject): void {
  if (request.fileName.trim() === "" || forbiddenInFileName(request.fileName)) {
    throw new SharePointError(
      "refused",
      `"${request.fileName}" går inte att använda som filnamn i SharePoint.`,
    );
  }
  if (same(finalPath, request.sourceServerRelativeUrl)) {
    throw new SharePointError(
      "refused",
      `${subject.name} är planens egen arbetsbok (${subject.address}) och skrivs aldrig över härifrån: ` +
        "den som redigerar planen samtidigt skulle förlora sitt arbete. Välj ett annat filnamn.",
    );
  }
}

/**
 * A new file: the bytes go to a temporary name, then move to the final one (failing if a file
 * of that name appeared meanwhile). The temporary file is removed when anything fails.
 */
async function uploadThenMove(
  sp: SPFI,
  folderPath: string,
  finalPath: string,
  bytes: Uint8Array,
  subject: Subject,
): Promise<void> {
  const tempName = `uppladdning-${globalThis.crypto.randomUUID()}.tmp`;
  const tempPath = `${folderPath}/${tempName}`;
  try {
    await about(
      sp.web.getFolderByServerRelativePath(folderPath).files.addUsingPath(tempName, ownBuffer(bytes)),
      subject,
    );
    const move = sp.web.getFileByServerRelativePath(tempPath).moveByPath(finalPath, false, {
      KeepBoth: false,
      ShouldBypassSharedLocks: false,
      RetainEditorAndModifiedOnMove: false,
    });
    await about(move, subject);
  } catch (error) {
    await sp.web
      .getFileByServerRelativePath(tempPath)
      .delete()
      .catch(() => undefined);
    throw error;
  }
}

/** Publishes `request.bytes`; throws SharePointError, with code "exists" when asking is needed. */
export async function publishFile(
  request: PublishRequest,
  options: SharePointOptions,
): Promise<PublishedFile> {
  const origin = new URL(request.siteUrl).origin;
  const folderPath = `${request.folderServerRelativeUrl.replace(/\/$/, "")}/${request.subfolder}`;
  const finalPath = `${folderPath}/${request.fileName}`;
  const subject = subjectOf(origin, finalPath);
  checkRequest(request, finalPath, subject);
  const sp = connectWeb(request.siteUrl, options);
  await ensureFolder(sp, folderPath, subjectOf(origin, folderPath));
  const final = sp.web.getFileByServerRelativePath(finalPath);
  const existed = await about(exists(final.select("Exists")<{ Exists?: boolean }>()), subject);
  if (existed && !request.overwrite) {
    throw new SharePointError(
      "exists",
      `Det finns redan en fil som heter ${request.fileName} i mappen ${request.subfolder}. ` +
        "Bekräfta att den ska ersättas med en ny version av filen.",
    );
  }
  const files = sp.web.getFolderByServerRelativePath(folderPath).files;
  if (existed) {
    // A new version of the existing file. One upload request is stored whole or not at all,
    // so a failure leaves the earlier version as it was.
    await about(files.addUsingPath(request.fileName, ownBuffer(request.bytes), { Overwrite: true }), subject);
  } else {
    await uploadThenMove(sp, folderPath, finalPath, request.bytes, subject);
  }
  return { serverRelativeUrl: finalPath, url: absoluteUrl(origin, finalPath), replaced: existed };
}
