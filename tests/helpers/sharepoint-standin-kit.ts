/** What the stand-in's endpoints share: its state, answers in SharePoint's JSON, path helpers. */
import {
  invalidSelect,
  LOCKED_CODE,
  NOT_FOUND_CODE,
  odataError,
  project,
  type Json,
  type StoredFile,
  type StoredLibrary,
} from "./sharepoint-odata";

export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string | Uint8Array;
}

export interface StandinState {
  readonly origin: string;
  readonly userName: string;
  readonly options: { readonly sites: readonly string[] };
  readonly files: Map<string, StoredFile>;
  readonly folders: Map<string, string>;
  readonly locked: Set<string>;
  readonly libraries: readonly StoredLibrary[];
  readonly unknown: string[];
  addFolder(path: string): void;
}

const JSON_TYPE = "application/json;odata=minimalmetadata;streaming=true;charset=utf-8";
export const json = (status: number, body: Json): Answer => ({
  status,
  headers: { "Content-Type": JSON_TYPE },
  body: JSON.stringify(body),
});
export const error = (status: number, code: string, message: string) =>
  json(status, odataError(code, message));
export const notFound = (path: string) => error(404, NOT_FOUND_CODE, `Filen ${path} hittades inte.`);
export const locked = (path: string) =>
  error(423, LOCKED_CODE, `Filen ${path} är låst för delad användning.`);

export const LITERAL = "'((?:[^']|'')*)'";
export const literal = (text: string) => decodeURIComponent(text).replace(/''/g, "'");
export const parentOf = (path: string) => path.slice(0, path.lastIndexOf("/"));
export const within = (path: string, root: string) =>
  path.toLowerCase() === root.toLowerCase() || path.toLowerCase().startsWith(`${root.toLowerCase()}/`);

export function queryList(url: URL, name: string): string[] | null {
  const value = url.searchParams.get(name);
  return value === null ? null : value.split(",").map((s) => s.trim());
}

/** `$select`/`$expand` applied, or SharePoint's 400 for a select through an unexpanded property. */
export function shaped(url: URL, entity: Json): Answer {
  const select = queryList(url, "$select");
  const expand = queryList(url, "$expand") ?? [];
  const bad = select && invalidSelect(select, expand);
  if (bad)
    return error(400, "-1, Microsoft.SharePoint.SPException", `The query to field '${bad}' is not valid.`);
  return json(200, project(entity, select, expand));
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function failureAnswer(status: number, retryAfter: string | undefined): Answer {
  const headers: Record<string, string> = { "Content-Type": "application/json;odata=minimalmetadata" };
  if (retryAfter !== undefined) headers["Retry-After"] = retryAfter;
  const body = JSON.stringify(odataError(`-2147024860, Stand-in ${status}`, `Stand-in failure ${status}`));
  return { status, headers, body };
}

export function unauthorized(): Answer {
  return {
    status: 401,
    headers: {
      "Content-Type": "application/json",
      "WWW-Authenticate": 'Bearer realm="standin", client_id="00000003-0000-0ff1-ce00-000000000000"',
    },
    body: JSON.stringify({ error_description: "Invalid JWT token. The token is expired." }),
  };
}
