/**
 * Cell text that XML cannot hold as it is. Excel writes such characters (control characters,
 * a lone half of a surrogate pair, U+FFFE/U+FFFF) as `_xHHHH_` escapes, and a literal
 * `_xHHHH_` typed by the user as `_x005F_xHHHH_`; exceljs decodes these when it loads but on
 * saving drops control characters and writes the others raw, which makes the file unreadable.
 * Before a save, such text is escaped the way Excel does, so every cell is saved as it was.
 */
import ExcelJS from "exceljs";

/** Something in the text that needs escaping (valid surrogate pairs are let through later). */
/* eslint-disable no-control-regex -- control characters are what these look for */
const NEEDS_ESCAPE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
const ESCAPES =
  /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

function hex(ch: string): string {
  return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
}

/** The text as Excel would store it: `_xHHHH_` for what XML cannot hold. */
export function escapeCellText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPES, (ch) => (ch === "_" ? "_x005F_" : hex(ch)));
}

interface RichText {
  readonly richText: readonly { readonly text: string }[];
}

function escapedValue(value: ExcelJS.CellValue): ExcelJS.CellValue | undefined {
  if (typeof value === "string") {
    const escaped = escapeCellText(value);
    return escaped === value ? undefined : escaped;
  }
  if (typeof value !== "object" || value === null) return undefined;
  if ("richText" in value && Array.isArray(value.richText)) {
    const runs = (value as RichText).richText;
    if (!runs.some((r) => typeof r.text === "string" && NEEDS_ESCAPE.test(r.text))) return undefined;
    return { ...value, richText: runs.map((r) => ({ ...r, text: escapeCellText(r.text) })) };
  }
  if ("hyperlink" in value && typeof value.text === "string" && NEEDS_ESCAPE.test(value.text)) {
    return { ...value, text: escapeCellText(value.text) };
  }
  return undefined;
}

/** Escapes every cell's text in place; returns the function that puts the text back. */
export function escapeWorkbookText(workbook: ExcelJS.Workbook): () => void {
  const changed: [ExcelJS.Cell, ExcelJS.CellValue][] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.type === ExcelJS.ValueType.Merge) return;
        const escaped = escapedValue(cell.value);
        if (escaped === undefined) return;
        changed.push([cell, cell.value]);
        cell.value = escaped;
      });
    });
  }
  return () => {
    for (const [cell, value] of changed) cell.value = value;
  };
}
