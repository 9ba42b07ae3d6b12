/** The stand-in's writes: folders, uploads (a new version over an existing file) and moves. */
import { randomUUID } from "node:crypto";
import { EXISTS_CODE, fileJson, folderJson, leaf, type StoredFile } from "./sharepoint-odata";
import {
  error,
  json,
  locked,
  notFound,
  parentOf,
  type Answer,
  type StandinState,
} from "./sharepoint-standin-kit";

export function createFolder(state: StandinState, api: string, path: string): Answer {
  if (!state.folders.has(parentOf(path).toLowerCase())) return notFound(parentOf(path));
  state.addFolder(path);
  return json(200, {
    "odata.metadata": `${api}/$metadata#SP.ApiData.Folders/@Element`,
    ...folderJson(api, path, 0),
  });
}

export function addFile(
  state: StandinState,
  api: string,
  path: string,
  overwrite: boolean,
  body: Buffer,
): Answer {
  const key = path.toLowerCase();
  const existing = state.files.get(key);
  if (existing && !overwrite)
    return error(400, EXISTS_CODE, `Det finns redan en fil med namnet ${leaf(path)}.`);
  if (existing && state.locked.has(key)) return locked(path);
  const now = new Date().toISOString();
  const file: StoredFile = {
    path: existing?.path ?? path,
    bytes: new Uint8Array(body),
    modifiedBy: state.userName,
    modified: now,
    created: existing?.created ?? now,
    version: (existing?.version ?? 0) + 1,
    uniqueId: existing?.uniqueId ?? randomUUID(),
  };
  state.files.set(key, file);
  return json(200, {
    "odata.metadata": `${api}/$metadata#SP.ApiData.Files12/@Element`,
    ...fileJson(api, file, undefined),
  });
}

/** MoveFileByPath: absolute source and destination in the JSON body. Moving over a file
 * replaces it (the moved file keeps its own version history). */
export function moveFile(state: StandinState, overwrite: boolean, body: Buffer): Answer {
  const request = JSON.parse(body.toString("utf8")) as {
    srcPath: { DecodedUrl: string };
    destPath: { DecodedUrl: string };
  };
  const relative = (absolute: string) => new URL(absolute.replace(/ /g, "%20")).pathname;
  const src = decodeURIComponent(relative(request.srcPath.DecodedUrl));
  const dest = decodeURIComponent(relative(request.destPath.DecodedUrl));
  const file = state.files.get(src.toLowerCase());
  if (!file) return notFound(src);
  if (!state.folders.has(parentOf(dest).toLowerCase())) return notFound(parentOf(dest));
  if (state.locked.has(dest.toLowerCase()) || state.locked.has(src.toLowerCase())) return locked(dest);
  if (state.files.has(dest.toLowerCase()) && !overwrite) {
    return error(400, EXISTS_CODE, `Det finns redan en fil med namnet ${leaf(dest)}.`);
  }
  state.files.delete(src.toLowerCase());
  state.files.set(dest.toLowerCase(), { ...file, path: dest });
  return json(200, { "odata.null": true });
}
