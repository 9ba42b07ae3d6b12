/**
 * Row heights that show wrapped text. Excel does not grow a row to its wrapped text when it
 * opens a file another program wrote, so generated sheets and imported tables set heights
 * estimated from the text and the column widths.
 */
import { rawToText } from "./raw-value";
import type { CellInput } from "./workbook-port";

/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

/** Lines a text needs in a column `width` characters wide at `fontSize`. */
export function linesNeeded(text: string, width: number, fontSize: number): number {
  // A width unit holds about one character at 11 pt; words do not break mid-way, so
  // count a little short.
  const perLine = Math.max(1, Math.floor((width * 11 * 0.9) / fontSize));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines += Math.max(1, Math.ceil(paragraph.length / perLine));
  }
  return lines;
}

/** Points for `lines` lines of text at `fontSize`, with a little padding. */
export function rowHeight(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * 1.3 + 4);
}

/**
 * Heights for table rows whose text wraps in the `wrapped` columns (11 pt text); null for a
 * row that fits on one line and keeps Excel's default height.
 */
export function wrappedRowHeights(
  rows: readonly (readonly CellInput[])[],
  widths: readonly number[],
  wrapped: readonly number[],
): (number | null)[] {
  return rows.map((row) => {
    let lines = 1;
    for (const column of wrapped) {
      const text = rawToText(row[column] ?? null);
      if (text) lines = Math.max(lines, linesNeeded(text, widths[column] ?? 12, 11));
    }
    return lines === 1 ? null : Math.min(MAX_ROW_HEIGHT, rowHeight(lines, 11));
  });
}
