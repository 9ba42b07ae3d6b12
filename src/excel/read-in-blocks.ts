/**
 * readSnapshot for a workbook whose cells do not fit in one response (Excel on the web
 * refuses a response over 5 MB with ResponsePayloadSizeLimitExceeded). One sync finds the
 * sheets and tables, one reads their shapes, then the cells are read in row blocks, as many
 * per sync as a cell budget allows; a block that is still too large is halved and read again.
 */
import {
  excelNameKey,
  type RawValue,
  type SheetSnapshot,
  type TableSnapshot,
  type WorkbookSnapshot,
} from "../plan";
import { queueDefinedNames, reportSheetKeys } from "./report-sheets";
import { areaRanges, queueCells, readCells, visibilityOf } from "./snapshot-parts";
import type { Session } from "./sync";
import { headerTexts } from "./values";

export const RESPONSE_TOO_LARGE = "ResponsePayloadSizeLimitExceeded";
/** Cells read in one sync to begin with. */
const FIRST_BUDGET = 60_000;

export const isResponseTooLarge = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === RESPONSE_TOO_LARGE;

interface Block {
  readonly area: number;
  readonly sheet: Excel.Worksheet;
  /** 0-based sheet row and column of the block; `offset` is its first row within the area. */
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  readonly offset: number;
}

function split(block: Block, cells: number): Block[] {
  const per = Math.max(1, Math.floor(cells / Math.max(block.columns, 1)));
  const parts: Block[] = [];
  for (let i = 0; i < block.rows; i += per) {
    parts.push({
      ...block,
      row: block.row + i,
      rows: Math.min(per, block.rows - i),
      offset: block.offset + i,
    });
  }
  return parts;
}

async function readBlocks(
  session: Session,
  blocks: Block[],
  budget: number,
  out: RawValue[][][],
): Promise<void> {
  if (blocks.length === 0) return;
  const { context } = session;
  let cells = 0;
  let count = 0;
  while (
    count < blocks.length &&
    (count === 0 || cells + (blocks[count]?.rows ?? 0) * (blocks[count]?.columns ?? 0) <= budget)
  ) {
    cells += (blocks[count]?.rows ?? 0) * (blocks[count]?.columns ?? 0);
    count++;
  }
  const taken = blocks.slice(0, count);
  const queued = taken.map((b) => queueCells(b.sheet.getRangeByIndexes(b.row, b.column, b.rows, b.columns)));
  try {
    await session.settle(context.sync());
  } catch (error) {
    const single = taken.length === 1 && taken[0]?.rows === 1;
    if (!isResponseTooLarge(error) || single) throw error;
    const half = Math.max(1, Math.floor(cells / 2));
    return readBlocks(session, [...taken.flatMap((b) => split(b, half)), ...blocks.slice(count)], half, out);
  }
  taken.forEach((block, i) => {
    const grid = out[block.area] ?? [];
    const q = queued[i];
    if (q) readCells(q).rows.forEach((row, j) => (grid[block.offset + j] = row));
    out[block.area] = grid;
  });
  return readBlocks(session, blocks.slice(count), budget, out);
}

export async function readSnapshotInBlocks(session: Session): Promise<WorkbookSnapshot> {
  const { context } = session;
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name, items/visibility");
  const tables = workbook.tables.load("items/name");
  const names = queueDefinedNames(workbook);
  await session.settle(context.sync());
  const reports = reportSheetKeys(names);

  const shapes = tables.items.map((table) => ({
    table,
    columns: table.columns.load("items/name"),
    sheet: table.worksheet.load("name"),
    body: table.getDataBodyRange().load("rowIndex, columnIndex, rowCount, columnCount"),
    merged: table.getRange().getMergedAreasOrNullObject().load("address"),
  }));
  const used = sheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount");
    const merged = reports.has(excelNameKey(sheet.name))
      ? null
      : range.getMergedAreasOrNullObject().load("address");
    return { sheet, range, merged };
  });
  await session.settle(context.sync());

  const withTables = new Set(shapes.map((s) => s.sheet.name));
  const plain = used.filter((u) => !u.range.isNullObject && !withTables.has(u.sheet.name));
  const areas = [...shapes.map((s) => ({ sheet: s.sheet, range: s.body })), ...plain];
  const blocks = areas.flatMap(({ sheet, range }, area) =>
    split(
      {
        area,
        sheet,
        row: range.rowIndex,
        column: range.columnIndex,
        rows: range.rowCount,
        columns: range.columnCount,
        offset: 0,
      },
      FIRST_BUDGET,
    ),
  );
  const grids: RawValue[][][] = [];
  await readBlocks(session, blocks, FIRST_BUDGET, grids);

  const found: TableSnapshot[] = shapes.map((s, i) => ({
    name: s.table.name,
    sheet: s.sheet.name,
    top: s.body.rowIndex,
    left: s.body.columnIndex + 1,
    headers: headerTexts(s.columns.items.map((c) => c.name)),
    rows: grids[i] ?? [],
  }));
  return {
    sheets: used.map(({ sheet, range, merged }): SheetSnapshot => {
      const own = found.filter((t) => t.sheet === sheet.name);
      const index = plain.findIndex((p) => p.sheet === sheet);
      return {
        name: sheet.name,
        visibility: visibilityOf(sheet),
        tables: own,
        usedRange:
          index < 0 || range.isNullObject
            ? null
            : {
                top: range.rowIndex + 1,
                left: range.columnIndex + 1,
                rows: grids[shapes.length + index] ?? [],
              },
        merges:
          own.length > 0
            ? shapes.filter((s) => s.sheet.name === sheet.name).flatMap((s) => areaRanges(s.merged))
            : areaRanges(merged),
      };
    }),
  };
}
