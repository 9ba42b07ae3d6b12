import { describe, expect, it } from "vitest";
import { MAX_CELL_TEXT, fitCellText } from "../../src/plan/excel-limits";

/** Its length and its last characters: a failure then prints no 32 767 characters. */
const ending = (text: string) => ({ length: text.length, end: text.slice(-4) });

describe("fitCellText", () => {
  it("leaves text that fits a cell as it is, up to the last character", () => {
    const full = "a".repeat(MAX_CELL_TEXT - 1) + "b";

    expect(fitCellText(full) === full).toBe(true);
    expect(fitCellText("Kort")).toBe("Kort");
  });

  it("cuts longer text to what a cell holds, ending in …", () => {
    const cut = fitCellText("a".repeat(MAX_CELL_TEXT - 3) + "bcde");

    expect(ending(cut)).toEqual({ length: MAX_CELL_TEXT, end: "abc…" });
    expect(cut.startsWith("a".repeat(MAX_CELL_TEXT - 3))).toBe(true);
  });

  // Each is two UTF-16 units: U+10000 and U+10FFFF are the first and last such.
  it.each(["😀", "\u{10000}", "\u{10FFFF}"])("never splits %s where it cuts", (pair) => {
    // The first of its two units is where the kept text would end.
    const cut = fitCellText("a".repeat(MAX_CELL_TEXT - 2) + pair + "bcd");

    expect(ending(cut)).toEqual({ length: MAX_CELL_TEXT - 1, end: "aaa…" });
  });

  it("keeps a whole surrogate pair that ends where it cuts", () => {
    const cut = fitCellText("a".repeat(MAX_CELL_TEXT - 3) + "😀" + "bcd");

    expect(ending(cut)).toEqual({ length: MAX_CELL_TEXT, end: "a😀…" });
  });
});
