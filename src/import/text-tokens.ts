/**
 * The exported text's lines, classified: blank, page furniture, a numbered heading, a
 * labelled line ("Löptid Tillsvidare", the label possibly wrapped over two lines) or text.
 */
import { cleanLine, parseHeading } from "./plan-document";
import { isPageFurniture } from "./page-furniture";
import { KNOWN_LABELS } from "./plan-labels";

export type TextToken =
  | { readonly kind: "blank" }
  | { readonly kind: "furniture"; readonly text: string }
  | {
      readonly kind: "heading";
      readonly level: 1 | 2;
      readonly nr: string;
      readonly title: string;
      /** The line as written, for when the numbered line turns out to be a list item. */
      readonly line: string;
    }
  | {
      readonly kind: "label";
      readonly label: string;
      /** The value's start on the label's own line ("" when the value starts below). */
      readonly rest: string;
      /** The label was followed by a colon ("Mötesfrekvens: varje vecka"). */
      readonly colon: boolean;
      /** The whole line as written, for when the label turns out to be running text. */
      readonly line: string;
    }
  | { readonly kind: "text"; readonly text: string; readonly indented: boolean };

interface LabelMatch {
  readonly label: string;
  readonly rest: string;
  readonly colon: boolean;
}

/** The known label a line starts with (the longest one), and the rest of the line. */
export function matchLabel(line: string): LabelMatch | null {
  // Labels are capitalised: "lägesbild" at the start of a line is a wrapped value.
  if (!/^\p{Lu}/u.test(line)) return null;
  const lower = line.toLocaleLowerCase("sv-SE");
  for (const known of KNOWN_LABELS) {
    if (!lower.startsWith(known.key)) continue;
    const after = line.slice(known.key.length);
    if (after !== "" && !/^[\s:]/.test(after)) continue;
    const colon = /^\s*:/.test(after);
    return { label: line.slice(0, known.key.length), rest: after.replace(/^\s*:?\s*/, ""), colon };
  }
  return null;
}

/** Whether the line is the first part of a known label ("Stadsdelsförvaltningens övriga"). */
function startsLabel(line: string): boolean {
  const lower = `${line.toLocaleLowerCase("sv-SE")} `;
  return KNOWN_LABELS.some((known) => known.key.startsWith(lower));
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (lines[i] === "") i++; // past the end lines[i] is undefined
  return i;
}

/** Tokens of the exported text, one per line (a wrapped label takes two). */
export function tokenizeText(text: string): TextToken[] {
  const raw = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n|\f/);
  const lines = raw.map((line) => cleanLine(line.replace(/[\u200b\u00ad]/g, "")));
  const tokens: TextToken[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line === "") {
      tokens.push({ kind: "blank" });
      continue;
    }
    if (isPageFurniture(line)) {
      tokens.push({ kind: "furniture", text: line });
      continue;
    }
    const heading = parseHeading(line);
    if (heading) {
      tokens.push({ kind: "heading", ...heading, line });
      continue;
    }
    const label = matchLabel(line);
    if (label) {
      tokens.push({ kind: "label", ...label, line });
      continue;
    }
    if (startsLabel(line)) {
      const next = nextNonBlank(lines, i + 1);
      // The line alone matched no label, so a label the joined lines start with is longer than it.
      const joined = matchLabel(`${line} ${lines[next] ?? ""}`);
      if (joined) {
        tokens.push({ kind: "label", ...joined, line: `${line} ${lines[next] ?? ""}` });
        i = next;
        continue;
      }
    }
    tokens.push({ kind: "text", text: line, indented: /^[ \t\u00a0]/.test(raw[i] ?? "") });
  }
  return tokens;
}
