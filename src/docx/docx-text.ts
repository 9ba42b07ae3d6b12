/** Cell values and text as Word runs: dates that never break across lines, numbers as Swedes write them. */
import { NoBreakHyphen, TextRun, type IRunOptions } from "docx";
import type { CellInput } from "../plan";

const NUMBER = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/g;

/** A cell's value as the report shows it. */
export function valueText(value: CellInput): string {
  if (value === null) return "";
  if (typeof value === "number") return NUMBER.format(value);
  if (typeof value === "boolean") return value ? "Sant" : "Falskt";
  if (typeof value === "string") return value;
  return value.kind === "date" ? value.iso : value.code;
}

/**
 * `text` as one run whose ISO dates hold non-breaking hyphens (`w:noBreakHyphen`), so that
 * Word never breaks "2026-05-10" across two lines.
 */
export function textRun(text: string, options: Omit<IRunOptions, "text" | "children"> = {}): TextRun {
  const children: (string | NoBreakHyphen)[] = [];
  let at = 0;
  for (const match of text.matchAll(ISO_DATE)) {
    if (match.index > at) children.push(text.slice(at, match.index));
    children.push(match[1] ?? "", new NoBreakHyphen(), match[2] ?? "", new NoBreakHyphen(), match[3] ?? "");
    at = match.index + match[0].length;
  }
  if (at < text.length) children.push(text.slice(at));
  return new TextRun({ ...options, children });
}
