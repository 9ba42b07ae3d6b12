/**
 * A table of the report document as a Word table: the report's eight-column grid, cells
 * spanning columns, the named looks of CELL_STYLES (bold and size through paragraph styles,
 * fills as cell shading), thin grey borders, header rows repeated on a new page, and rows
 * that never split. Formatting lives in styles and on the table rather than on each cell
 * and run: a report of 2,000 activities has some 60,000 cells.
 */
import { FileChild, type IParagraphStyleOptions, type IXmlableObject } from "docx";
import { CELL_STYLES, columnPoints, REPORT_COLUMN_WIDTHS, type DocCell, type TableBlock } from "../plan";
import { datePieces, hasDate, valueText } from "./docx-text";

/** The width between A4's margins in the Word document, in twips. */
export const TEXT_WIDTH_TWIPS = 11906 - 2 * 1134;

/** The grid's columns in twips, in the sheet's proportions. */
const GRID = (() => {
  const points = REPORT_COLUMN_WIDTHS.map(columnPoints);
  const total = points.reduce((a, b) => a + b, 0);
  return points.map((p) => Math.round((p / total) * TEXT_WIDTH_TWIPS));
})();

/** Cell padding left and right, in twips. */
const PADDING = 60;

/**
 * The paragraph styles of table text: a point smaller than on the sheet (which prints at
 * about 85 %), two in a dense table; bold or not; kept with the next paragraph or not (a
 * row of a block printed on one page). Each cell names one, instead of carrying these
 * settings itself.
 */
function cellStyleId(dense: boolean, bold: boolean, keep: boolean): string {
  return `Tabelltext${dense ? "Tat" : ""}${bold ? "Fet" : ""}${keep ? "Hall" : ""}`;
}

export const TABLE_STYLES: readonly IParagraphStyleOptions[] = [false, true].flatMap((dense) =>
  [false, true].flatMap((bold) =>
    [false, true].map((keep) => ({
      id: cellStyleId(dense, bold, keep),
      name: `Tabelltext${dense ? " tät" : ""}${bold ? " fet" : ""}${keep ? " hålls ihop" : ""}`,
      basedOn: "Normal",
      run: { size: dense ? 16 : 18, bold },
      paragraph: { spacing: { before: 0, after: 0 }, keepNext: keep },
    })),
  ),
);

/** About how wide a word prints, in twips: room for Calibri and for a wider stand-in such as DejaVu Sans. */
function wordTwips(word: string, bold: boolean, size: number): number {
  return Math.ceil([...word].length * size * (bold ? 0.66 : 0.6) * 20);
}

/**
 * The grid for one table: the sheet's proportions, widened where a one-column cell holds a
 * word that would otherwise break in the middle ("Rapporterade"), the width taken from
 * columns with room to spare.
 */
export function gridFor(block: TableBlock): number[] {
  const least = GRID.map(() => 0);
  for (const row of block.rows) {
    let column = 0;
    for (const cell of row) {
      if (cell.span === 1) {
        const look = CELL_STYLES[cell.style];
        const words = valueText(cell.value).split(/\s+/);
        const widest = Math.max(0, ...words.map((w) => wordTwips(w, look.bold, look.fontSize - 1)));
        least[column] = Math.max(least[column] ?? 0, widest + 2 * PADDING);
      }
      column += cell.span;
    }
  }
  const grid = GRID.map((w, i) => Math.max(w, least[i] ?? 0));
  const over = grid.reduce((a, b) => a + b, 0) - TEXT_WIDTH_TWIPS;
  const spare = grid.map((w, i) => Math.max(0, w - (least[i] ?? 0)));
  const room = spare.reduce((a, b) => a + b, 0);
  if (over <= 0 || room <= 0) return grid;
  const take = Math.min(1, over / room);
  return grid.map((w, i) => Math.round(w - (spare[i] ?? 0) * take));
}

