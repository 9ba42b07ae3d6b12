/**
 * Manual page breaks in a worksheet part: `<rowBreaks>`, placed where the schema wants it
 * (after the page setup and footer, before the drawing). Pure: XML in, XML out.
 */

/** Elements that come after `<rowBreaks>` in a worksheet (CT_Worksheet order). */
const AFTER_ROW_BREAKS =
  /<(?:[\w-]+:)?(?:colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/(?:[\w-]+:)?worksheet>/;

const ROW_BREAKS = /<(?:[\w-]+:)?rowBreaks\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w-]+:)?rowBreaks>)/;

/**
 * `<rowBreaks>` for page breaks above each of `rows` (1-based sheet rows). A break's id is
 * the 0-based index of the first row on the new page, which is the 1-based number of the
 * last row on the page before.
 */
export function rowBreaksXml(rows: readonly number[]): string {
  const ids = [...new Set(rows.filter((r) => r > 1))].sort((a, b) => a - b).map((r) => r - 1);
  if (ids.length === 0) return "";
  const breaks = ids.map((id) => `<brk id="${id}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${ids.length}" manualBreakCount="${ids.length}">${breaks}</rowBreaks>`;
}

/** The worksheet's own `<rowBreaks>` element, or undefined. */
export function rowBreaksOf(sheetXml: string): string | undefined {
  return ROW_BREAKS.exec(sheetXml)?.[0];
}

/** The worksheet with `rowBreaks` (an element, or "" for none) in place of any it had. */
export function withRowBreaks(sheetXml: string, rowBreaks: string): string {
  const without = sheetXml.replace(ROW_BREAKS, "");
  if (rowBreaks === "") return without;
  return without.replace(AFTER_ROW_BREAKS, (next) => `${rowBreaks}${next}`);
}
