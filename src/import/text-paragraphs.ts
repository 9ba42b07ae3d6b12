/**
 * Rebuilds paragraphs from exported text, where every table cell is wrapped into lines of
 * about 45–50 characters and blank lines fall both between paragraphs and in the middle of
 * sentences. A line continues the paragraph above when it starts in lower case (or with
 * punctuation), or when the line above ends with a comma, a hyphen or a word such as "och".
 * A capitalised line starts a new paragraph after a blank line or when indented, after a
 * line ending with ":" or ")", and after a short line (a list item); after a full line
 * whose next word would not have fitted it continues (the break was a wrap). A bullet
 * always starts a new paragraph.
 */
import { BULLET_CHARS, cleanLine, paragraphText } from "./plan-document";

/** One line of a value as exported. */
export interface TextLine {
  /** The line, trimmed. */
  readonly text: string;
  /** The exported line started with a space (Word's text export marks some paragraphs so). */
  readonly indented: boolean;
  /** One or more blank lines stood before this line. */
  readonly blankBefore: boolean;
}

export interface Paragraph {
  readonly text: string;
  /** A blank line stood before the paragraph's first line. */
  readonly blankBefore: boolean;
}

/**
 * A wrapped line fills most of the cell's width (38–53 characters in the seed; the font is
 * proportional): a line at least this long, whose next word would overflow the width, was
 * wrapped. A list item ("Lämpliga fackförvaltningar") is shorter.
 */
const FULL_LINE = 36;
const WRAP_WIDTH = 44;

/** Words a sentence does not end on: a line ending on one is always wrapped. */
const CONNECTORS = new Set(
  (
    "och eller samt men att av för med på till som en ett den det de om från vid under inom " +
    "mot mellan efter utan genom kring hos där vilka vilket är har ska kan i"
  ).split(" "),
);

function startsItem(text: string): boolean {
  return BULLET_CHARS.test(text) || /^[-–]\s/.test(text) || /^(?:\d{1,2}[.)]|\(\d{1,2}\))\s/.test(text);
}

function lastWord(text: string): string {
  return (/(\S+)$/.exec(text)?.[1] ?? "").toLocaleLowerCase("sv-SE");
}

/** Whether `line` continues the paragraph whose last line is `previous`. */
export function continuesParagraph(previous: string, line: TextLine): boolean {
  const text = line.text;
  if (startsItem(text)) return false;
  if (/^[\p{Ll}\d/,.;:()\]–-]/u.test(text)) return true;
  if (/[,\-–/(&]$/.test(previous) || CONNECTORS.has(lastWord(previous))) return true;
  if (line.blankBefore || line.indented) return false;
  if (/[:)\d]$/.test(previous)) return false;
  const firstWord = text.split(" ")[0] ?? "";
  return previous.length >= FULL_LINE && previous.length + 1 + firstWord.length > WRAP_WIDTH;
}

/** The paragraphs of a run of lines, wraps joined with a space. */
export function joinParagraphs(lines: readonly TextLine[]): Paragraph[] {
  const paragraphs: { lines: string[]; blankBefore: boolean }[] = [];
  // The paragraph's last line: read only once a paragraph exists, and set with it.
  let previous = "";
  for (const line of lines) {
    const text = cleanLine(line.text);
    if (text === "") continue;
    const current = paragraphs[paragraphs.length - 1];
    if (current && continuesParagraph(previous, { ...line, text })) {
      current.lines.push(text);
    } else {
      paragraphs.push({ lines: [text], blankBefore: line.blankBefore });
    }
    previous = text;
  }
  return paragraphs.map((p) => ({ text: paragraphText(p.lines.join(" ")), blankBefore: p.blankBefore }));
}

/** Paragraphs grouped where a blank line stands between them. */
export function groupParagraphs(paragraphs: readonly Paragraph[]): string[][] {
  const groups: string[][] = [];
  for (const p of paragraphs) {
    const current = groups[groups.length - 1];
    if (current && !p.blankBefore) current.push(p.text);
    else groups.push([p.text]);
  }
  return groups;
}
