import { describe, expect, it } from "vitest";
import { describeUnplaced, excerpt } from "../../src/import";

describe("excerpt", () => {
  it.each([
    [
      "runs of white space become one space, none at the ends",
      "  Budget:\n  50 000\tkr  ",
      120,
      "Budget: 50 000 kr",
    ],
    ["text exactly as long as the limit stays whole", "12345", 5, "12345"],
    [
      "longer text is cut before the limit, without a space before the ellipsis",
      "abcd efgh ijkl",
      6,
      "abcd…",
    ],
  ])("%s", (_what, text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
  });
});

describe("describeUnplaced", () => {
  it("says where the text stood, why it has no place and what it says, on one line", () => {
    const item = {
      where: "Aktivitet 1.1",
      reason: 'okänd rubrik "Budget"',
      text: "50 000 kr\nför hela året",
    };
    expect(describeUnplaced(item)).toBe('Aktivitet 1.1: okänd rubrik "Budget": "50 000 kr för hela året"');
  });

  it("shortens the text to 120 characters, the ellipsis included", () => {
    const item = { where: "Inledningen", reason: "text utan rubrik", text: "ord ".repeat(50) };
    expect(describeUnplaced(item)).toBe(`Inledningen: text utan rubrik: "${"ord ".repeat(29)}ord…"`);
  });
});
