import { describe, expect, it } from "vitest";
import { sectionDocument } from "../../src/import/plan-sections";
import { field, heading, text } from "./plan-blocks";

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

  it("follows typed numbers: an unnumbered activity takes the next number after the last typed one", () => {
    const { sections } = sectionDocument([
      heading(1, "1", "Ett"),
      heading(2, "1.3", "A"),
      heading(2, null, "B"),
      heading(2, "2.1", "C"),
      heading(2, null, "D"),
    ]);
    expect(sections.map((s) => `${s.nr} ${s.title}`)).toEqual(["1 Ett", "1.3 A", "1.4 B", "2.1 C", "2.2 D"]);
  });

  it("puts labelled rows before the first heading in the introduction, label and value on one line", () => {
    const { intro, sections } = sectionDocument([
      text("Åtgärdsplan"),
      field("Inledning"),
      field("Syfte", "Minska", "brottsligheten."),
      heading(1, "1", "Område"),
    ]);
    expect(intro).toEqual(["Åtgärdsplan", "Inledning", "Syfte Minska brottsligheten."]);
    expect(sections.map((s) => s.nr)).toEqual(["1"]);
  });

  it("keeps two sections with rows under the same number (the plan's own mistake, not a table of contents)", () => {
    const { sections } = sectionDocument([
      heading(1, "1", "Område"),
      field("Lägesbild", "Oro."),
      heading(2, "1.1", "Första"),
      field("Löptid", "Tillsvidare"),
      heading(2, "1.1", "Andra"),
      field("Löptid", "2026"),
    ]);
    expect(sections.map((s) => `${s.nr} ${s.title}`)).toEqual(["1 Område", "1.1 Första", "1.1 Andra"]);
  });

  it("gives the loose text after a dropped contents entry to the section before it", () => {
    const { intro, sections } = sectionDocument([
      text("Åtgärdsplan"),
      heading(1, "1", "Område"),
      field("Lägesbild", "Oro."),
      heading(2, "1.1", "Aktivitet"),
      text("Text utan rubrik"),
      heading(2, "1.1", "Aktivitet"),
      field("Löptid", "Tillsvidare"),
    ]);
    expect(intro).toEqual(["Åtgärdsplan"]);
    expect(sections.map((s) => [s.nr, s.loose])).toEqual([
      ["1", ["Text utan rubrik"]],
      ["1.1", []],
    ]);
  });
});
