/** loadCostOf: what reading a worksheet part costs, counted exactly, however large the part. */
import { describe, expect, it } from "vitest";
import { loadCostOf } from "../../src/xlsx/load-cost";

const bytes = (xml: string) => new TextEncoder().encode(xml);

describe("loadCostOf", () => {
  it("counts every row and cell, with any prefix, and not other elements", () => {
    const xml =
      '<x:worksheet xmlns:x="m"><x:cols><x:col min="1" max="2"/></x:cols><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1"/></x:row>' +
      '<x:row r="2"/></x:sheetData></x:worksheet>';
    expect(loadCostOf(bytes(xml))).toBe(4);
  });

  it("counts the cells of merged ranges and of small drop-down lists, not of large ones", () => {
    const xml =
      '<worksheet><sheetData/><mergeCells count="1"><mergeCell ref="A1:C10"/></mergeCells>' +
      '<dataValidations count="2"><dataValidation type="list" sqref="D2:D101 F1"/><dataValidation type="list" sqref="E1:E1048576"/></dataValidations></worksheet>';
    expect(loadCostOf(bytes(xml))).toBe(30 + 101);
  });

  it("counts a part of many megabytes exactly, across the pieces it is read in", () => {
    const rows: string[] = [];
    for (let r = 1; r <= 80_000; r++) {
      rows.push(
        `<row r="${r}" spans="1:5"><c r="A${r}" t="s"><v>${r}</v></c><c r="B${r}"><v>${r * 2}</v></c><c r="C${r}" s="1"/></row>`,
      );
    }
    const data = bytes(`<worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`);
    expect(data.length).toBeGreaterThan(8 * 1024 * 1024);
    expect(loadCostOf(data)).toBe(80_000 * 4);
  });
});
