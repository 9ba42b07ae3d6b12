/**
 * readSnapshot for a workbook whose cells do not fit in one response (Excel on the web
 * refuses a response over 5 MB with ResponsePayloadSizeLimitExceeded). The lists say what to
 * read (read-choice.ts); one sync reads its shapes, then the cells are read in row blocks, as
 * many per sync as a cell budget allows (a block that is still too large is halved and read
 * again), and the merged areas last, in parts.
 */
import {
  excelNameKey,
  type RawValue,
  type SheetSnapshot,
  type TableSnapshot,
  type WorkbookSnapshot,
} from "../plan";
import { queueBindingNames, readQueuedBindings } from "./binding-names";
import { readMergesInParts, type MergeRegion } from "./merged-areas";
import type { ReadChoice } from "./read-choice";
import { queueCells, readCells, refOf, SHAPE, usedGrid } from "./snapshot-parts";
import type { Session } from "./sync";
import { headerTexts } from "./values";
import type { WorkbookLists } from "./workbook-lists";

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
  date1904: boolean,
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
    return readBlocks(
      session,
      [...taken.flatMap((b) => split(b, half)), ...blocks.slice(count)],
      half,
      out,
      date1904,
    );
  }
  taken.forEach((block, i) => {
    const grid = out[block.area] ?? [];
    const q = queued[i];
    if (q) readCells(q, date1904).rows.forEach((row, j) => (grid[block.offset + j] = row));
    out[block.area] = grid;
  });
  return readBlocks(session, blocks.slice(count), budget, out, date1904);
}

interface Shape {
  readonly sheet: Excel.Worksheet;
  /** The cells to read: a table's data body, or a sheet's used range. */
  readonly range: Excel.Range;
}

/**
 * Reads what `choice` says (read-choice.ts) in blocks: one sync for the shapes (and the
 * bindings), the cells in blocks, then the merged areas in parts (merged-areas.ts).
 */
export async function readSnapshotInBlocks(
  session: Session,
  lists: WorkbookLists,
  choice: ReadChoice,
): Promise<WorkbookSnapshot> {
  const { context } = session;
  const workbook = context.workbook;
  const { date1904 } = lists;
  const tables = choice.tables.map(({ id }) => {
    const table = workbook.tables.getItem(id);
    return {
      table: table.load("name"),
      columns: table.columns.load("items/name"),
      sheet: table.worksheet.load("name"),
      range: table.getDataBodyRange().load(SHAPE),
      whole: table.getRange().load(SHAPE),
    };
  });
  const used = choice.usedRanges.map(({ id }) => {
    const sheet = workbook.worksheets.getItem(id).load("name");
    return { sheet, range: sheet.getUsedRange(true).load(SHAPE) };
  });
  const bindings = queueBindingNames(workbook, choice);
  await session.settle(context.sync());

  const areas: Shape[] = [...tables, ...used];
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
  await readBlocks(session, blocks, FIRST_BUDGET, grids, date1904);

  const found: TableSnapshot[] = tables.map((s, i) => ({
    name: s.table.name,
    sheet: s.sheet.name,
    top: s.range.rowIndex,
    left: s.range.columnIndex + 1,
    headers: headerTexts(s.columns.items.map((c) => c.name)),
    rows: grids[i] ?? [],
  }));
  const plain = new Map(
    used.map((u, i) => [
      excelNameKey(u.sheet.name),
      usedGrid({
        top: u.range.rowIndex + 1,
        left: u.range.columnIndex + 1,
        rows: grids[tables.length + i] ?? [],
      }),
    ]),
  );
  const reports = new Set(choice.reportSheets.map(excelNameKey));
  const regions: MergeRegion[] = [
    ...tables.map((t) => ({ sheet: t.sheet.name, range: refOf(t.whole) })),
    ...used.flatMap((u) => {
      const grid = plain.get(excelNameKey(u.sheet.name));
      return grid && !reports.has(excelNameKey(u.sheet.name))
        ? [{ sheet: u.sheet.name, range: refOf(u.range) }]
        : [];
    }),
  ];
  const merges = await readMergesInParts(session, regions);
  const snapshot = {
    sheets: lists.sheets.map((sheet): SheetSnapshot => ({
      name: sheet.name,
      visibility: sheet.visibility,
      tables: found.filter((t) => t.sheet === sheet.name),
      usedRange: plain.get(excelNameKey(sheet.name)) ?? null,
      merges: merges.get(sheet.name) ?? [],
    })),
  };
  const bound = readQueuedBindings(bindings, choice);
  return bound.length === 0 ? snapshot : { ...snapshot, bindings: bound };
}
