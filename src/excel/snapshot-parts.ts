/**
 * The pieces of a workbook snapshot as Office.js proxies: what to load for a block of cells,
 * a table or a sheet's used range (queued before a sync) and how to read them into plain
 * snapshot data (after the sync).
 *
 * Cells are loaded as `values` and `numberFormat` only; instead of `valueTypes` for every
 * cell (a fifth of the response), the cells holding errors are asked for with
 * `getSpecialCellsOrNullObject(…, "Errors")` (ExcelApi 1.9). That keeps a 2,000-activity plan
 * under Excel on the web's 5 MB response limit.
 */
import {
  parseRange,
  rangesIntersect,
  type GridSnapshot,
  type RangeRef,
  type SheetSnapshot,
  type TableSnapshot,
} from "../plan";
import { queueMergesTouching, type QueuedMerges } from "./merged-areas";
import { headerTexts, normalizeBlock } from "./values";

export interface QueuedCells {
  readonly range: Excel.Range;
  readonly errors: readonly Excel.RangeAreas[];
}

/** Queues a block's values, number formats, position and error cells. */
export function queueCells(range: Excel.Range): QueuedCells {
  return {
    range: range.load("values, numberFormat, rowIndex, columnIndex"),
    errors: [
      range.getSpecialCellsOrNullObject("Constants", "Errors").load("address"),
      range.getSpecialCellsOrNullObject("Formulas", "Errors").load("address"),
    ],
  };
}

/** "'Blad 1'!A2:B3, 'Blad 1'!D4" → rectangles; a comma inside a quoted sheet name is no separator. */
export function areaRanges(areas: Excel.RangeAreas | null): RangeRef[] {
  if (areas === null || areas.isNullObject) return [];
  const refs: RangeRef[] = [];
  for (const part of areas.address.match(/(?:'(?:[^']|'')*'|[^,])+/g) ?? []) {
    const ref = parseRange(part.trim());
    if (ref) refs.push(ref);
  }
  return refs;
}

export function readCells(
  queued: QueuedCells,
  date1904 = false,
): {
  top: number;
  left: number;
  rows: ReturnType<typeof normalizeBlock>;
} {
  const { range } = queued;
  const top = range.rowIndex + 1;
  const left = range.columnIndex + 1;
  const bounds = {
    top,
    left,
    bottom: top + range.values.length - 1,
    right: left + (range.values[0]?.length ?? 1) - 1,
  };
  // A one-cell range's special cells can come from the whole sheet, as in Excel's UI.
  const errors = queued.errors.flatMap(areaRanges).filter((e) => rangesIntersect(e, bounds));
  return { top, left, rows: normalizeBlock(range.values, range.numberFormat, errors, top, left, date1904) };
}

/** Where a range is (after the sync): the shape loaded with `SHAPE`. */
export const SHAPE = "rowIndex, columnIndex, rowCount, columnCount";

export function refOf(range: Excel.Range): RangeRef {
  return {
    top: range.rowIndex + 1,
    left: range.columnIndex + 1,
    bottom: range.rowIndex + range.rowCount,
    right: range.columnIndex + range.columnCount,
  };
}

export interface QueuedTable {
  readonly table: Excel.Table;
  readonly columns: Excel.TableColumnCollection;
  readonly sheet: Excel.Worksheet;
  readonly body: QueuedCells;
  /** The whole table, header row included (for its merged areas). */
  readonly range: Excel.Range;
  /** Null when a read leaves merged areas out (read-snapshot.ts reads them in parts then). */
  readonly merged: QueuedMerges | null;
}

/** Queues what a table's snapshot needs; `table` must exist (`getItem` of a listed table). */
export function queueTable(table: Excel.Table, merges: boolean): QueuedTable {
  const sheet = table.worksheet.load("name");
  const range = table.getRange().load(SHAPE);
  return {
    table: table.load("name"),
    columns: table.columns.load("items/name"),
    sheet,
    body: queueCells(table.getDataBodyRange()),
    range,
    merged: merges ? queueMergesTouching(sheet, range) : null,
  };
}

export function readTable(queued: QueuedTable, date1904 = false): TableSnapshot {
  const body = readCells(queued.body, date1904);
  return {
    name: queued.table.name,
    sheet: queued.sheet.name,
    // The header row is the row above the data body.
    top: body.top - 1,
    left: body.left,
    headers: headerTexts(queued.columns.items.map((c) => c.name)),
    rows: body.rows,
  };
}

export interface QueuedSheet {
  readonly used: QueuedCells;
  /** Null when not asked for: the add-in's own report sheets (read-choice.ts), or a read in parts. */
  readonly merged: QueuedMerges | null;
}

/**
 * Queues a sheet's used range (cells with values) and, if `merges`, the merged areas touching
 * it. `Worksheet.getUsedRange` gives A1 for a blank sheet ("it will not throw an error",
 * Excel.Worksheet reference), so nothing here is a null object.
 */
export function queueUsedRange(sheet: Excel.Worksheet, merges: boolean): QueuedSheet {
  const used = sheet.getUsedRange(true);
  return {
    used: queueCells(used),
    merged: merges ? queueMergesTouching(sheet, used) : null,
  };
}

/** A used range as read: null for a blank sheet's (its one empty cell A1). */
export function usedGrid(grid: GridSnapshot): GridSnapshot | null {
  const { rows } = grid;
  return rows.length === 1 && rows[0]?.length === 1 && rows[0][0] === null ? null : grid;
}

export function readUsedRange(queued: QueuedSheet, date1904 = false): GridSnapshot | null {
  return usedGrid(readCells(queued.used, date1904));
}

const VISIBILITY: Record<string, SheetSnapshot["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

export function visibilityOf(sheet: Excel.Worksheet): SheetSnapshot["visibility"] {
  return VISIBILITY[sheet.visibility] ?? "visible";
}
