/** Text lines for the tests of joinParagraphs, and what it makes of them. */
import { joinParagraphs, type TextLine } from "../../src/import/text-paragraphs";

export const line = (text: string, more: Partial<TextLine> = {}): TextLine => ({
  text,
  indented: false,
  blankBefore: false,
  ...more,
});

export const texts = (lines: TextLine[]): string[] => joinParagraphs(lines).map((p) => p.text);
