/**
 * A sheet this tool writes whole (worksheet-writer.ts): every element in the order the file
 * format requires (Excel refuses a sheet whose elements are out of order), and nothing written
 * for what the sheet does not have.
 */
import { describe, expect, it } from "vitest";
import { worksheetXml, type WorksheetSpec } from "../../../src/xlsx/package/worksheet-writer";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const PLAIN_VIEW = '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
const FORMAT = '<sheetFormatPr defaultRowHeight="15"/>';
const MARGINS = '<pageMargins left="0.6" right="0.6" top="0.7" bottom="0.7" header="0.3" footer="0.3"/>';

/** A sheet with nothing in it, changed by `over`. */
function spec(over: Partial<WorksheetSpec> = {}): WorksheetSpec {
  return {
    columns: [],
    rows: [],
    merges: [],
    frozenRows: 0,
    lists: [],
    print: null,
    rowBreaks: [],
    drawingId: null,
    tableIds: [],
    date1904: false,
    ...over,
  };
}

const inline = (ref: string, text: string, style = "") =>
  `<c r="${ref}"${style} t="inlineStr"><is><t>${text}</t></is></c>`;

describe("worksheetXml", () => {
  it("writes an empty sheet with only what every sheet has", () => {
    expect(worksheetXml(spec())).toBe(
      `${HEAD}<dimension ref="A1"/>${PLAIN_VIEW}${FORMAT}<sheetData></sheetData>${MARGINS}</worksheet>`,
    );
  });

  it("writes every part of a report sheet in the file format's order", () => {
    const xml = worksheetXml(
      spec({
        columns: [
          { width: null, style: null },
          { width: 12.5, style: null },
          { width: null, style: 3 },
          { width: 30, style: 4 },
        ],
        rows: [
          {
            row: 2,
            height: 30,
            cells: [
              { column: 1, value: "Åtgärd", style: 5 },
              { column: 2, value: 3, style: null },
            ],
          },
          { row: 4, height: null, cells: [{ column: 4, value: "Klar", style: null }] },
        ],
        merges: [
          { top: 2, left: 1, bottom: 2, right: 3 },
          { top: 3, left: 1, bottom: 4, right: 1 },
        ],
        frozenRows: 2,
        lists: [
          {
            range: { top: 3, left: 3, bottom: 1002, right: 3 },
            values: ['Ja "helt"', "Nej", "A & B"],
            errorTitle: 'Ogiltigt "värde"',
            error: "Välj ett värde i listan.",
          },
          {
            range: { top: 3, left: 4, bottom: 3, right: 4 },
            values: ["T1", "T2"],
            errorTitle: "Fel",
            error: "<Välj>",
          },
        ],
        print: { orientation: "landscape", fitToWidth: true, footer: "Sida &P av &N" },
        rowBreaks: [12, 40],
        drawingId: "rId1",
        tableIds: ["rId2", "rId3"],
      }),
    );
    expect(xml).toBe(
      HEAD +
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
        '<dimension ref="A2:D4"/>' +
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>' +
        '<selection pane="bottomLeft" activeCell="A3" sqref="A3"/></sheetView></sheetViews>' +
        FORMAT +
        '<cols><col min="2" max="2" width="12.5" customWidth="1"/><col min="3" max="3" style="3"/>' +
        '<col min="4" max="4" width="30" customWidth="1" style="4"/></cols>' +
        '<sheetData><row r="2" ht="30" customHeight="1">' +
        inline("A2", "Åtgärd", ' s="5"') +
        '<c r="B2"><v>3</v></c></row>' +
        `<row r="4">${inline("D4", "Klar")}</row></sheetData>` +
        '<mergeCells count="2"><mergeCell ref="A2:C2"/><mergeCell ref="A3:A4"/></mergeCells>' +
        '<dataValidations count="2">' +
        '<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="Ogiltigt &quot;värde&quot;" ' +
        'error="Välj ett värde i listan." sqref="C3:C1002"><formula1>"Ja ""helt"",Nej,A &amp; B"</formula1></dataValidation>' +
        '<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="Fel" ' +
        'error="&lt;Välj&gt;" sqref="D3"><formula1>"T1,T2"</formula1></dataValidation>' +
        "</dataValidations>" +
        MARGINS +
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
        "<headerFooter><oddFooter>&amp;CSida &amp;P av &amp;N</oddFooter></headerFooter>" +
        '<rowBreaks count="2" manualBreakCount="2"><brk id="12" max="16383" man="1"/><brk id="40" max="16383" man="1"/></rowBreaks>' +
        '<drawing r:id="rId1"/>' +
        '<tableParts count="2"><tablePart r:id="rId2"/><tablePart r:id="rId3"/></tableParts>' +
        "</worksheet>",
    );
  });

  it("prints a sheet that need not fit the page width without the fit settings", () => {
    const print = { orientation: "portrait", fitToWidth: false, footer: "&P" } as const;
    expect(worksheetXml(spec({ print }))).toBe(
      `${HEAD}<dimension ref="A1"/>${PLAIN_VIEW}${FORMAT}<sheetData></sheetData>${MARGINS}` +
        '<pageSetup paperSize="9" orientation="portrait"/>' +
        "<headerFooter><oddFooter>&amp;C&amp;P</oddFooter></headerFooter></worksheet>",
    );
  });

  it.each([
    [
      "rows without cells span no cells, and default columns need no <cols>",
      spec({
        columns: [{ width: null, style: null }],
        rows: [{ row: 1, height: 20, cells: [] }],
      }),
      `<dimension ref="A1"/>${PLAIN_VIEW}${FORMAT}<sheetData><row r="1" ht="20" customHeight="1"></row></sheetData>`,
    ],
    [
      "one frozen row freezes row 1 and starts the view at A2",
      spec({
        frozenRows: 1,
        rows: [{ row: 1, height: null, cells: [{ column: 1, value: "Rubrik", style: null }] }],
      }),
      '<dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
        `<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>${FORMAT}` +
        `<sheetData><row r="1">${inline("A1", "Rubrik")}</row></sheetData>`,
    ],
  ])("%s", (_title, sheet, body) => {
    expect(worksheetXml(sheet)).toBe(`${HEAD}${body}${MARGINS}</worksheet>`);
  });
});
