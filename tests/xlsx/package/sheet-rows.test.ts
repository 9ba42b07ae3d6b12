/**
 * Cells written into a worksheet part in place (sheet-rows.ts, worksheet-editor.ts), on the
 * follow-up sheet as Excel and as LibreOffice write it, and on the XML's awkward corners: a
 * prefixed part, an empty `<sheetData/>`, an empty row element, rows without numbers,
 * comments and `>` inside attribute values. What the edit did not write stays byte for byte.
 */
import { describe, expect, it } from "vitest";
import { cellXml } from "../../../src/xlsx/package/cell-xml";
import {
  cellReference,
  patchCells,
  readCells,
  readRowStyles,
  type CellPatch,
  type ExistingCell,
} from "../../../src/xlsx/package/sheet-rows";
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

/** A worksheet part holding `rows` (row elements) in its sheetData. */
const sheet = (rows: string) => `<worksheet xmlns="m"><sheetData>${rows}</sheetData></worksheet>`;

describe("patchCells into rows and between rows that exist", () => {
  it("replaces a cell that is there, giving the patch what it held, and keeps its neighbours", () => {
    const xml = sheet(
      '<row r="2"><c r="A2"><v>1</v></c><c r="B2" s="4" t="s"><v>7</v></c><c r="C2"><v>3</v></c></row>',
    );
    const seen: (ExistingCell | null)[] = [];
    const patch: CellPatch = {
      row: 2,
      column: 2,
      build: (existing) => {
        seen.push(existing);
        return '<c r="B2" s="4"><v>9</v></c>';
      },
    };
    expect(written(xml, [patch])).toBe(
      sheet('<row r="2"><c r="A2"><v>1</v></c><c r="B2" s="4"><v>9</v></c><c r="C2"><v>3</v></c></row>'),
    );
    expect(seen).toEqual([
      { row: 2, column: 2, xml: '<c r="B2" s="4" t="s"><v>7</v></c>', style: 4, type: "s", empty: false },
    ]);
  });

  it("puts cells given in any order into a row in column order, between the cells around them", () => {
    const xml = sheet('<row r="4"><c r="B4"><v>2</v></c><c r="E4"><v>5</v></c></row>');
    expect(written(xml, [text(4, 6, "f"), text(4, 4, "d"), text(4, 3, "c"), text(4, 1, "a")])).toBe(
      sheet(
        '<row r="4"><c r="A4" t="inlineStr"><is><t>a</t></is></c><c r="B4"><v>2</v></c>' +
          '<c r="C4" t="inlineStr"><is><t>c</t></is></c><c r="D4" t="inlineStr"><is><t>d</t></is></c>' +
          '<c r="E4"><v>5</v></c><c r="F4" t="inlineStr"><is><t>f</t></is></c></row>',
      ),
    );
  });

  it("writes cells given in any order into an empty row element in column order", () => {
    const xml = sheet('<row r="3" note="a/>b"/>');
    expect(written(xml, [text(3, 3, "c"), text(3, 2, "b")])).toBe(
      sheet(
        '<row r="3" note="a/>b"><c r="B3" t="inlineStr"><is><t>b</t></is></c><c r="C3" t="inlineStr"><is><t>c</t></is></c></row>',
      ),
    );
  });

  it("puts a new cell after the row's cells but before its extLst, which is no cell", () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c><extLst><ext uri="u"/></extLst></row>');
    expect(written(xml, [text(1, 2, "b")])).toBe(
      sheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>b</t></is></c><extLst><ext uri="u"/></extLst></row>',
      ),
    );
  });

  it("widens spans to the right as well as to the left, and leaves them when the cells fit", () => {
    const xml = sheet('<row r="1" spans="2:3"><c r="B1"><v>1</v></c></row>');
    expect(written(xml, [text(1, 5, "e")])).toContain('<row r="1" spans="2:5">');
    expect(written(xml, [text(1, 3, "c")])).toContain('<row r="1" spans="2:3">');
  });

  it("keeps a spans attribute written another way (spaces, single quotes) unless it must widen", () => {
    const xml = sheet('<row r="1" spans = \'2:3\'><c r="B1"><v>1</v></c></row>');
    expect(written(xml, [text(1, 2, "b")])).toContain('<row r="1" spans = \'2:3\'><c r="B1" t="inlineStr">');
    expect(written(xml, [text(1, 3, "c")])).toContain(
      '<row r="1" spans = \'2:3\'><c r="B1"><v>1</v></c><c r="C1"',
    );
    expect(written(xml, [text(1, 5, "e")])).toContain('<row r="1" spans = "2:5">');
  });

  it("puts a new row between the rows around it, and new rows given in any order in row order", () => {
    const rows = [1, 3, 5, 8, 9].map((r) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const xml = sheet(rows.join(""));
    const row = (r: number, letter = "A") =>
      `<row r="${r}"><c r="${letter}${r}" t="inlineStr"><is><t>${r}</t></is></c></row>`;
    const after = written(xml, [
      text(11, 1, "11"),
      text(4, 1, "4"),
      text(2, 1, "2"),
      text(10, 1, "10"),
      text(7, 1, "7"),
    ]);
    expect(after).toBe(
      sheet([rows[0], row(2), rows[1], row(4), rows[2], row(7), rows[3], rows[4], row(10), row(11)].join("")),
    );
  });

  it("writes the cells of a new row in column order", () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    expect(written(xml, [text(2, 3, "c"), text(2, 1, "a")])).toContain(
      '<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="C2" t="inlineStr"><is><t>c</t></is></c></row>',
    );
  });

  it("opens an empty sheetData for several new rows", () => {
    expect(written('<worksheet xmlns="m"><sheetData/></worksheet>', [text(2, 1, "b"), text(1, 1, "a")])).toBe(
      sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>b</t></is></c></row>',
      ),
    );
  });

  it("refuses a part without sheetData, saying so", () => {
    expect(() => written('<worksheet xmlns="m"></worksheet>', [text(1, 1, "a")])).toThrow(
      "Bladet saknar <sheetData>",
    );
  });
});

