/**
 * The Swedish messages for SharePoint's answers, each naming the file or folder concerned.
 * A message never includes a token or the server's own error text.
 */
import { SharePointError } from "./sharepoint-error";

/** What a message names: the file's or folder's name and its full address. */
export interface Subject {
  readonly name: string;
  readonly address: string;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The last segment of a path ("/sites/a/Delade dokument/plan.xlsx" → "plan.xlsx"). */
export function leafName(path: string): string {
  const parts = path.split("/").filter((p) => p !== "");
  return parts[parts.length - 1] ?? path;
}

/** The subject of an address we know: the site origin and a server-relative path. */
export function subjectOf(origin: string, serverRelativePath: string): Subject {
  return { name: leafName(serverRelativePath) || origin, address: `${origin}${serverRelativePath}` };
}

/**
 * The file or folder a REST request is about: the `decodedUrl='…'` of the request, or the
 * path before `/_api/` (context info), with the query left out.
 */
export function subjectOfRequest(requestUrl: string): Subject {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { name: requestUrl, address: requestUrl };
  }
  const path = url.pathname;
  const literal = /decodedurl='((?:[^']|'')*)'/i.exec(path)?.[1];
  if (literal !== undefined) return subjectOf(url.origin, decode(literal).replace(/''/g, "'"));
  const api = path.toLowerCase().indexOf("/_api/");
  return subjectOf(url.origin, decode(api >= 0 ? path.slice(0, api) : path) || "/");
}

function seconds(ms: number): string {
  const value = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 }).format(ms / 1000);
  return `${value} ${ms === 1000 ? "sekund" : "sekunder"}`;
}

/** The fault for an HTTP error status SharePoint answered with. */
export function statusFault(status: number, subject: Subject, cause?: unknown): SharePointError {
  const options = { status, cause };
  const { name, address } = subject;
  switch (status) {
    case 401:
      return new SharePointError(
        "unauthorized",
        `Du saknar behörighet till ${name} (${address}): SharePoint godtog inte inloggningen. ` +
          "Logga in igen, eller hämta en ny åtkomsttoken om den har gått ut.",
        options,
      );
    case 403:
      return new SharePointError(
        "forbidden",
        `Du saknar behörighet till ${name} (${address}). Be webbplatsens ägare om åtkomst, ` +
          "eller kontrollera att du är inloggad med rätt konto.",
        options,
      );
    case 404:
      return new SharePointError(
        "not-found",
        `Hittade inte ${address} i SharePoint. Kontrollera adressen: filen eller mappen kan ha ` +
          "flyttats, bytt namn eller tagits bort.",
        options,
      );
    case 423:
      return new SharePointError(
        "locked",
        `${name} är låst i SharePoint (${address}): någon har checkat ut filen eller har den öppen ` +
          "på ett sätt som låser den. Försök igen senare, eller be den som låst filen att stänga den.",
        options,
      );
    case 429:
    case 503:
      return throttledFault(status, null, cause);
    default:
      return new SharePointError(
        "http",
        `SharePoint svarade med fel ${status} för ${address}. Försök igen om en stund.`,
        options,
      );
  }
}

/** SharePoint kept answering 429/503, or asked us to wait longer than we may. */
export function throttledFault(status: number, attempts: number | null, cause?: unknown): SharePointError {
  const tried = attempts === null ? "" : ` Vi försökte ${attempts} ${attempts === 1 ? "gång" : "gånger"}.`;
  return new SharePointError(
    "throttled",
    `SharePoint är hårt belastat och bad oss vänta (${status}).${tried} Försök igen om en stund.`,
    { status, cause },
  );
}

export function timeoutFault(ms: number, subject: Subject, cause?: unknown): SharePointError {
  return new SharePointError(
    "timeout",
    `SharePoint svarade inte inom ${seconds(ms)} (${subject.name}, ${subject.address}). ` +
      "Kontrollera nätverket och försök igen.",
    { cause },
  );
}

export function networkFault(host: string, cause?: unknown): SharePointError {
  return new SharePointError(
    "network",
    `Anslutningen till SharePoint (${host}) bröts eller kunde inte öppnas. ` +
      "Kontrollera nätverket och försök igen.",
    { cause },
  );
}

/** The same fault, its message naming `subject` (what the user asked for) instead. */
export function aboutSubject(error: SharePointError, subject: Subject): SharePointError {
  if (error.status === null || error.code === "throttled") return error;
  return statusFault(error.status, subject, error.cause ?? error);
}
