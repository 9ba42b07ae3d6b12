/** Cell values and text for Word: dates that never break across lines, numbers as Swedes write them. */
import { NoBreakHyphen, TextRun, type IRunOptions } from "docx";
import { xmlSafeText, type CellInput } from "../plan";

const NUMBER = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/g;
const HAS_DATE = /\d{4}-\d{2}-\d{2}/;

/** A cell's value as the report shows it, holding only what XML can. */
export function valueText(value: CellInput): string {
  if (value === null) return "";
  if (typeof value === "number") return NUMBER.format(value);
  if (typeof value === "boolean") return value ? "Sant" : "Falskt";
  if (typeof value === "string") return xmlSafeText(value);
  return value.kind === "date" ? value.iso : value.code;
}

/** Pieces of `text`: plain text, and "-" where a date has a hyphen. */
export function datePieces(text: string): (string | "-")[] {
  const pieces: string[] = [];
  let at = 0;
  for (const match of text.matchAll(ISO_DATE)) {
    if (match.index > at) pieces.push(text.slice(at, match.index));
    pieces.push(match[1] ?? "", "-", match[2] ?? "", "-", match[3] ?? "");
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

export function hasDate(text: string): boolean {
  return HAS_DATE.test(text);
}

/**
 * `text` as one run whose ISO dates hold non-breaking hyphens (`w:noBreakHyphen`), so that
 * Word never breaks "2026-05-10" across two lines.
 */
export function textRun(text: string, options: Omit<IRunOptions, "text" | "children"> = {}): TextRun {
  const safe = xmlSafeText(text);
  if (!hasDate(safe)) return new TextRun({ ...options, text: safe });
  const children = datePieces(safe).map((piece) => (piece === "-" ? new NoBreakHyphen() : piece));
  return new TextRun({ ...options, children });
}
