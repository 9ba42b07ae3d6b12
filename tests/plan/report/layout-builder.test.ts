import { describe, expect, it } from "vitest";
import { LayoutBuilder } from "../../../src/plan/report/layout-builder";

describe("LayoutBuilder", () => {
  it("writes rows from row 1, merging only cells that span columns, each covered cell in the same style", () => {
    const b = new LayoutBuilder([10, 10, 10]);
    expect(
      b.add([
        { value: "a", style: "text" },
        { value: "b", style: "header", span: 2 },
      ]),
    ).toBe(1);
    expect(b.add([{ value: 1, style: "number" }])).toBe(2);
    expect(b.build()).toEqual({
      rows: [
        {
          cells: [
            { value: "a", style: "text" },
            { value: "b", style: "header" },
            { value: null, style: "header" },
          ],
          height: null,
        },
        { cells: [{ value: 1, style: "number" }], height: null },
      ],
      merges: [{ top: 1, left: 2, bottom: 1, right: 3 }],
    });
  });

  it("makes a row tall enough for text that wraps in its own columns' width", () => {
    // Column A is wide, B narrow: 40 characters fit on one line in A (60 wide), not in B (4).
    const text = "x".repeat(40);
    const b = new LayoutBuilder([60, 4]);
    b.add([
      { value: text, style: "text" },
      { value: null, style: "text" },
    ]);
    b.add([
      { value: "", style: "text" },
      { value: text, style: "text" },
    ]);
    // 14 lines of 3 characters at 10 pt: 14 × 13 + 4 points. A number does not wrap, however long.
    b.add([
      { value: "", style: "text" },
      { value: text, style: "number" },
    ]);
    expect(b.build().rows.map((r) => r.height)).toEqual([null, 186, null]);
  });

  it("measures wrapped text by its own columns only, not the column beside them", () => {
    // Narrow A (4) beside a wide B (60): the text in A wraps at 3 characters, as in B above.
    const b = new LayoutBuilder([4, 60]);
    b.add([
      { value: "x".repeat(40), style: "text" },
      { value: null, style: "text" },
    ]);
    expect(b.build().rows.map((r) => r.height)).toEqual([186]);
  });

  it("leaves a blank row empty, with Excel's default height, between the rows around it", () => {
    const b = new LayoutBuilder([10]);
    b.add([{ value: "före", style: "text" }]);
    b.blank();
    expect(b.add([{ value: "efter", style: "text" }])).toBe(3);
    expect(b.build().rows[1]).toEqual({ cells: [], height: null });
  });

  it("leaves a row made tall for a chart empty, at the height asked for", () => {
    const b = new LayoutBuilder([10]);
    b.add([{ value: "Diagram", style: "text" }]);
    expect(b.addBlank(150)).toBe(2);
    expect(b.build().rows[1]).toEqual({ cells: [], height: 150 });
  });

  it("keeps Excel's default height for one line up to 11 pt and sets it for a larger font", () => {
    const b = new LayoutBuilder([80]);
    b.add([{ value: "Rubrik", style: "subheading" }]);
    b.add([{ value: "Titel", style: "title" }]);
    // 16 pt × 1.3 + 4, rounded up.
    expect(b.build().rows.map((r) => r.height)).toEqual([null, 25]);
  });
});
