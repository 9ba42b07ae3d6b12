import { describe, expect, it } from "vitest";
import type { PlanBlock } from "../../src/import";
import { sectionDocument } from "../../src/import/plan-sections";

const heading = (level: 1 | 2, nr: string | null, title: string): PlanBlock => ({
  kind: "heading",
  level,
  nr,
  title,
});
const field = (label: string, ...paragraphs: string[]): PlanBlock => ({ kind: "field", label, paragraphs });
const text = (...paragraphs: string[]): PlanBlock => ({ kind: "text", paragraphs });

describe("sectionDocument", () => {
  it("drops table-of-contents entries and keeps the text after them in the introduction", () => {
    const { intro, sections } = sectionDocument([
      text("Åtgärdsplan"),
      heading(1, "1", "Område"),
      heading(2, "1.1", "Aktivitet"),
      text("Uppföljning av aktiviteter"),
      heading(1, "1", "Område"),
      field("Lägesbild", "Oro."),
      heading(2, "1.1", "Aktivitet"),
      field("Löptid", "Tillsvidare"),
    ]);
    expect(intro).toEqual(["Åtgärdsplan", "Uppföljning av aktiviteter"]);
    expect(sections.map((s) => [s.nr, s.fields.length])).toEqual([
      ["1", 1],
      ["1.1", 1],
    ]);
  });

  it("keeps a heading with no rows when its number does not come again", () => {
    const { sections } = sectionDocument([heading(1, "1", "Område"), heading(2, "1.1", "Tom aktivitet")]);
    expect(sections.map((s) => s.nr)).toEqual(["1", "1.1"]);
  });

  it("numbers headings that Word numbers, activities from 1 under each area", () => {
    const { sections } = sectionDocument([
      heading(1, null, "Ett"),
      heading(2, null, "A"),
      heading(2, null, "B"),
      heading(1, null, "Två"),
      heading(2, null, "C"),
    ]);
    expect(sections.map((s) => `${s.nr} ${s.title}`)).toEqual(["1 Ett", "1.1 A", "1.2 B", "2 Två", "2.1 C"]);
  });
});
