/**
 * The plan document (Bilaga 7.1, "Åtgärdsplan för gemensamma prioriteringar") as both
 * readers hand it over: a list of blocks in reading order. The .docx reader takes them from
 * the Word structure (headings, two-column tables), the .txt reader reconstructs them from
 * the exported text. Everything after this point is the same for both formats.
 */

/** A numbered heading: an area ("1. Riktat arbete …") or an activity ("1.1 Platssamverkan …"). */
export interface HeadingBlock {
  readonly kind: "heading";
  /** 1 for an area, 2 for an activity. */
  readonly level: 1 | 2;
  /** The number as written ("1", "1.1"), or null when Word numbers the heading itself. */
  readonly nr: string | null;
  readonly title: string;
}

/** A labelled row: "Löptid" | "Tillsvidare". */
export interface FieldBlock {
  readonly kind: "field";
  /** The label as written, whitespace folded ("Stadsdelsförvaltningens övriga deltagare"). */
  readonly label: string;
  /** The value's paragraphs, each one line of text; bullets start with "• ". Empty for an empty cell. */
  readonly paragraphs: readonly string[];
}

/** Text that stands outside a labelled row (the introduction, a value with no label). */
export interface TextBlock {
  readonly kind: "text";
  /** Non-blank paragraphs. */
  readonly paragraphs: readonly string[];
}

export type PlanBlock = HeadingBlock | FieldBlock | TextBlock;

export interface PlanDocument {
  readonly blocks: readonly PlanBlock[];
  /**
   * Page furniture (page headers and footers, "Diarienummer: 6 av 14", "Bilaga 7.1"): never
   * content, but the plan's metadata (stadsdelsförvaltning, lokalpolisområde, diarienummer)
   * may be read from it.
   */
  readonly furniture: readonly string[];
}

/** The bullet every reader writes in front of a list item. */
export const BULLET = "• ";

/** Bullet characters found at the start of a line: Word's private-use U+F0B7 and friends. */
export const BULLET_CHARS = /^[\uf0b7\uf0a7\uf076\uf0d8\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7]\s*/;

/** Trims a line and folds runs of spaces, tabs and no-break spaces into one space. */
export function cleanLine(text: string): string {
  return text.replace(/[ \t\u00a0\u2007\u202f]+/g, " ").trim();
}

/** A paragraph as the blocks hold it: cleaned, a leading bullet character written as "• ". */
export function paragraphText(text: string): string {
  const line = cleanLine(text);
  return BULLET_CHARS.test(line) ? `${BULLET}${line.replace(BULLET_CHARS, "")}` : line;
}

/** An area heading "1. Titel" / activity heading "1.1 Titel", or a bare number "1.2". */
const HEADING = /^(\d{1,2})(?:\.(\d{1,2}))?\.?(?:\s+(.*))?$/;

/** The heading a line is, if it is one: a number followed by a capitalised title, or only a number. */
export function parseHeading(line: string): { level: 1 | 2; nr: string; title: string } | null {
  const text = cleanLine(line);
  const match = HEADING.exec(text);
  if (!match) return null;
  const [, area, activity, title = ""] = match;
  // The first group is not optional: this only tells TypeScript that the area is there.
  if (area === undefined) return null;
  if (Number(area) < 1) return null;
  // "1 gång" or "2 per område" is text: a number needs its dot ("1.", as "1.1" has one), a title a capital.
  if (title !== "" && !/^\p{Lu}/u.test(title)) return null;
  if (!/^\d{1,2}\./.test(text)) return null;
  return activity === undefined
    ? { level: 1, nr: area, title }
    : { level: 2, nr: `${area}.${activity}`, title };
}
