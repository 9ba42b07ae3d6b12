/**
 * Where joinParagraphs breaks and where it joins: list items after a line that would
 * otherwise continue, the width a wrapped line fills, and paragraphs grouped by blank lines.
 */
import { describe, expect, it } from "vitest";
import { groupParagraphs, joinParagraphs } from "../../src/import/text-paragraphs";
import { line, texts } from "./text-lines";

/** 36 characters, the shortest line taken for a full (wrapped) one. */
const FULL = "Trygghetsvandringar görs tillsammans";

describe("joinParagraphs: list items", () => {
  it.each([
    ["• Fånga upp oroande frågor"],
    ["– Besluta och agera"],
    ["- Besluta och agera"],
    ["1. Minska brottsligheten"],
    ["10. Öka tryggheten"],
    ["3) Ge stöd"],
    ["(1) Minska brottsligheten"],
    ["(12) Ge stöd"],
  ])("starts a new paragraph at '%s' even after a line ending with 'att'", (item) => {
    expect(texts([line("Mötena syftar till att"), line(item)])).toEqual(["Mötena syftar till att", item]);
  });

  it.each([
    ["Samverkan sker varje vecka och", "gymnasieskolor – främst i Vårberg"],
    ["Uppföljning sker mellan vecka 3 och", "vecka 12. Därefter följs arbetet upp"],
  ])("continues '%s' with '%s': a dash or number inside a line is no list item", (previous, next) => {
    expect(texts([line(previous), line(next)])).toEqual([`${previous} ${next}`]);
  });

  it("continues a short line that ends with a word a sentence does not end on", () => {
    expect(texts([line("Samverkan med polisen och"), line("Stadsdelsförvaltningen")])).toEqual([
      "Samverkan med polisen och Stadsdelsförvaltningen",
    ]);
  });
});

describe("joinParagraphs: wrapped lines", () => {
  it.each([
    // 36 + 1 + 9 = 46 > 44: "Fryshuset" did not fit, the line was wrapped.
    [FULL, "Fryshuset deltar.", true],
    // 36 + 1 + 7 = 44: "Polisen" would have fitted, so the line ended a paragraph.
    [FULL, "Polisen deltar.", false],
    // 41 + 1 + 2 = 44: a short word that would have fitted.
    ["I Skärholmens stadsdelsområde är områdena", "Bo tryggt.", false],
    // A digit inside the line does not end a paragraph; only a line ending in one does.
    ["Under 2024 genomfördes trygghetsvandringar tillsammans", "Stockholmshem och polisen.", true],
    ["Trygghetsvandringar i Vårberg genomförs år 2024", "Stockholmshem och polisen.", false],
  ])("after '%s' reads '%s' as a wrap: %s", (previous, next, joined) => {
    expect(texts([line(previous), line(next)])).toEqual(joined ? [`${previous} ${next}`] : [previous, next]);
  });

  it("starts the first paragraph with the first line even when it starts in lower case", () => {
    expect(texts([line("vid behov oftare."), line("Varje vecka.", { blankBefore: true })])).toEqual([
      "vid behov oftare.",
      "Varje vecka.",
    ]);
  });

  it("skips a line that is empty once its spaces are folded", () => {
    expect(
      joinParagraphs([line("Löptid"), line(" \u00a0 ", { blankBefore: true }), line("Tillsvidare")]),
    ).toEqual([
      { text: "Löptid", blankBefore: false },
      { text: "Tillsvidare", blankBefore: false },
    ]);
  });
});

describe("groupParagraphs", () => {
  it("keeps paragraphs without a blank line between them in one group", () => {
    expect(
      groupParagraphs([
        { text: "Syftet är att öka tryggheten.", blankBefore: false },
        { text: "Trygghetsmätning.", blankBefore: true },
        { text: "Antal trygghetsvandringar.", blankBefore: false },
        { text: "Antal möten.", blankBefore: false },
        { text: "Löptid.", blankBefore: true },
      ]),
    ).toEqual([
      ["Syftet är att öka tryggheten."],
      ["Trygghetsmätning.", "Antal trygghetsvandringar.", "Antal möten."],
      ["Löptid."],
    ]);
  });
});