/** Keep with next: every row, every row but the last, or none (only the header rows). */
export type KeepRows = "all" | "all-but-last" | "none";

/**
 * The table as the XML object the docx package serialises (its `IXmlableObject`), built
 * directly: its Table, TableRow and TableCell classes take several times as long for the
 * 60,000 cells of a large report.
 */
type Xml = Record<string, unknown> | string;

const val = (name: string, value: string | number): Xml => ({ [name]: { _attr: { "w:val": value } } });
const line = (name: string): Xml => ({
  [name]: { _attr: { "w:val": "single", "w:sz": 4, "w:space": 0, "w:color": "808080" } },
});
const width = (name: string, twips: number): Xml => ({
  [name]: { _attr: { "w:type": "dxa", "w:w": twips } },
});

/** A run's text, dates with non-breaking hyphens. */
function runs(text: string): Xml[] {
  const t = (piece: string): Xml => ({ "w:t": [{ _attr: { "xml:space": "preserve" } }, piece] });
  if (!hasDate(text)) return [{ "w:r": [t(text)] }];
  return [{ "w:r": datePieces(text).map((piece) => (piece === "-" ? { "w:noBreakHyphen": {} } : t(piece))) }];
}

function cellXml(cell: DocCell, twips: number, style: string): Xml {
  const look = CELL_STYLES[cell.style];
  const properties: Xml[] = [width("w:tcW", twips)];
  if (cell.span > 1) properties.push(val("w:gridSpan", cell.span));
  if (look.fill !== null) {
    properties.push({ "w:shd": { _attr: { "w:val": "clear", "w:color": "auto", "w:fill": look.fill } } });
  }
  const paragraphProperties: Xml[] = [val("w:pStyle", style)];
  if (look.align !== "left") paragraphProperties.push(val("w:jc", look.align));
  const paragraphs = valueText(cell.value)
    .split("\n")
    .map((text): Xml => ({ "w:p": [{ "w:pPr": paragraphProperties }, ...(text === "" ? [] : runs(text))] }));
  return { "w:tc": [{ "w:tcPr": properties }, ...paragraphs] };
}

class RawTable extends FileChild {
  constructor(private readonly xml: Xml) {
    super("w:tbl");
  }

  override prepForXml(): IXmlableObject {
    return this.xml as IXmlableObject;
  }
}

export function docxTable(block: TableBlock, keep: KeepRows): FileChild {
  const grid = gridFor(block);
  const last = block.rows.length - 1;
  const dense = block.dense === true;
  const rows = block.rows.map((row, i): Xml => {
    const header = i < block.headerRows;
    const keepNext = header || keep === "all" || (keep === "all-but-last" && i < last);
    let column = 0;
    const cells = row.map((cell) => {
      const twips = grid.slice(column, column + cell.span).reduce((a, b) => a + b, 0);
      column += cell.span;
      return cellXml(cell, twips, cellStyleId(dense, CELL_STYLES[cell.style].bold, keepNext));
    });
    const rowProperties: Xml[] = [{ "w:cantSplit": {} }, ...(header ? [{ "w:tblHeader": {} }] : [])];
    return { "w:tr": [{ "w:trPr": rowProperties }, ...cells] };
  });
  const margin = dense ? 10 : 30;
  const properties: Xml[] = [
    width("w:tblW", TEXT_WIDTH_TWIPS),
    {
      "w:tblBorders": ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"].map(line),
    },
    { "w:tblLayout": { _attr: { "w:type": "fixed" } } },
    {
      "w:tblCellMar": [
        width("w:top", margin),
        width("w:left", PADDING),
        width("w:bottom", margin),
        width("w:right", PADDING),
      ],
    },
  ];
  const gridXml: Xml = { "w:tblGrid": grid.map((w): Xml => ({ "w:gridCol": { _attr: { "w:w": w } } })) };
  return new RawTable({ "w:tbl": [{ "w:tblPr": properties }, gridXml, ...rows] });
}
