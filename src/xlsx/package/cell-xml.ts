/**
 * One cell as SpreadsheetML: text as an inline string (so the shared-string part is never
 * touched), never as a formula even when it starts with "="; numbers, booleans, errors; a
 * date as its serial number (its style shows it as a date). Text is written the way Excel
 * writes it: characters XML cannot hold, and a carriage return, as `_xHHHH_`.
 */
import { fitCellText, isRawDate, type CellInput } from "../../plan";
import { excelSerialOf } from "../excel-date";
import { escapeText } from "./xml";

/* eslint-disable no-control-regex -- control characters are what these look for */
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
const ESCAPES =
  /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

function hex(ch: string): string {
  return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
}

/**
 * The text as Excel stores it in a cell: `_xHHHH_` for control characters (a carriage
 * return too: `_x000D_`), U+FFFE/U+FFFF and half a surrogate pair; a typed `_xHHHH_` as
 * `_x005F_xHHHH_`. Tabs and line feeds stay as they are.
 */
export function escapeCellText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  // The `_` that starts a typed `_xHHHH_` is U+005F: its own escape is `_x005F_`.
  return text.replace(ESCAPES, hex);
}

/** `<t>` content with `xml:space="preserve"` where spaces or line breaks must stay. */
export function textElement(prefix: string, text: string): string {
  const escaped = escapeText(escapeCellText(text));
  const preserve = /^\s|\s$|[\n\t]/.test(text) ? ' xml:space="preserve"' : "";
  return `<${prefix}t${preserve}>${escaped}</${prefix}t>`;
}

/** A number as a cell value: finite numbers only. */
function numberText(value: number): string | null {
  return Number.isFinite(value) ? String(value) : null;
}

/**
 * The `<c>` element for `value` at `ref` with style `style` (null: none). A date Excel cannot
 * hold as a date (before 1900) is written as its ISO text.
 */
export function cellXml(
  prefix: string,
  ref: string,
  value: CellInput,
  style: number | null,
  date1904: boolean,
): string {
  const open = (type: string | null) =>
    `<${prefix}c r="${ref}"${style === null ? "" : ` s="${style}"`}${type === null ? "" : ` t="${type}"`}`;
  const withValue = (type: string | null, v: string) =>
    `${open(type)}><${prefix}v>${v}</${prefix}v></${prefix}c>`;
  const inline = (text: string) =>
    `${open("inlineStr")}><${prefix}is>${textElement(prefix, fitCellText(text))}</${prefix}is></${prefix}c>`;
  if (value === null) return `${open(null)}/>`;
  if (typeof value === "string") return value === "" ? `${open(null)}/>` : inline(value);
  if (typeof value === "boolean") return withValue("b", value ? "1" : "0");
  if (typeof value === "number") {
    const text = numberText(value);
    return text === null ? `${open(null)}/>` : withValue(null, text);
  }
  if (isRawDate(value)) {
    const serial = excelSerialOf(value.iso, date1904);
    return serial === null ? inline(value.iso) : withValue(null, String(serial));
  }
  return withValue("e", escapeText(value.code));
}
