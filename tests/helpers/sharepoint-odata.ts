/**
 * SharePoint REST answers in the JSON shape SharePoint Online gives for `Accept:
 * application/json` (what @pnp/sp sends): OData "minimal metadata", entities with
 * `odata.type`, `odata.id` and `odata.editLink`, collections under `value`, navigation
 * properties only when `$expand`ed, and `$select` honoured. Errors as `odata.error`.
 */

/** A file the stand-in stores. */
export interface StoredFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly modifiedBy: string;
  readonly modified: string;
  readonly created: string;
  /** 1 for a new file; a new upload over it adds one. */
  readonly version: number;
  readonly uniqueId: string;
}

export interface StoredLibrary {
  readonly title: string;
  /** The library's root folder, e.g. "/sites/skarholmen/Delade dokument". */
  readonly root: string;
  readonly id: string;
}

export type Json = Record<string, unknown>;

export const leaf = (path: string) => path.slice(path.lastIndexOf("/") + 1);

function entity(type: string, id: string, editLink: string, fields: Json): Json {
  return { "odata.type": type, "odata.id": id, "odata.editLink": editLink, ...fields };
}

export function userJson(api: string, name: string): Json {
  const login = `i:0#.f|membership|${name.toLowerCase().replace(/\s+/g, ".")}@kommun.example`;
  return entity("SP.User", `${api}/Web/GetUserById(11)`, "Web/GetUserById(11)", {
    Id: 11,
    IsSiteAdmin: false,
    LoginName: login,
    Title: name,
    Email: login.split("|")[2],
  });
}

export function folderJson(api: string, path: string, itemCount: number): Json {
  const link = `Web/GetFolderByServerRelativePath(decodedurl='${path.replace(/'/g, "''")}')`;
  return entity("SP.Folder", `${api}/${link}`, link, {
    Exists: true,
    IsWOPIEnabled: false,
    ItemCount: itemCount,
    Name: leaf(path),
    ProgID: null,
    ServerRelativeUrl: path,
    TimeCreated: "2025-01-08T07:00:00Z",
    TimeLastModified: "2026-03-12T08:15:00Z",
    UniqueId: "6d1f6ab8-4b3e-4d8a-9a8e-0c6c2b1f2a10",
    WelcomePage: "",
  });
}

export function listItemJson(api: string, library: StoredLibrary | undefined): Json {
  if (!library) return { "odata.null": true };
  const listLink = `Web/Lists(guid'${library.id}')`;
  const list = entity("SP.List", `${api}/${listLink}`, listLink, {
    BaseTemplate: 101,
    Id: library.id,
    Title: library.title,
    RootFolder: folderJson(api, library.root, 0),
  });
  return entity("SP.Data.Delade_x0020_dokumentItem", `${api}/${listLink}/Items(1)`, `${listLink}/Items(1)`, {
    FileSystemObjectType: 0,
    Id: 1,
    ContentTypeId: "0x0101",
    Title: null,
    ParentList: list,
  });
}

export function fileJson(api: string, file: StoredFile, library: StoredLibrary | undefined): Json {
  const link = `Web/GetFileByServerRelativePath(decodedurl='${file.path.replace(/'/g, "''")}')`;
  const v = file.version;
  return entity("SP.File", `${api}/${link}`, link, {
    CheckInComment: "",
    CheckOutType: 2,
    ETag: `"{${file.uniqueId}},${v}"`,
    Exists: true,
    Length: String(file.bytes.length),
    Level: 1,
    MajorVersion: v,
    MinorVersion: 0,
    Name: leaf(file.path),
    ServerRelativeUrl: file.path,
    TimeCreated: file.created,
    TimeLastModified: file.modified,
    Title: null,
    UIVersion: 512 * v,
    UIVersionLabel: `${v}.0`,
    UniqueId: file.uniqueId,
    ModifiedBy: userJson(api, file.modifiedBy),
    ListItemAllFields: listItemJson(api, library),
  });
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const under = (path: string, parent: string) => path.toLowerCase().startsWith(`${parent.toLowerCase()}/`);
const isNav = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);

/** A `$select` path through a navigation property that is not `$expand`ed: SharePoint says 400. */
export function invalidSelect(select: readonly string[], expand: readonly string[]): string | null {
  for (const s of select) {
    const parent = s.includes("/") ? s.slice(0, s.lastIndexOf("/")) : null;
    if (parent !== null && !expand.some((e) => same(e, parent))) return s;
  }
  return null;
}

/** The entity as SharePoint returns it for `$select` (null: all fields) and `$expand`. */
export function project(
  value: Json,
  select: readonly string[] | null,
  expand: readonly string[],
  prefix = "",
): Json {
  const result: Json = {};
  for (const [key, field] of Object.entries(value)) {
    if (key.startsWith("odata.")) {
      result[key] = field;
      continue;
    }
    const path = prefix === "" ? key : `${prefix}/${key}`;
    if (isNav(field)) {
      const expanded = expand.some((e) => same(e, path) || under(e, path));
      const wanted = select === null || select.some((s) => same(s, path) || under(s, path));
      if (!expanded || !wanted) continue;
      const inner = select === null || select.some((s) => same(s, path)) ? null : select;
      result[key] = project(field as Json, inner, expand, path);
    } else if (select === null || select.some((s) => same(s, path) || same(s, "*"))) {
      result[key] = field;
    }
  }
  return result;
}

export function odataError(code: string, message: string): Json {
  return { "odata.error": { code, message: { lang: "sv-SE", value: message } } };
}

export const NOT_FOUND_CODE = "-2147024894, System.IO.FileNotFoundException";
export const EXISTS_CODE = "-2130575257, Microsoft.SharePoint.SPException";
export const LOCKED_CODE = "-2147018894, Microsoft.SharePoint.SPFileLockException";
