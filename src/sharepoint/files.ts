/** Reading from a library: a file's bytes, and the plan workbooks in a folder. */
import { connectWeb, type SharePointOptions } from "./connect";
import { absoluteUrl, parseDocumentUrl } from "./document-url";
import { aboutSubject, subjectOf } from "./faults";
import { findSiteUrl } from "./locate-file";
import { isSharePointError } from "./sharepoint-error";

/** A file in a site: enough to read it. */
export interface FileRef {
  readonly siteUrl: string;
  readonly serverRelativeUrl: string;
}

export interface FolderWorkbook extends FileRef {
  readonly name: string;
  /** The file's address, encoded. */
  readonly url: string;
  /** When it was saved last, ISO 8601 (UTC). */
  readonly modified: string | null;
}

export interface FolderListing {
  readonly siteUrl: string;
  readonly folderServerRelativeUrl: string;
  /** The folder's .xlsx files by name (Excel's lock files `~$…` left out). */
  readonly workbooks: readonly FolderWorkbook[];
}

interface FileEntry {
  readonly Name: string;
  readonly ServerRelativeUrl: string;
  readonly TimeLastModified?: string;
}

const originOf = (siteUrl: string) => new URL(siteUrl).origin;

/** Names the file the user asked for in a fault, rather than the REST call. */
async function about<T>(work: Promise<T>, origin: string, path: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw isSharePointError(error) ? aboutSubject(error, subjectOf(origin, path)) : error;
  }
}

/** The file's content. Throws SharePointError. */
export async function downloadFile(file: FileRef, options: SharePointOptions): Promise<Uint8Array> {
  const sp = connectWeb(file.siteUrl, options);
  const read = sp.web.getFileByServerRelativePath(file.serverRelativeUrl).getBuffer();
  return new Uint8Array(await about(read, originOf(file.siteUrl), file.serverRelativeUrl));
}

export function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith("~$");
}

/** The .xlsx files in the folder at `address` (an absolute SharePoint address). */
export async function listFolderWorkbooks(
  address: string,
  options: SharePointOptions,
): Promise<FolderListing> {
  const parsed = parseDocumentUrl(address);
  const siteUrl = await findSiteUrl(parsed, options);
  const folder = parsed.serverRelativeUrl;
  const files = connectWeb(siteUrl, options)
    .web.getFolderByServerRelativePath(folder)
    .files.select("Name", "ServerRelativeUrl", "TimeLastModified")<FileEntry[]>();
  const entries = await about(files, parsed.origin, folder);
  const workbooks = entries
    .filter((f) => isWorkbookName(f.Name))
    .map((f) => ({
      siteUrl,
      serverRelativeUrl: f.ServerRelativeUrl,
      name: f.Name,
      url: absoluteUrl(parsed.origin, f.ServerRelativeUrl),
      modified: f.TimeLastModified ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "sv-SE", { numeric: true }));
  return { siteUrl, folderServerRelativeUrl: folder, workbooks };
}
