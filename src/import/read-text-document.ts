/**
 * The plan document exported as text (like `seed/atgardsplan-skarholmen.txt`) → blocks.
 *
 * Each table row of the Word file comes out as its label followed by the value, on the same
 * line or below it, wrapped into short lines. Where the export put two labels first and
 * their values after both ("Beskrivning och syfte", "Mätbara mål", then the description,
 * then the goal), the values are handed out from the end: each later label takes one
 * paragraph group (paragraphs separated by a blank line), the first label takes the rest.
 * A label followed by a colon inside running text ("Mötesfrekvens: varje vecka.") is text
 * when the same label stands as a real label later in the section.
 */
import type { FieldBlock, PlanBlock, PlanDocument } from "./plan-document";
import { groupParagraphs, joinParagraphs, type TextLine } from "./text-paragraphs";
import { afterHeading, headingTitle, isHeading, NO_HEADING, type HeadingState } from "./text-headings";
import { tokenizeText, type TextToken } from "./text-tokens";
import { normalizeHeader } from "../plan";

type Token = TextToken;
type LabelToken = Extract<Token, { kind: "label" }>;

/** Labels with a colon that are running text: a later label of the same name follows in the section. */
function demoteRunningLabels(tokens: readonly Token[]): Token[] {
  return tokens.map((token, i) => {
    if (token.kind !== "label") return token;
    if (!token.colon) return token;
    const key = normalizeHeader(token.label);
    for (const later of tokens.slice(i + 1)) {
      if (later.kind === "heading") break;
      if (later.kind === "label" && normalizeHeader(later.label) === key) {
        return { kind: "text", text: token.line, indented: false };
      }
    }
    return token;
  });
}

/** Hands out the paragraphs that follow a run of labels (see the file comment). */
function distribute(labels: readonly LabelToken[], lines: readonly TextLine[]): FieldBlock[] {
  const groups = groupParagraphs(joinParagraphs(lines));
  // From the last label back to the second, each takes the last group left (while any is).
  const later = labels.slice(1).map(() => groups.pop() ?? []);
  const shares = [groups.flat(), ...later.reverse()];
  return labels.map((l, i) => ({ kind: "field", label: l.label, paragraphs: shares[i] ?? [] }));
}

export function readTextDocument(text: string): PlanDocument {
  const tokens = demoteRunningLabels(tokenizeText(text));
  const blocks: PlanBlock[] = [];
  const furniture: string[] = [];
  let pending: LabelToken[] = [];
  let lines: TextLine[] = [];
  let blank = false;
  let headings: HeadingState = NO_HEADING;

  const flush = () => {
    if (pending.length > 0) blocks.push(...distribute(pending, lines));
    else if (lines.length > 0)
      blocks.push({ kind: "text", paragraphs: joinParagraphs(lines).map((p) => p.text) });
    pending = [];
    lines = [];
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind === "blank") blank = true;
    else if (token.kind === "furniture") furniture.push(token.text);
    else if (token.kind === "text") {
      lines.push({ text: token.text, indented: token.indented, blankBefore: blank });
      blank = false;
    } else if (token.kind === "heading") {
      const { title, next } = headingTitle(tokens, i + 1, token.title);
      if (!isHeading(token, tokens, next, headings)) {
        lines.push({ text: token.line, indented: false, blankBefore: blank });
        blank = false;
        continue;
      }
      flush();
      blocks.push({ kind: "heading", level: token.level, nr: token.nr, title });
      headings = afterHeading(token);
      i = next - 1;
    } else {
      // A label. Labels before it keep waiting for text only while their values are empty.
      if (lines.length > 0 || token.rest !== "") flush();
      pending.push(token);
      headings = { ...headings, inSection: true };
      if (token.rest !== "") lines.push({ text: token.rest, indented: false, blankBefore: false });
      blank = false;
    }
  }
  flush();
  return { blocks, furniture };
}
