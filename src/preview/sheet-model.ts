/**
 * What the preview's grid shows of one worksheet, read once per version of the workbook:
 * each cell's value as text (as the validator reads it), bold and fill colour, horizontal
 * extents of merged ranges, column widths and how far the content reaches. Reads the
 * exceljs model without creating cells, so cells without a value (formatting only) are
 * shown empty.
 */
import type ExcelJS from "exceljs";
import { rawToText, type RangeRef, type RawValue } from "../plan";
import { normalizeCell } from "../xlsx/cell-value";
import { mergedRanges, tableModels, tableRange, usesDate1904 } from "../xlsx/exceljs-internals";

export interface SheetTab {
  readonly name: string;
  readonly hidden: boolean;
}

export interface CellView {
  readonly text: string;
  readonly bold: boolean;
  /** Fill colour as `#RRGGBB`, or null. */
  readonly fill: string | null;
  /** A number (right-aligned, as in Excel). */
  readonly numeric: boolean;
  /** In an Excel table's header row. */
  readonly tableHeader: boolean;
}

export interface SheetModel {
  readonly name: string;
  /** The last row and column with a value, a table or a merge (0 on an empty sheet). */
  readonly lastRow: number;
  readonly lastColumn: number;
  /** Width in pixels of column `c` (1-based). */
  width(column: number): number;
  cell(row: number, column: number): CellView | null;
  /**
   * How many columns the cell spans: 1 for a plain cell, more for the left cell of a merged
   * range, 0 for a cell hidden under a merge to its left.
   */
  span(row: number, column: number): number;
}

const DEFAULT_WIDTH_CHARS = 8.43;
const MIN_WIDTH_PX = 36;
const MAX_WIDTH_PX = 360;

/** The workbook's sheets as tabs; very hidden sheets are left out, as in Excel. */
export function sheetTabs(workbook: ExcelJS.Workbook): SheetTab[] {
  return workbook.worksheets
    .filter((sheet) => sheet.state !== "veryHidden")
    .map((sheet) => ({ name: sheet.name, hidden: sheet.state === "hidden" }));
}

function displayText(value: RawValue): string | null {
  const text = rawToText(value);
  if (text === null || text === "") return null;
  // Swedish Excel writes decimals with a comma.
  return typeof value === "number" ? text.replace(".", ",") : text;
}

function fillColour(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type !== "pattern" || fill.pattern !== "solid") return null;
  const argb = fill.fgColor?.argb;
  return typeof argb === "string" && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2)}` : null;
}

function readCells(worksheet: ExcelJS.Worksheet, date1904: boolean) {
  const cells = new Map<number, Map<number, CellView>>();
  let lastRow = 0;
  let lastColumn = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line = new Map<number, CellView>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = normalizeCell(cell, date1904);
      const text = displayText(value);
      const fill = fillColour(cell);
      if (text === null) return;
      const bold = cell.font?.bold === true;
      line.set(column, {
        text: text ?? "",
        bold,
        fill,
        numeric: typeof value === "number",
        tableHeader: false,
      });
      lastColumn = Math.max(lastColumn, column);
    });
    if (line.size > 0) {
      cells.set(rowNumber, line);
      lastRow = Math.max(lastRow, rowNumber);
    }
  });
  return { cells, lastRow, lastColumn };
}

function markTableHeaders(
  cells: Map<number, Map<number, CellView>>,
  tables: readonly { range: RangeRef; header: boolean }[],
): void {
  for (const { range, header } of tables) {
    if (!header) continue;
    const line = cells.get(range.top) ?? new Map<number, CellView>();
    cells.set(range.top, line);
    for (let column = range.left; column <= range.right; column++) {
      const cell = line.get(column);
      line.set(column, { text: "", bold: false, fill: null, numeric: false, ...cell, tableHeader: true });
    }
  }
}

function spans(merges: readonly RangeRef[]): Map<string, number> {
  const byCell = new Map<string, number>();
  for (const merge of merges) {
    for (let row = merge.top; row <= merge.bottom; row++) {
      byCell.set(`${row}:${merge.left}`, merge.right - merge.left + 1);
      for (let column = merge.left + 1; column <= merge.right; column++) byCell.set(`${row}:${column}`, 0);
    }
  }
  return byCell;
}

function widthsOf(worksheet: ExcelJS.Worksheet): Map<number, number> {
  const widths = new Map<number, number>();
  const columns = (worksheet.columns ?? []) as (Partial<ExcelJS.Column> | undefined)[];
  columns.forEach((column, i) => {
    if (typeof column?.width === "number") widths.set(i + 1, column.width);
  });
  return widths;
}

export function readSheetModel(workbook: ExcelJS.Workbook, name: string): SheetModel | null {
  const worksheet = workbook.getWorksheet(name);
  if (worksheet === undefined) return null;
  const { cells, lastRow: valueRow, lastColumn: valueColumn } = readCells(worksheet, usesDate1904(workbook));
  const merges = mergedRanges(worksheet);
  const tables = tableModels(worksheet).flatMap((t) => {
    const range = tableRange(t);
    return range ? [{ range, header: t.headerRow !== false }] : [];
  });
  markTableHeaders(cells, tables);
  const extents = [...merges, ...tables.map((t) => t.range)];
  const lastRow = Math.max(valueRow, ...extents.map((r) => r.bottom));
  const lastColumn = Math.max(valueColumn, ...extents.map((r) => r.right));
  const byCell = spans(merges);
  const widths = widthsOf(worksheet);
  return {
    name,
    lastRow,
    lastColumn,
    width: (column) => {
      const chars = widths.get(column) ?? DEFAULT_WIDTH_CHARS;
      return Math.min(MAX_WIDTH_PX, Math.max(MIN_WIDTH_PX, Math.round(chars * 7 + 5)));
    },
    cell: (row, column) => cells.get(row)?.get(column) ?? null,
    span: (row, column) => byCell.get(`${row}:${column}`) ?? 1,
  };
}
