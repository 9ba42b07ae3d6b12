import { describe, expect, it } from "vitest";
import { cellText, tableRow } from "../../src/import/table-row";
import { AREAS_TABLE } from "../../src/plan";

describe("tableRow", () => {
  it("writes the values in the contract's column order, with null for the columns not given", () => {
    expect(tableRow(AREAS_TABLE, { name: "Trygghet i centrum", nr: "1", situation: undefined })).toEqual([
      "1",
      "Trygghet i centrum",
      null,
      null,
      null,
    ]);
  });

  it("refuses a key that is not one of the table's columns, rather than drop its value", () => {
    expect(() => tableRow(AREAS_TABLE, { nr: "1", budget: "50 000 kr" })).toThrow(
      new Error("Unknown column Omraden.budget"),
    );
  });
});

describe("cellText", () => {
  it.each([
    ["no paragraphs", undefined, null],
    ["an empty list", [], null],
    ["blank paragraphs", ["", "  "], null],
    [
      "paragraphs on their own lines, blank ones around them dropped",
      ["", "Rad ett", "Rad två", " "],
      "Rad ett\nRad två",
    ],
  ])("makes one cell of %s", (_what, paragraphs, expected) => {
    expect(cellText(paragraphs)).toBe(expected);
  });
});
