/**
 * readSnapshot over Office.js. A plan workbook is read in ONE sync, whatever its number of
 * rows: every contract table by name (`getItemOrNullObject`) with its columns, data body
 * (values, number formats, the cells holding errors) and merged areas, and the sheets' names
 * and visibility, the plan's bindings (binding-names.ts) and the defined names (which sheets
 * are the add-in's own reports, report-sheets.ts). Only when a contract table is
 * not found by name, or a binding points to a table of another name, does a second sync read
 * every other table and the used range of every sheet, so the plan domain
 * (`locatePlanTables`) can match tables by binding and by headers.
 * A workbook too large for one response (Excel on the web's 5 MB) is read in blocks instead.
 */
import {
  excelNameKey,
  PLAN_TABLES,
  type RangeRef,
  type SheetSnapshot,
  type SnapshotBinding,
  type TableSnapshot,
  type WorkbookSnapshot,
} from "../plan";
import { queueBindingNames, readQueuedBindings } from "./binding-names";
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
import { queueDefinedNames, reportSheetKeys } from "./report-sheets";
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

function withBindings(snapshot: WorkbookSnapshot, bindings: readonly SnapshotBinding[]): WorkbookSnapshot {
  return bindings.length === 0 ? snapshot : { ...snapshot, bindings };
}

/** The blocks reader, and the bindings in a sync of their own when the first sync had none. */
async function readInBlocks(session: Session, bindings: SnapshotBinding[] | null): Promise<WorkbookSnapshot> {
  const snapshot = await readSnapshotInBlocks(session);
  if (bindings !== null) return withBindings(snapshot, bindings);
  const queued = queueBindingNames(session.context.workbook);
  await session.settle(session.context.sync());
  return withBindings(snapshot, readQueuedBindings(queued));
}

function assemble(
  sheets: Excel.WorksheetCollection,
  found: Found,
  used: ReadonlyMap<string, QueuedSheet>,
  bindings: readonly SnapshotBinding[],
): WorkbookSnapshot {
  const snapshot = {
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
  return withBindings(snapshot, bindings);
}

export async function readWorkbookSnapshot(session: Session): Promise<WorkbookSnapshot> {
  const { context } = session;
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name, items/visibility");
  const allTables = workbook.tables.load("items/name");
  const byName = PLAN_TABLES.map((def) => queueTable(workbook.tables.getItemOrNullObject(def.name)));
  const bound = queueBindingNames(workbook);
  const names = queueDefinedNames(workbook);
  try {
    await session.settle(context.sync());
  } catch (error) {
    if (isResponseTooLarge(error)) return readInBlocks(session, null);
    throw error;
  }

  const bindings = readQueuedBindings(bound);
  const found: Found = { tables: [], merges: new Map() };
  collect(byName, found);
  const known = new Set(found.tables.map((t) => t.name.toLocaleLowerCase("sv-SE")));
  const unread = bindings.some((b) => b.table !== null && !known.has(b.table.toLocaleLowerCase("sv-SE")));
  if (found.tables.length === PLAN_TABLES.length && !unread)
    return assemble(sheets, found, new Map(), bindings);

  // Some table is not where its name says: read the rest so tables can be matched by
  // binding and by headers.
  const others = allTables.items
    .filter((t) => !known.has(t.name.toLocaleLowerCase("sv-SE")))
    .map((t) => queueTable(t));
  const reports = reportSheetKeys(names);
  const used = new Map(
    sheets.items.map(
      (sheet) => [sheet.name, queueUsedRange(sheet, !reports.has(excelNameKey(sheet.name)))] as const,
    ),
  );
  try {
    await session.settle(context.sync());
  } catch (error) {
    if (isResponseTooLarge(error)) return readInBlocks(session, bindings);
    throw error;
  }
  collect(others, found);
  return assemble(sheets, found, used, bindings);
}
