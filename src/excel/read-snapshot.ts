/**
 * readSnapshot over Office.js, without loading anything from an object that may be a null
 * object (what Excel answers to that is documented nowhere).
 *
 * When the pane opens, two syncs: the first reads the lists (workbook-lists.ts: sheets,
 * tables, defined names, the date system), the second what they say to read
 * (read-choice.ts), with `getItem` of things known to exist: each table with its columns,
 * data body (values, number formats, the cells holding errors) and the merged areas that
 * touch it (merged-areas.ts), the tables the plan's binding names point to, and, when a
 * contract table is not found by name, every table and every other sheet's used range.
 *
 * Re-reading a workbook it knows (the choice of the last read) takes one sync: the lists
 * and the same choice in one request. If the lists then choose something else (a table
 * renamed, a binding added), the second sync reads that; if the request failed (a table
 * deleted since, say), the workbook is read afresh.
 *
 * A workbook too large for one response (Excel on the web's 5 MB) is read in blocks
 * (read-in-blocks.ts). A request that fails otherwise is made once more without the merged
 * areas, which are then read in parts: Excel fails a request that asks for more than 512.
 */
import { excelNameKey, type RangeRef, type SheetSnapshot, type WorkbookSnapshot } from "../plan";
import { queueBindingNames, readQueuedBindings, type QueuedBinding } from "./binding-names";
import { ExcelError } from "./excel-error";
import { mergesTouching, readMergesInParts, addMerges, type MergeRegion } from "./merged-areas";
import { chooseReads, sameChoice, type ReadChoice } from "./read-choice";
import { isResponseTooLarge, readSnapshotInBlocks } from "./read-in-blocks";
import {
  queueTable,
  queueUsedRange,
  readTable,
  readUsedRange,
  refOf,
  type QueuedSheet,
  type QueuedTable,
} from "./snapshot-parts";
import type { Session } from "./sync";
import { queueLists, readLists, type WorkbookLists } from "./workbook-lists";

/** What a read learnt that lets the next read of the same workbook take one sync. */
export interface ReadKnowledge {
  readonly choice: ReadChoice;
  /** The last read found a sheet with more merged areas than Excel lists at once. */
  readonly mergesInParts: boolean;
}

export interface SnapshotRead {
  readonly snapshot: WorkbookSnapshot;
  readonly lists: WorkbookLists;
  readonly knowledge: ReadKnowledge;
}

interface QueuedContents {
  readonly tables: readonly QueuedTable[];
  readonly used: readonly { readonly sheet: string; readonly queued: QueuedSheet }[];
  readonly bindings: readonly QueuedBinding[];
}

const isTimeout = (error: unknown): boolean => error instanceof ExcelError && error.code === "Timeout";

function queueContents(workbook: Excel.Workbook, choice: ReadChoice, merges: boolean): QueuedContents {
  const reports = new Set(choice.reportSheets.map(excelNameKey));
  return {
    tables: choice.tables.map(({ id }) => queueTable(workbook.tables.getItem(id), merges)),
    used: choice.usedRanges.map(({ name, id }) => ({
      sheet: name,
      queued: queueUsedRange(workbook.worksheets.getItem(id), merges && !reports.has(excelNameKey(name))),
    })),
    bindings: queueBindingNames(workbook, choice),
  };
}

/** The regions whose merged areas a read in parts looks for (after the contents' sync). */
function mergeRegions(contents: QueuedContents, choice: ReadChoice, date1904: boolean): MergeRegion[] {
  const reports = new Set(choice.reportSheets.map(excelNameKey));
  const regions: MergeRegion[] = contents.tables.map((q) => ({ sheet: q.sheet.name, range: refOf(q.range) }));
  for (const { sheet, queued } of contents.used) {
    const grid = reports.has(excelNameKey(sheet)) ? null : readUsedRange(queued, date1904);
    if (grid) regions.push({ sheet, range: gridRef(grid) });
  }
  return regions;
}

function gridRef(grid: { top: number; left: number; rows: readonly (readonly unknown[])[] }): RangeRef {
  return {
    top: grid.top,
    left: grid.left,
    bottom: grid.top + grid.rows.length - 1,
    right: grid.left + Math.max(grid.rows[0]?.length ?? 1, 1) - 1,
  };
}

