/**
 * Cells written into a worksheet part in place (sheet-rows.ts, worksheet-editor.ts), on the
 * follow-up sheet as Excel and as LibreOffice write it, and on the XML's awkward corners: a
 * prefixed part, an empty `<sheetData/>`, an empty row element, rows without numbers,
 * comments and `>` inside attribute values. What the edit did not write stays byte for byte.
 */
import { describe, expect, it } from "vitest";
import { cellXml } from "../../../src/xlsx/package/cell-xml";
import { cellReference, patchCells, readCells, type CellPatch } from "../../../src/xlsx/package/sheet-rows";
import { WorksheetEditor } from "../../../src/xlsx/package/worksheet-editor";
import { hasSoffice, loadRealParts, type Parts } from "./real-parts";

function text(row: number, column: number, value: string, prefix = ""): CellPatch {
  const xml = cellXml(prefix, cellReference(row, column), value, null, false);
  return { row, column, build: () => xml };
}

/** Writes the patches and returns the new XML. */
function written(xml: string, patches: readonly CellPatch[]): string {
  const editor = new WorksheetEditor(xml);
  patchCells(editor, patches);
  return editor.toString();
}

/** The XML with every inserted piece taken out again: it must be the original. */
function withoutInserted(after: string, inserted: readonly string[]): string {
  return inserted.reduce((xml, piece) => xml.replace(piece, ""), after);
}

const parts = loadRealParts();

describe("patchCells on the follow-up sheet", () => {
  it("adds a row after Excel's last row and leaves every other byte", async () => {
    const xml = await parts.excel("xl/worksheets/sheet6.xml");
    const after = written(xml, [text(5, 1, "1.2"), text(5, 3, "T2")]);
    const row =
      '<row r="5"><c r="A5" t="inlineStr"><is><t>1.2</t></is></c><c r="C5" t="inlineStr"><is><t>T2</t></is></c></row>';
    expect(after).toContain(`</row>${row}</sheetData>`);
    expect(withoutInserted(after, [row])).toBe(xml);
  });

  it("puts cells into an existing row before a cell further right, and widens its spans", async () => {
    const xml = await parts.excel("xl/worksheets/sheet6.xml");
    expect(xml).toContain('<row r="4" spans="11:11" x14ac:dyDescent="0.25"><c r="K4"');
    const after = written(xml, [text(4, 1, "1.1"), text(4, 3, "T2")]);
    expect(after).toContain(
      '<row r="4" spans="1:11" x14ac:dyDescent="0.25"><c r="A4" t="inlineStr"><is><t>1.1</t></is></c><c r="C4" t="inlineStr"><is><t>T2</t></is></c><c r="K4"',
    );
  });

  it("replaces an empty cell, keeping what reads the rest of the row", async () => {
    const xml = await parts.excel("xl/worksheets/sheet6.xml");
    const before = readCells(new WorksheetEditor(xml), { first: 2, last: 2 }, { left: 1, right: 9 });
    expect(before.get("E2")).toBeUndefined();
    const after = written(xml, [text(2, 5, "Kommentar")]);
    const cells = readCells(new WorksheetEditor(after), { first: 2, last: 2 }, { left: 1, right: 9 });
    expect([...cells.keys()]).toEqual(["A2", "B2", "C2", "D2", "E2", "F2", "G2"]);
    expect(cells.get("E2")?.empty).toBe(false);
  });

  it.skipIf(!hasSoffice)("writes into LibreOffice's sheet, whose rows carry every attribute", async () => {
    const xml = await (parts.libreOffice as Parts)("xl/worksheets/sheet6.xml");
    const after = written(xml, [text(5, 1, "1.2")]);
    const row = '<row r="5"><c r="A5" t="inlineStr"><is><t>1.2</t></is></c></row>';
    expect(withoutInserted(after, [row])).toBe(xml);
    expect(after.indexOf(row)).toBeGreaterThan(after.indexOf('<row r="4"'));
  });
});

describe("patchCells on the XML's corners", () => {
  const root = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

  it("writes with the part's prefix", () => {
    const xml = `${root}<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(written(xml, [text(2, 1, "ny", "x:")])).toBe(
      `${root}<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>ny</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
    );
  });

  it("opens an empty sheetData and an empty row element", () => {
    const empty = '<worksheet xmlns="m"><sheetData/></worksheet>';
    expect(written(empty, [text(1, 1, "a")])).toBe(
      '<worksheet xmlns="m"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row></sheetData></worksheet>',
    );
    const blank =
      '<worksheet xmlns="m"><sheetData><row r="3" ht="20" customHeight="1"/></sheetData></worksheet>';
    expect(written(blank, [text(3, 2, "b")])).toBe(
      '<worksheet xmlns="m"><sheetData><row r="3" ht="20" customHeight="1"><c r="B3" t="inlineStr"><is><t>b</t></is></c></row></sheetData></worksheet>',
    );
  });

  it("counts rows and cells without numbers from the ones before", () => {
    const xml =
      '<worksheet xmlns="m"><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData></worksheet>';
    const cells = readCells(new WorksheetEditor(xml), { first: 1, last: 2 }, { left: 1, right: 3 });
    expect([...cells.keys()]).toEqual(["A1", "B1", "A2"]);
    expect(written(xml, [text(2, 2, "x")])).toContain('<row><c><v>3</v></c><c r="B2" t="inlineStr">');
  });

  it("is not misled by comments, CDATA and > in attribute values", () => {
    const xml =
      '<worksheet xmlns="m"><!-- <sheetData> --><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[</row>]]></t></is></c></row>' +
      '<row r="2" x:note="a>b" xmlns:x="n"><c r="A2"><v>2</v></c></row></sheetData></worksheet>';
    const after = written(xml, [text(2, 2, "ny")]);
    expect(after).toContain(
      '<c r="A2"><v>2</v></c><c r="B2" t="inlineStr"><is><t>ny</t></is></c></row></sheetData>',
    );
    expect(after).toContain("<![CDATA[</row>]]>");
  });
});
