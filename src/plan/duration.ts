/** Löptid: "Tillsvidare" (also "Tills vidare", any case) or a date range. */

export type Duration =
  { readonly kind: "ongoing" } | { readonly kind: "range"; readonly start: string; readonly end: string };

const ONGOING = /^tills?\s*vidare\.?$/i;
const RANGE = /^(\d{4}-\d{2}-\d{2})\s*(?:–|—|\s-\s|\s+till\s+)\s*(\d{4}-\d{2}-\d{2})$/i;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  // Years before 100 are no date in a plan (and JavaScript's Date reads them as 1900–1999).
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
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
