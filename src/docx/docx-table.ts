/**
 * A table of the report document as a Word table: the report's eight-column grid, cells
 * spanning columns, the named looks (bold, size, fill, borders) of CELL_STYLES, header rows
 * repeated on a new page, and rows that never split.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type ITableCellBorders,
} from "docx";
import { CELL_STYLES, columnPoints, REPORT_COLUMN_WIDTHS, type DocCell, type TableBlock } from "../plan";
import { textRun, valueText } from "./docx-text";

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

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "808080" } as const;
const NO_LINE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

function borders(on: boolean): ITableCellBorders {
  const line = on ? LINE : NO_LINE;
  return { top: line, bottom: line, left: line, right: line };
}

/** Keep with next: every row, every row but the last, or none (only the header rows). */
export type KeepRows = "all" | "all-but-last" | "none";

function tableCell(cell: DocCell, column: number, grid: readonly number[], smaller: number): TableCell {
  const look = CELL_STYLES[cell.style];
  const width = grid.slice(column, column + cell.span).reduce((a, b) => a + b, 0);
  const lines = valueText(cell.value).split("\n");
  return new TableCell({
    columnSpan: cell.span,
    width: { size: width, type: WidthType.DXA },
    borders: borders(look.border),
    margins: { top: smaller > 1 ? 10 : 30, bottom: smaller > 1 ? 10 : 30, left: PADDING, right: PADDING },
    ...(look.fill === null ? {} : { shading: { type: ShadingType.CLEAR, color: "auto", fill: look.fill } }),
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: ALIGN[look.align],
          spacing: { before: 0, after: 0 },
          // A point smaller than on the sheet, which prints at about 85 % (two in a dense table).
          children: [textRun(line, { bold: look.bold, size: (look.fontSize - smaller) * 2 })],
        }),
    ),
  });
}

export function docxTable(block: TableBlock, keep: KeepRows): Table {
  const grid = gridFor(block);
  const last = block.rows.length - 1;
  const rows = block.rows.map((row, i) => {
    let column = 0;
    const cells = row.map((cell) => {
      const made = tableCell(cell, column, grid, block.dense ? 2 : 1);
      column += cell.span;
      return made;
    });
    const header = i < block.headerRows;
    const keepNext = header || keep === "all" || (keep === "all-but-last" && i < last);
    return new TableRow({ children: cells, cantSplit: true, tableHeader: header, keepNext });
  });
  return new Table({
    rows,
    columnWidths: grid,
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
}
