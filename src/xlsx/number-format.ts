/** Number formats this adapter writes and reads. */

/** The number format for date cells and date columns. */
export const DATE_FORMAT = "yyyy-mm-dd";
/** The number format that keeps what the user types as text ("1.10" stays "1.10"). */
export const TEXT_FORMAT = "@";

/**
 * Whether the number format shows a date or time: the test exceljs applies when it loads a
 * number cell, so a cell reads the same before and after a save.
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}
