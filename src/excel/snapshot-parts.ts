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

export function readCells(queued: QueuedCells): {
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
  return { top, left, rows: normalizeBlock(range.values, range.numberFormat, errors, top, left) };
}

export interface QueuedTable {
  readonly table: Excel.Table;
  readonly columns: Excel.TableColumnCollection;
  readonly sheet: Excel.Worksheet;
  readonly body: QueuedCells;
  readonly merged: Excel.RangeAreas;
}

/** Queues what a table's snapshot needs; `table` may be a null object. */
export function queueTable(table: Excel.Table): QueuedTable {
  return {
    table: table.load("name"),
    columns: table.columns.load("items/name"),
    sheet: table.worksheet.load("name"),
    body: queueCells(table.getDataBodyRange()),
    merged: table.getRange().getMergedAreasOrNullObject().load("address"),
  };
}

export function readTable(queued: QueuedTable): TableSnapshot {
  const body = readCells(queued.body);
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
  /** Null when not asked for (the add-in's own report sheets, see report-sheets.ts). */
  readonly merged: Excel.RangeAreas | null;
}

/** Queues a sheet's used range (cells with values) and, if `merges`, the merged areas in it. */
export function queueUsedRange(sheet: Excel.Worksheet, merges = true): QueuedSheet {
  const used = sheet.getUsedRangeOrNullObject(true);
  return {
    used: queueCells(used),
    merged: merges ? used.getMergedAreasOrNullObject().load("address") : null,
  };
}

export function readUsedRange(queued: QueuedSheet): GridSnapshot | null {
  return queued.used.range.isNullObject ? null : readCells(queued.used);
}

const VISIBILITY: Record<string, SheetSnapshot["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

export function visibilityOf(sheet: Excel.Worksheet): SheetSnapshot["visibility"] {
  return VISIBILITY[sheet.visibility] ?? "visible";
}
