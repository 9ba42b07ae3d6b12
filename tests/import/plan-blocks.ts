/** Plan document blocks for the import's tests, built in a line. */
import type { FieldBlock, HeadingBlock, TextBlock } from "../../src/import/plan-document";

export const heading = (level: 1 | 2, nr: string | null, title: string): HeadingBlock => ({
  kind: "heading",
  level,
  nr,
  title,
});
export const field = (label: string, ...paragraphs: string[]): FieldBlock => ({
  kind: "field",
  label,
  paragraphs,
});
export const text = (...paragraphs: string[]): TextBlock => ({ kind: "text", paragraphs });
