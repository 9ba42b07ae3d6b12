/**
 * The published report's file name, "Rapport T1 2026 – <Titel>.xlsx", made safe for
 * SharePoint: no " * : < > ? / \ | or control characters, no leading or trailing spaces,
 * no trailing dots, no "~$" start or "_vti_" inside, and not too long.
 */
import { reportSheetName, type Period } from "../plan";

/** Characters SharePoint does not allow in a file or folder name. */
const FORBIDDEN = /["*:<>?/\\|\p{Cc}]/u;
const FORBIDDEN_ALL = /["*:<>?/\\|\p{Cc}]/gu;

/** The longest title kept; SharePoint allows 400 characters in a whole path. */
const MAX_TITLE = 100;

/** Whether `name` cannot be a SharePoint file name as it stands. */
export function forbiddenInFileName(name: string): boolean {
  return (
    FORBIDDEN.test(name) ||
    name !== name.trim() ||
    name.endsWith(".") ||
    name.startsWith("~$") ||
    /_vti_/i.test(name)
  );
}

/** `text` with every forbidden character replaced and the ends tidied. */
export function safeFileNamePart(text: string): string {
  const cleaned = text
    .replace(FORBIDDEN_ALL, (c) => (c === ":" ? " -" : /\p{Cc}/u.test(c) ? " " : "-"))
    .replace(/_vti_/gi, "vti")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned.replace(/^~\$/, "").replace(/[.\s]+$/, "");
}

/** "Rapport T1 2026 – Åtgärdsplan för gemensamma prioriteringar.xlsx" (or .docx). */
export function reportFileName(period: Period, year: number, title: string, extension = "xlsx"): string {
  const base = reportSheetName(period, year);
  let part = safeFileNamePart(title);
  if (part.length > MAX_TITLE) part = safeFileNamePart(part.slice(0, MAX_TITLE));
  return part === "" ? `${base}.${extension}` : `${base} – ${part}.${extension}`;
}
