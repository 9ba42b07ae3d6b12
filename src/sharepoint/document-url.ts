/**
 * A SharePoint file's or folder's address → its host and server-relative path, and the
 * folders to ask for the site (`/_api/contextinfo` answers for any folder inside a site).
 * Accepts what users paste: `Office.context.document.url`, an address with spaces or %20,
 * `?web=1`, a sharing link `/:x:/r/…`, or a library view `…/AllItems.aspx?id=/sites/…`.
 */
import { SharePointError } from "./sharepoint-error";

export interface DocumentAddress {
  /** `https://contoso.sharepoint.com` */
  readonly origin: string;
  /** Decoded, without a trailing slash: `/sites/skarholmen/Delade dokument/plan.xlsx`. */
  readonly serverRelativeUrl: string;
  /** Absolute addresses to ask for the site, the deepest folder first. */
  readonly candidateFolders: readonly string[];
}

/** Hosts that are not SharePoint (personal OneDrive). */
const NOT_SHAREPOINT = /(^|\.)(docs\.live\.net|onedrive\.live\.com)$/i;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Why an address is no SharePoint address, as a sentence for the user; null when it is one. */
export function whyNotSharePoint(address: string): string | null {
  const text = address.trim();
  if (text === "") {
    return (
      "Arbetsboken har ingen adress i SharePoint: den är ny och inte sparad, eller öppnad " +
      "som gäst. Spara den i ett dokumentbibliotek för att publicera rapporter där."
    );
  }
  if (/^file:/i.test(text) || /^[a-z]:[\\/]/i.test(text) || text.startsWith("/") || text.startsWith("\\\\")) {
    return "Arbetsboken är sparad på datorn och inte i SharePoint, så rapporter kan inte publiceras där.";
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" är ingen webbadress till SharePoint.`;
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    return `Adressen ${url.origin} måste börja med https://, som SharePoint-adresser gör.`;
  }
  if (NOT_SHAREPOINT.test(url.hostname)) {
    return "Arbetsboken ligger i ett personligt OneDrive och inte i SharePoint, så rapporter kan inte publiceras där.";
  }
  return null;
}

/** The server-relative path an address points at (handles sharing links and view pages). */
function pathOf(url: URL): string {
  const id = url.searchParams.get("id");
  if (id !== null && id.startsWith("/")) return id;
  const path = decodePath(url.pathname).replace(/^\/:[a-z]:\/[a-z]\//i, "/");
  return path.replace(/\/+$/, "") || "/";
}

/** Every folder above `path`, the deepest first, as absolute addresses. */
function foldersAbove(origin: string, path: string): string[] {
  const parts = path.split("/").filter((p) => p !== "");
  const result: string[] = [];
  for (let n = parts.length - 1; n >= 0; n--) result.push(`${origin}/${parts.slice(0, n).join("/")}`);
  return result.map((a) => a.replace(/\/$/, ""));
}

/** Parses an address; throws SharePointError "not-sharepoint" with the reason. */
export function parseDocumentUrl(address: string): DocumentAddress {
  const reason = whyNotSharePoint(address);
  if (reason !== null) throw new SharePointError("not-sharepoint", reason);
  const url = new URL(address.trim());
  const serverRelativeUrl = pathOf(url);
  if (/\/_layouts\//i.test(serverRelativeUrl)) {
    throw new SharePointError(
      "not-sharepoint",
      `${url.origin}${url.pathname} är en sida i SharePoint och inte filens egen adress. ` +
        "Ange adressen till filen eller mappen, till exempel …/Delade dokument/plan.xlsx.",
    );
  }
  return {
    origin: url.origin,
    serverRelativeUrl,
    candidateFolders: foldersAbove(url.origin, serverRelativeUrl),
  };
}

/** `origin` + a server-relative path as a clickable address (spaces and å ä ö encoded). */
export function absoluteUrl(origin: string, serverRelativeUrl: string): string {
  return `${origin}${serverRelativeUrl.split("/").map(encodeURIComponent).join("/")}`;
}