/** Merged areas from the contents' own request (when it asked for them). */
function queuedMerges(contents: QueuedContents, date1904: boolean): Map<string, RangeRef[]> {
  const bySheet = new Map<string, RangeRef[]>();
  for (const q of contents.tables) {
    if (q.merged) addMerges(bySheet, q.sheet.name, mergesTouching(q.merged, refOf(q.range)));
  }
  for (const { sheet, queued } of contents.used) {
    const grid = queued.merged ? readUsedRange(queued, date1904) : null;
    if (grid && queued.merged) addMerges(bySheet, sheet, mergesTouching(queued.merged, gridRef(grid)));
  }
  return bySheet;
}

function assemble(
  lists: WorkbookLists,
  choice: ReadChoice,
  contents: QueuedContents,
  merges: ReadonlyMap<string, RangeRef[]>,
): WorkbookSnapshot {
  const { date1904 } = lists;
  const tables = contents.tables.map((q) => readTable(q, date1904));
  const used = new Map(contents.used.map((u) => [excelNameKey(u.sheet), u.queued]));
  const sheets = lists.sheets.map((sheet): SheetSnapshot => {
    const plain = used.get(excelNameKey(sheet.name));
    return {
      name: sheet.name,
      visibility: sheet.visibility,
      tables: tables.filter((t) => t.sheet === sheet.name),
      usedRange: plain ? readUsedRange(plain, date1904) : null,
      merges: merges.get(sheet.name) ?? [],
    };
  });
  const bindings = readQueuedBindings(contents.bindings, choice);
  return bindings.length === 0 ? { sheets } : { sheets, bindings };
}

/** Reads what `choice` says, in one sync (more for a large workbook or many merged areas). */
async function readContents(
  session: Session,
  lists: WorkbookLists,
  choice: ReadChoice,
  mergesInParts: boolean,
): Promise<SnapshotRead> {
  const { context } = session;
  const done = (contents: QueuedContents, merges: ReadonlyMap<string, RangeRef[]>, parts: boolean) => ({
    snapshot: assemble(lists, choice, contents, merges),
    lists,
    knowledge: { choice, mergesInParts: parts },
  });
  if (!mergesInParts) {
    const contents = queueContents(context.workbook, choice, true);
    try {
      await session.settle(context.sync());
      return done(contents, queuedMerges(contents, lists.date1904), false);
    } catch (error) {
      if (isResponseTooLarge(error)) return readLarge(session, lists, choice);
      if (isTimeout(error)) throw error;
      // Perhaps a sheet with more merged areas than Excel lists: again without them.
    }
  }
  const contents = queueContents(context.workbook, choice, false);
  try {
    await session.settle(context.sync());
  } catch (error) {
    if (isResponseTooLarge(error)) return readLarge(session, lists, choice);
    throw error;
  }
  const merges = await readMergesInParts(session, mergeRegions(contents, choice, lists.date1904));
  return done(contents, merges, true);
}

async function readLarge(session: Session, lists: WorkbookLists, choice: ReadChoice): Promise<SnapshotRead> {
  const snapshot = await readSnapshotInBlocks(session, lists, choice);
  return { snapshot, lists, knowledge: { choice, mergesInParts: true } };
}

/** Reads the workbook; `known` is what the last read of it learnt (null the first time). */
export async function readWorkbookSnapshot(
  session: Session,
  known: ReadKnowledge | null,
): Promise<SnapshotRead> {
  const { context } = session;
  const workbook = context.workbook;
  if (known && !known.mergesInParts) {
    const queued = queueLists(workbook);
    const contents = queueContents(workbook, known.choice, true);
    let failed = false;
    try {
      await session.settle(context.sync());
    } catch (error) {
      if (isTimeout(error)) throw error;
      failed = true;
    }
    if (!failed) {
      const lists = readLists(queued);
      const choice = chooseReads(lists);
      if (sameChoice(choice, known.choice)) {
        return {
          snapshot: assemble(lists, choice, contents, queuedMerges(contents, lists.date1904)),
          lists,
          knowledge: known,
        };
      }
      return readContents(session, lists, choice, false);
    }
  }
  const queued = queueLists(workbook);
  await session.settle(context.sync());
  const lists = readLists(queued);
  return readContents(session, lists, chooseReads(lists), known?.mergesInParts ?? false);
}