describe("readCells and readRowStyles", () => {
  it("reads each cell's style, type and whether it holds anything", () => {
    const xml = sheet(
      '<row r="1"><c r="A1" s="3"/><c r="B1" t="s"><v>0</v></c><c r="C1"><f>1+1</f></c>' +
        '<c r="D1" t="inlineStr"><is><t>x</t></is></c><c r="E1" s="0" t="str"><f>A1</f><v>x</v></c>' +
        '<c r="F1" s="2"><extLst><ext uri="u"/></extLst></c></row>',
    );
    const cells = readCells(new WorksheetEditor(xml), { first: 1, last: 1 }, { left: 1, right: 6 });
    expect([...cells.values()].map(({ style, type, empty }) => ({ style, type, empty }))).toEqual([
      { style: 3, type: null, empty: true },
      { style: null, type: "s", empty: false },
      { style: null, type: null, empty: false },
      { style: null, type: "inlineStr", empty: false },
      { style: 0, type: "str", empty: false },
      { style: 2, type: null, empty: true },
    ]);
  });

  it("reads only the rows and columns asked for, from column AB on too", () => {
    const xml = sheet(
      '<row r="1"><c r="A1"><v>1</v></c></row>' +
        '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><v>3</v></c><c r="AB2"><v>28</v></c></row>' +
        '<row r="3"><c r="B3"><v>2</v></c><c r="AC3"><v>29</v></c></row>' +
        '<row r="4"><c r="B4"><v>2</v></c></row>',
    );
    const editor = new WorksheetEditor(xml);
    expect([...readCells(editor, { first: 2, last: 3 }, { left: 2, right: 28 }).keys()]).toEqual([
      "B2",
      "C2",
      "AB2",
      "B3",
    ]);
  });

  it("counts a row whose r is not a row number, and a cell whose r names no column, from the one before", () => {
    const xml = sheet(
      '<row r="2"><c r="B2"><v>1</v></c><c r="7"><v>2</v></c></row><row r="0"><c r="A3"><v>3</v></c></row>' +
        '<row r="2.5"><c r="A4"><v>4</v></c></row>',
    );
    const cells = readCells(new WorksheetEditor(xml), { first: 1, last: 9 }, { left: 1, right: 9 });
    expect([...cells.keys()]).toEqual(["B2", "C2", "A3", "A4"]);
  });

  it("gives a row's style only where the row says its format is its own (customFormat)", () => {
    const xml = sheet(
      '<row r="1" s="4" customFormat="1"/><row r="2" s="5" customFormat="true"/><row r="3" s="6"/>' +
        '<row r="4" customFormat="1"/><row r="5" s="7" customFormat="1"/><row r="6" s="8" customFormat="0"/>',
    );
    const styles = readRowStyles(new WorksheetEditor(xml), [1, 2, 3, 4, 6]);
    expect([...styles]).toEqual([
      [1, 4],
      [2, 5],
    ]);
  });
});
