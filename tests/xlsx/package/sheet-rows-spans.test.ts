/**
 * A row's `spans` attribute is a whitespace-separated list of `first:last` column pairs; XML
 * lets that list start with, end with or hold runs of whitespace. Widening it for the cells
 * written (sheet-rows.ts) must read it as such and never write column 0 or NaN.
 */
import { describe, expect, it } from "vitest";
import { cellXml } from "../../../src/xlsx/package/cell-xml";
import { cellReference, patchCells, type CellPatch } from "../../../src/xlsx/package/sheet-rows";
import { WorksheetEditor } from "../../../src/xlsx/package/worksheet-editor";

function text(row: number, column: number, value: string): CellPatch {
  const xml = cellXml("", cellReference(row, column), value, null, false);
  return { row, column, build: () => xml };
}

/** The start tag of row 1 after writing `value` into `column` of a row with `spans`. */
function rowTagAfter(spans: string, column: number): string {
  const editor = new WorksheetEditor(
    `<worksheet xmlns="m"><sheetData><row r="1" spans="${spans}"><c r="B1"><v>1</v></c></row></sheetData></worksheet>`,
  );
  patchCells(editor, [text(1, column, "ny")]);
  return /<row [^>]*>/.exec(editor.toString())?.[0] ?? "";
}

describe("widening a row's spans", () => {
  it.each([
    ["2:3", 5, '<row r="1" spans="2:5">'],
    [" 2:3", 5, '<row r="1" spans="2:5">'],
    ["2:3 ", 1, '<row r="1" spans="1:3">'],
    ["2:3  6:8", 10, '<row r="1" spans="2:10">'],
    ["2:3\t6:8", 1, '<row r="1" spans="1:8">'],
    ["2:11", 12, '<row r="1" spans="2:12">'],
    ["", 4, '<row r="1" spans="4:4">'],
    ["x:y", 4, '<row r="1" spans="4:4">'],
  ])("spans=%j and a cell in column %i give %s", (spans, column, tag) => {
    expect(rowTagAfter(spans, column)).toBe(tag);
  });

  it.each([" 2:3", "2:3  6:8", "2:3 "])("leaves spans=%j as it is when the cell is inside it", (spans) => {
    expect(rowTagAfter(spans, 3)).toBe(`<row r="1" spans="${spans}">`);
  });
});
