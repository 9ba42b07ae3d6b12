/** The stand-in's files and folders by server-relative path: reads, content, listing, delete. */
import { randomUUID } from "node:crypto";
import { fileJson, folderJson, listItemJson, project, type StoredLibrary } from "./sharepoint-odata";
import {
  error,
  json,
  LITERAL,
  literal,
  locked,
  notFound,
  parentOf,
  queryList,
  shaped,
  within,
  type Answer,
  type StandinState,
} from "./sharepoint-standin-kit";
import { addFile, createFolder } from "./sharepoint-standin-writes";

function libraryOf(state: StandinState, path: string): StoredLibrary | undefined {
  return state.libraries.find((l) => within(path, l.root));
}

export function fileRoute(
  state: StandinState,
  api: string,
  url: URL,
  verb: string,
  path: string,
  rest: string,
): Answer {
  const file = state.files.get(path.toLowerCase());
  if (!file) return notFound(path);
  const sub = rest.toLowerCase();
  if (sub === "" && verb === "GET") return shaped(url, fileJson(api, file, libraryOf(state, file.path)));
  if ((sub === "/$value" || sub === "/%24value") && verb === "GET") {
    return { status: 200, headers: { "Content-Type": "application/octet-stream" }, body: file.bytes };
  }
  if (sub === "/listitemallfields" && verb === "GET")
    return shaped(url, listItemJson(api, libraryOf(state, path)));
  if ((sub === "" && verb === "DELETE") || (sub === "/recycle" && verb === "POST")) {
    if (state.locked.has(path.toLowerCase())) return locked(path);
    state.files.delete(path.toLowerCase());
    return sub === "" ? { status: 200, headers: {}, body: "" } : json(200, { value: randomUUID() });
  }
  state.unknown.push(`${verb} file ${rest}`);
  return error(400, "-1, Microsoft.SharePoint.Client.InvalidClientQueryException", "Unknown file endpoint.");
}

export function folderRoute(
  state: StandinState,
  api: string,
  url: URL,
  verb: string,
  path: string,
  rest: string,
  body: Buffer,
): Answer {
  const folder = state.folders.get(path.toLowerCase());
  if (!folder) return notFound(path);
  const inside = [...state.files.values()].filter(
    (f) => parentOf(f.path).toLowerCase() === path.toLowerCase(),
  );
  if (rest === "" && verb === "GET") return shaped(url, folderJson(api, folder, inside.length));
  if (/^\/files$/i.test(rest) && verb === "GET") {
    const select = queryList(url, "$select");
    const value = inside.map((f) => project(fileJson(api, f, libraryOf(state, f.path)), select, []));
    return json(200, { "odata.metadata": `${api}/$metadata#SP.ApiData.Files12`, value });
  }
  const add = new RegExp(`^/files/AddUsingPath\\(decodedurl=${LITERAL}((?:,\\w+=[^,)]*)*)\\)$`, "i").exec(
    rest,
  );
  if (add && verb === "POST") {
    return addFile(
      state,
      api,
      `${folder}/${literal(add[1] ?? "")}`,
      /overwrite=true/i.test(add[2] ?? ""),
      body,
    );
  }
  const sub = new RegExp(`^/folders/addUsingPath\\(DecodedUrl=${LITERAL},overwrite=\\w+\\)$`, "i").exec(rest);
  if (sub && verb === "POST") {
    const name = literal(sub[1] ?? "");
    return createFolder(state, api, name.startsWith("/") ? name : `${folder}/${name}`);
  }
  state.unknown.push(`${verb} folder ${rest}`);
  return error(
    400,
    "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
    "Unknown folder endpoint.",
  );
}
