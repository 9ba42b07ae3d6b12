/** Löptid: "Tillsvidare" (also "Tills vidare", any case) or a date range. */

export type Duration =
  { readonly kind: "ongoing" } | { readonly kind: "range"; readonly start: string; readonly end: string };

const ONGOING = /^tills?\s*vidare\.?$/i;
const RANGE = /^(\d{4}-\d{2}-\d{2})\s*(?:–|—|\s-\s|\s+till\s+)\s*(\d{4}-\d{2}-\d{2})$/i;

export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The duration, or null when the text is neither; a range must not end before it starts. A
 * trailing question mark ("Tillsvidare?") still reads as the duration: the open question is
 * the `uncertain-value` rule's to report, not a wrong form.
 */
export function parseDuration(text: string): Duration | null {
  const trimmed = text.trim().replace(/\s*\?$/, "");
  if (ONGOING.test(trimmed)) return { kind: "ongoing" };
  const match = RANGE.exec(trimmed);
  if (!match) return null;
  const [, start = "", end = ""] = match;
  if (!isIsoDate(start) || !isIsoDate(end) || end < start) return null;
  return { kind: "range", start, end };
}
