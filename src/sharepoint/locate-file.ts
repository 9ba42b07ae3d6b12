/**
 * Where a workbook lives in SharePoint: its site (from `/_api/contextinfo`), document
 * library (from the file's list item, never a guessed name: Swedish tenants call the default
 * library "Dokument" at "Delade dokument"), folder, name and who changed it last.
 */
import type { SPFI } from "@pnp/sp";
import { connectWeb, type SharePointOptions } from "./connect";
import { absoluteUrl, parseDocumentUrl, type DocumentAddress } from "./document-url";
import { aboutSubject, leafName, statusFault, subjectOf } from "./faults";
import { isSharePointError } from "./sharepoint-error";

export interface FileLocation {
  /** The site (web) the file belongs to, e.g. `https://contoso.sharepoint.com/sites/skarholmen`. */
  readonly siteUrl: string;
  readonly serverRelativeUrl: string;
  /** The file's address, encoded, to open or link to. */
  readonly url: string;
  readonly fileName: string;
  /** The document library as SharePoint names it; null for a file outside any library. */
  readonly library: { readonly title: string; readonly serverRelativeUrl: string } | null;
  readonly folder: {
    readonly serverRelativeUrl: string;
    /** The folder inside the library ("Planer/2026"), "" at the library's top. */
    readonly pathInLibrary: string;
  };
  /** Display name of the person who saved the file last, when SharePoint tells. */
  readonly modifiedBy: string | null;
  /** When the file was saved last, ISO 8601 (UTC). */
  readonly modified: string | null;
}

interface FileAnswer {
  readonly Name: string;
  readonly ServerRelativeUrl: string;
  readonly TimeLastModified?: string;
  readonly ModifiedBy?: { readonly Title?: string };
  readonly ListItemAllFields?: {
    readonly ParentList?: {
      readonly Title?: string;
      readonly RootFolder?: { readonly ServerRelativeUrl?: string };
    };
  };
}

/** The site `address` belongs to: asks `/_api/contextinfo` at each folder, deepest first. */
export async function findSiteUrl(address: DocumentAddress, options: SharePointOptions): Promise<string> {
  const sp = connectWeb(address.origin, options);
  const subject = subjectOf(address.origin, address.serverRelativeUrl);
  for (const folder of address.candidateFolders) {
    try {
      const info = await sp.web.getContextInfo(folder);
      return info.WebFullUrl.replace(/\/$/, "");
    } catch (error) {
      if (isSharePointError(error, "not-found")) continue;
      throw isSharePointError(error) ? aboutSubject(error, subject) : error;
    }
  }
  throw statusFault(404, subject);
}

export function parentFolder(serverRelativeUrl: string): string {
  return serverRelativeUrl.slice(0, serverRelativeUrl.lastIndexOf("/")) || "/";
}

/** `folder` relative to the library's root folder (paths compare case-insensitively). */
function pathInside(folder: string, root: string): string {
  const [f, r] = [folder.toLowerCase(), root.toLowerCase()];
  if (f === r) return "";
  return f.startsWith(`${r}/`) ? folder.slice(root.length + 1) : folder;
}

async function readFileFacts(sp: SPFI, path: string): Promise<FileAnswer> {
  return sp.web
    .getFileByServerRelativePath(path)
    .select(
      "Name",
      "ServerRelativeUrl",
      "TimeLastModified",
      "ModifiedBy/Title",
      "ListItemAllFields/ParentList/Title",
      "ListItemAllFields/ParentList/RootFolder/ServerRelativeUrl",
    )
    .expand(
      "ModifiedBy",
      "ListItemAllFields/ParentList",
      "ListItemAllFields/ParentList/RootFolder",
    )<FileAnswer>();
}

/** Finds the file at `address` (an absolute SharePoint address). Throws SharePointError. */
export async function locateFile(address: string, options: SharePointOptions): Promise<FileLocation> {
  const parsed = parseDocumentUrl(address);
  const siteUrl = await findSiteUrl(parsed, options);
  const subject = subjectOf(parsed.origin, parsed.serverRelativeUrl);
  let file: FileAnswer;
  try {
    file = await readFileFacts(connectWeb(siteUrl, options), parsed.serverRelativeUrl);
  } catch (error) {
    throw isSharePointError(error) ? aboutSubject(error, subject) : error;
  }
  const list = file.ListItemAllFields?.ParentList;
  const root = list?.RootFolder?.ServerRelativeUrl;
  const library = list?.Title && root ? { title: list.Title, serverRelativeUrl: root } : null;
  const folder = parentFolder(file.ServerRelativeUrl);
  return {
    siteUrl,
    serverRelativeUrl: file.ServerRelativeUrl,
    url: absoluteUrl(parsed.origin, file.ServerRelativeUrl),
    fileName: file.Name || leafName(file.ServerRelativeUrl),
    library,
    folder: {
      serverRelativeUrl: folder,
      pathInLibrary: library ? pathInside(folder, library.serverRelativeUrl) : folder,
    },
    modifiedBy: file.ModifiedBy?.Title ?? null,
    modified: file.TimeLastModified ?? null,
  };
}
