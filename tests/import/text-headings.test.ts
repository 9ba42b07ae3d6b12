import { describe, expect, it } from "vitest";
import {
  afterHeading,
  headingTitle,
  isHeading,
  NO_HEADING,
  type HeadingState,
} from "../../src/import/text-headings";
import { tokenizeText, type TextToken } from "../../src/import/text-tokens";

type HeadingToken = Extract<TextToken, { kind: "heading" }>;

/** The tokens of the lines, the first of which must be a numbered heading. */
function headed(lines: readonly string[]): { heading: HeadingToken; tokens: TextToken[] } {
  const tokens = tokenizeText(lines.join("\n"));
  const heading = tokens[0];
  if (heading?.kind !== "heading") throw new Error(`no heading first: ${JSON.stringify(heading)}`);
  return { heading, tokens };
}

const inSection = (area: number, activity: number): HeadingState => ({ area, activity, inSection: true });

describe("headingTitle", () => {
  it.each<[string, readonly string[], { title: string; next: number }]>([
    ["a heading at the end of the text", ["2. Trygghet i skolan"], { title: "Trygghet i skolan", next: 1 }],
    [
      "a heading followed by a capitalised sentence",
      ["1.1 Platssamverkan Vårberg", "Arbetet samordnas av polisen."],
      { title: "Platssamverkan Vårberg", next: 1 },
    ],
    [
      "a title with a comma inside, followed by a capitalised sentence",
      ["2.1 Trygghet, studiero och skolmiljö", "Skolan ansvarar för arbetet."],
      { title: "Trygghet, studiero och skolmiljö", next: 1 },
    ],
    [
      "a title that ends with a comma",
      ["2.1 Trygghet, studiero,", "Skolmiljö"],
      { title: "Trygghet, studiero, Skolmiljö", next: 2 },
    ],
    [
      "a title that ends with a hyphen",
      ["2.2 Brotts-", "Och drogförebyggande arbete"],
      { title: "Brotts- Och drogförebyggande arbete", next: 2 },
    ],
    [
      "an open parenthesis continued by a capitalised word",
      ["1.2 Samverkan (Polisen och", "Skolan)", "Arbetet samordnas av polisen."],
      { title: "Samverkan (Polisen och Skolan)", next: 2 },
    ],
    [
      "a line in lower case continues the title",
      ["1.1 Insatser för", "unga vuxna", "Arbetet samordnas av polisen."],
      { title: "Insatser för unga vuxna", next: 2 },
    ],
    [
      "a line starting with a number continues the title",
      ["1.3 Insatser för unga från", "18 år och äldre"],
      { title: "Insatser för unga från 18 år och äldre", next: 2 },
    ],
    [
      "a bare number takes its title from the next line",
      ["1.2", "Platssamverkan Vårberg", "Arbetet samordnas av polisen."],
      { title: "Platssamverkan Vårberg", next: 2 },
    ],
    [
      "a title wrapped across a page break",
      ["3.2 Sociala insatsgrupper unga vuxna (från", "", "Bilaga 7.1", "Diarienummer: 6 av 14", "18 år)"],
      { title: "Sociala insatsgrupper unga vuxna (från 18 år)", next: 5 },
    ],
  ])("%s", (_what, lines, expected) => {
    const { heading, tokens } = headed(lines);
    expect(headingTitle(tokens, 1, heading.title)).toEqual(expected);
  });
});

describe("isHeading", () => {
  it.each<[string, readonly string[], HeadingState, boolean]>([
    ["any numbered line before a label has been read", ["1. Trygghet", "Text om något."], NO_HEADING, true],
    [
      "a numbered line after a heading and before its labels",
      ["1.2 Samverkan", "Text om något."],
      { area: 1, activity: 1, inSection: false },
      true,
    ],
    ["a later area at the end of the text", ["2. Trygghet"], inSection(1, 1), true],
    ["an earlier area at the end of the text", ["1. Trygghet"], inSection(2, 1), false],
    ["a later activity followed by a heading", ["1.2 Samverkan", "1.3 Nattvandring"], inSection(1, 1), true],
    [
      "a later activity followed by text (a list item)",
      ["1.2 Samverkan", "Text om något."],
      inSection(1, 1),
      false,
    ],
    [
      "a later area followed by text (a list item)",
      ["2. Samverkan", "Text om något."],
      inSection(1, 1),
      false,
    ],
    [
      "a later area followed by an area label",
      ["2. Trygghet", "Lägesbild Oro i centrum"],
      inSection(1, 1),
      true,
    ],
    [
      "an activity followed by an area label",
      ["1.2 Trygghet", "Lägesbild Oro i centrum"],
      inSection(1, 1),
      false,
    ],
    ["an area followed by an activity label", ["2. Trygghet", "Löptid Tillsvidare"], inSection(1, 1), false],
    [
      "a later activity followed by its label",
      ["1.3 Nattvandring", "Löptid Tillsvidare"],
      inSection(1, 2),
      true,
    ],
    ["the same activity again", ["1.2 Nattvandring", "Löptid Tillsvidare"], inSection(1, 2), false],
    ["an earlier activity", ["1.1 Nattvandring", "Löptid Tillsvidare"], inSection(1, 2), false],
    ["an activity of an earlier area", ["1.3 Nattvandring", "Löptid Tillsvidare"], inSection(2, 1), false],
    ["an activity of a later area", ["3.1 Nattvandring", "Löptid Tillsvidare"], inSection(2, 4), true],
    ["the same area again", ["2. Trygghet", "Lägesbild Oro i centrum"], inSection(2, 1), false],
    [
      "a later area whose label comes after a page break",
      ["2. Trygghet", "", "Bilaga 7.1", "Lägesbild Oro i centrum"],
      inSection(1, 1),
      true,
    ],
  ])("%s", (_what, lines, state, expected) => {
    const { heading, tokens } = headed(lines);
    const { next } = headingTitle(tokens, 1, heading.title);
    expect(isHeading(heading, tokens, next, state)).toBe(expected);
  });
});

describe("afterHeading", () => {
  it.each<[string, HeadingState]>([
    ["2. Trygghet", { area: 2, activity: 0, inSection: false }],
    ["1.3 Nattvandring", { area: 1, activity: 3, inSection: false }],
  ])("%s", (line, expected) => {
    expect(afterHeading(headed([line]).heading)).toEqual(expected);
  });
});
