/**
 * The REST endpoints of the SharePoint stand-in (see sharepoint-standin.ts): the URL forms
 * @pnp/sp v4 builds, matched case-insensitively as SharePoint does.
 */
import type { IncomingHttpHeaders } from "node:http";
import { fileRoute, folderRoute } from "./sharepoint-standin-reads";
import { createFolder, moveFile } from "./sharepoint-standin-writes";
import {
  error,
  json,
  LITERAL,
  literal,
  notFound,
  within,
  type Answer,
  type StandinState,
} from "./sharepoint-standin-kit";

export function routeRequest(
  state: StandinState,
  method: string,
  url: URL,
  headers: IncomingHttpHeaders,
  body: Buffer,
): Answer {
  const raw = url.pathname;
  const at = raw.toLowerCase().indexOf("/_api/");
  const webPath = at < 0 ? raw : decodeURIComponent(raw.slice(0, at));
  const api = at < 0 ? "" : raw.slice(at + "/_api/".length);
  const verb = String(headers["x-http-method"] ?? method).toUpperCase();
  if (api.toLowerCase() === "contextinfo" && method === "POST") return contextInfo(state, webPath);
  const site = state.options.sites.find((s) => s.toLowerCase() === webPath.toLowerCase());
  const apiUrl = `${state.origin}${site ?? webPath}/_api`;
  const fileMatch = new RegExp(`^web/getFileByServerRelativePath\\(decodedUrl=${LITERAL}\\)(.*)$`, "i").exec(
    api,
  );
  const folderMatch = new RegExp(
    `^web/getFolderByServerRelativePath\\(decodedUrl=${LITERAL}\\)(.*)$`,
    "i",
  ).exec(api);
  const addFolder = new RegExp(
    `^web/folders/addUsingPath\\(DecodedUrl=${LITERAL},overwrite=(\\w+)\\)$`,
    "i",
  ).exec(api);
  if (site && fileMatch)
    return fileRoute(state, apiUrl, url, verb, literal(fileMatch[1] ?? ""), fileMatch[2] ?? "");
  if (site && folderMatch) {
    return folderRoute(state, apiUrl, url, verb, literal(folderMatch[1] ?? ""), folderMatch[2] ?? "", body);
  }
  if (site && addFolder && method === "POST") return createFolder(state, apiUrl, literal(addFolder[1] ?? ""));
  if (site && /^SP\.MoveCopyUtil\.MoveFileByPath\(overwrite=@a1\)$/i.test(api) && method === "POST") {
    return moveFile(state, url.searchParams.get("@a1") === "true", body);
  }
  state.unknown.push(`${method} ${raw}${url.search}`);
  return error(400, "-1, Microsoft.SharePoint.Client.InvalidClientQueryException", "Unknown endpoint.");
}

function contextInfo(state: StandinState, webPath: string): Answer {
  const site = [...state.options.sites]
    .sort((a, b) => b.length - a.length)
    .find((s) => within(webPath === "" ? "/" : webPath, s));
  if (!site) return notFound(webPath);
  return json(200, {
    "odata.metadata": `${state.origin}${site}/_api/$metadata#SP.ContextWebInformation`,
    FormDigestTimeoutSeconds: 1800,
    FormDigestValue: "0xSTANDIN,12 Mar 2026 08:15:00 -0000",
    LibraryVersion: "16.0.25000.12006",
    SiteFullUrl: `${state.origin}${site}`,
    SupportedSchemaVersions: ["14.0.0.0", "15.0.0.0"],
    WebFullUrl: `${state.origin}${site}`,
  });
}
