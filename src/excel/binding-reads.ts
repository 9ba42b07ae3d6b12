/**
 * What "Koppla" reads in its first sync, for each table the operations touch (binding-check.ts
 * checks it): the table or the range to convert with its position, the header row, merged
 * cells touching the range (merged-areas.ts: found from A1, office-js issue 3611) and tables
 * in it, the cells right of it where columns would be added, and the number formats of the
 * columns to format as text. Tables and sheets are fetched with `getItem`, never through a
 * null object: one that is gone fails the request with ItemNotFound, and binding-check.ts
 * then says which.
 */
import { rangeA1, type RangeRef } from "../plan";
import type { PlannedTable } from "./binding-plan";
import { queueMergesTouching, type QueuedMerges } from "./merged-areas";
import { refOf } from "./snapshot-parts";

interface Right {
  readonly used: Excel.Range;
  readonly merged: QueuedMerges | null;
  readonly tables: Excel.TableScopedCollection;
}

export interface Queued {
  readonly plan: PlannedTable;
  readonly sheet: Excel.Worksheet;
  /** Whether the sheet is protected (a change to it would fail in the middle of the write). */
  readonly protection?: Excel.WorksheetProtection;
  readonly table?: Excel.Table;
  readonly base?: Excel.Range;
  readonly header?: Excel.Range;
  /** Merged areas touching the range to convert; null when read in parts. */
  readonly merged?: QueuedMerges | null;
  readonly overlapping?: Excel.TableScopedCollection;
  readonly right?: Right;
  /** The columns to format as text, each where it meets the range (a null object past its edge). */
  readonly columns?: ReadonlyMap<number, Excel.Range>;
}

const SHAPE = "address, rowIndex, columnIndex, rowCount, columnCount";

function queueSource(workbook: Excel.Workbook, plan: PlannedTable, merges: boolean): Queued {
  const { source } = plan;
  switch (source.kind) {
    case "existing": {
      const table = workbook.tables.getItem(source.name).load("name, showTotals");
      const sheet = table.worksheet.load("name");
      const protection = sheet.protection.load("protected");
      return { plan, table, sheet, protection, base: table.getRange().load(SHAPE) };
    }
    case "range": {
      const sheet = workbook.worksheets.getItem(source.sheet).load("name");
      const base = sheet.getRange(source.a1).load(SHAPE);
      const header = sheet.getRange(rangeA1({ ...source.range, bottom: source.range.top }));
      return {
        plan,
        sheet,
        protection: sheet.protection.load("protected"),
        base,
        header: header.load("values, formulas"),
        merged: merges ? queueMergesTouching(sheet, base) : null,
        overlapping: base.getTables(false).load("items/name"),
      };
    }
    case "new":
      // Only the sheet's own properties: the null object is asked nothing derived from it.
      return { plan, sheet: workbook.worksheets.getItemOrNullObject(source.spec.sheet).load("name") };
  }
}

/** Only the columns' number formats: a whole plan's would come near the 5 MB response limit. */
function queueColumns(base: Excel.Range, columns: readonly number[]): Map<number, Excel.Range> {
  const queued = new Map<number, Excel.Range>();
  for (const j of new Set(columns)) {
    const column = base.getIntersectionOrNullObject(base.getCell(0, j).getEntireColumn());
    queued.set(j, column.load("numberFormat"));
  }
  return queued;
}

/** `merges`: ask for merged areas in this request (false when they are read in parts). */
export function queueChecks(workbook: Excel.Workbook, plan: PlannedTable, merges: boolean): Queued {
  const source = queueSource(workbook, plan, merges);
  const queued = source.base ? { ...source, columns: queueColumns(source.base, plan.textColumns) } : source;
  if (plan.added.length === 0 || !queued.base) return queued;
  const right = queued.base.getColumnsAfter(plan.added.length);
  return {
    ...queued,
    right: {
      used: right.getUsedRangeOrNullObject(true).load("address"),
      merged: merges ? queueMergesTouching(queued.sheet, right) : null,
      tables: right.getTables(false).load("items/name"),
    },
  };
}

/** The range to convert (after the sync). */
export function baseRef(q: Queued): RangeRef | null {
  return q.base ? refOf(q.base) : null;
}

/** The cells right of the table where its new columns go (after the sync). */
export function rightRef(q: Queued): RangeRef | null {
  const base = baseRef(q);
  const count = q.plan.added.length;
  return base && count > 0 ? { ...base, left: base.right + 1, right: base.right + count } : null;
}
