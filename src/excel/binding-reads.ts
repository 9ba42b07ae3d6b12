/**
 * What "Koppla" reads in its first sync, for each table the operations touch (binding-check.ts
 * checks it): the table or the range to convert with its position, the header row, merged
 * cells and tables in the range, the cells right of it where columns would be added, and the
 * number formats of the columns to format as text.
 */
import { rangeA1 } from "../plan";
import type { PlannedTable } from "./binding-plan";

interface Right {
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas;
  readonly tables: Excel.TableScopedCollection;
}

export interface Queued {
  readonly plan: PlannedTable;
  readonly sheet: Excel.Worksheet;
  readonly table?: Excel.Table;
  readonly base?: Excel.Range;
  readonly header?: Excel.Range;
  readonly merged?: Excel.RangeAreas;
  readonly overlapping?: Excel.TableScopedCollection;
  readonly right?: Right;
  /** The columns to format as text, each where it meets the range (a null object past its edge). */
  readonly columns?: ReadonlyMap<number, Excel.Range>;
}

function queueSource(workbook: Excel.Workbook, plan: PlannedTable): Queued {
  const shape = "address, rowIndex, columnIndex, rowCount, columnCount";
  const { source } = plan;
  switch (source.kind) {
    case "existing": {
      const table = workbook.tables.getItemOrNullObject(source.name).load("name, showTotals");
      return { plan, table, sheet: table.worksheet.load("name"), base: table.getRange().load(shape) };
    }
    case "range": {
      const sheet = workbook.worksheets.getItemOrNullObject(source.sheet).load("name");
      const base = sheet.getRange(source.a1).load(shape);
      const header = sheet.getRange(rangeA1({ ...source.range, bottom: source.range.top }));
      return {
        plan,
        sheet,
        base,
        header: header.load("values, formulas"),
        merged: base.getMergedAreasOrNullObject().load("address"),
        overlapping: base.getTables(false).load("items/name"),
      };
    }
    case "new":
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

export function queueChecks(workbook: Excel.Workbook, plan: PlannedTable): Queued {
  const source = queueSource(workbook, plan);
  const queued = source.base ? { ...source, columns: queueColumns(source.base, plan.textColumns) } : source;
  if (plan.added.length === 0 || !queued.base) return queued;
  const right = queued.base.getColumnsAfter(plan.added.length);
  return {
    ...queued,
    right: {
      used: right.getUsedRangeOrNullObject(true).load("address"),
      merged: right.getMergedAreasOrNullObject().load("address"),
      tables: right.getTables(false).load("items/name"),
    },
  };
}
