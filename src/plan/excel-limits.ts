/**
 * What an Excel worksheet can hold (Microsoft: "Excel specifications and limits"). Both
 * workbook adapters and the validator keep within them.
 */

/** Characters in one cell. */
export const MAX_CELL_TEXT = 32_767;
/** Rows on a worksheet. */
export const MAX_ROWS = 1_048_576;
/** Columns on a worksheet (XFD). */
export const MAX_COLUMNS = 16_384;

/**
 * Text cut to what a cell holds, ending in "…" when cut; a surrogate pair is never split.
 * Returns the text itself when it fits.
 */
export function fitCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
