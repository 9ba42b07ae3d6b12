/**
 * readSnapshot over Office.js. A plan workbook is read in ONE sync, whatever its number of
 * rows: every contract table by name (`getItemOrNullObject`) with its columns, data body
 * (values, number formats, the cells holding errors) and merged areas, and the sheets' names
 * and visibility. Only when a contract table is not found by name does a second sync read
 * every other table and the used range of every sheet, so the plan domain
 * (`locatePlanTables`) can match tables by headers.
 * A workbook too large for one response (Excel on the web's 5 MB) is read in blocks instead.
 */
import {
  PLAN_TABLES,
  type RangeRef,
  type SheetSnapshot,
  type TableSnapshot,
  type WorkbookSnapshot,
} from "../plan";
import {
  areaRanges,
  queueTable,
  queueUsedRange,
  readTable,
  readUsedRange,
  visibilityOf,
  type QueuedSheet,
  type QueuedTable,
} from "./snapshot-parts";
import { isResponseTooLarge, readSnapshotInBlocks } from "./read-in-blocks";
import type { Session } from "./sync";

interface Found {
  readonly tables: TableSnapshot[];
  readonly merges: Map<string, RangeRef[]>;
}

function collect(queued: readonly QueuedTable[], found: Found): void {
  for (const q of queued) {
    if (q.table.isNullObject) continue;
    const table = readTable(q);
    found.tables.push(table);
    found.merges.set(table.sheet, [...(found.merges.get(table.sheet) ?? []), ...areaRanges(q.merged)]);
  }
}

function assemble(
  sheets: Excel.WorksheetCollection,
  found: Found,
  used: ReadonlyMap<string, QueuedSheet>,
): WorkbookSnapshot {
  return {
    sheets: sheets.items.map((sheet): SheetSnapshot => {
      const tables = found.tables.filter((t) => t.sheet === sheet.name);
      const plain = tables.length === 0 ? used.get(sheet.name) : undefined;
      return {
        name: sheet.name,
        visibility: visibilityOf(sheet),
        tables,
        usedRange: plain ? readUsedRange(plain) : null,
        merges: plain ? areaRanges(plain.merged) : (found.merges.get(sheet.name) ?? []),
      };
    }),
  };
}

export async function readWorkbookSnapshot(session: Session): Promise<WorkbookSnapshot> {
  const { context } = session;
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name, items/visibility");
  const allTables = workbook.tables.load("items/name");
  const byName = PLAN_TABLES.map((def) => queueTable(workbook.tables.getItemOrNullObject(def.name)));
  try {
    await session.settle(context.sync());
  } catch (error) {
    if (isResponseTooLarge(error)) return readSnapshotInBlocks(session);
    throw error;
  }

  const found: Found = { tables: [], merges: new Map() };
  collect(byName, found);
  if (found.tables.length === PLAN_TABLES.length) return assemble(sheets, found, new Map());

  // Some table is not where its name says: read the rest so tables can be matched by headers.
  const known = new Set(found.tables.map((t) => t.name.toLocaleLowerCase("sv-SE")));
  const others = allTables.items
    .filter((t) => !known.has(t.name.toLocaleLowerCase("sv-SE")))
    .map((t) => queueTable(t));
  const used = new Map(sheets.items.map((sheet) => [sheet.name, queueUsedRange(sheet)] as const));
  try {
    await session.settle(context.sync());
  } catch (error) {
    if (isResponseTooLarge(error)) return readSnapshotInBlocks(session);
    throw error;
  }
  collect(others, found);
  return assemble(sheets, found, used);
}
