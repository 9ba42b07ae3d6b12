/**
 * "Koppla" over Office.js, first sync: everything the operations depend on is read at once
 * and checked before anything changes, so that a binding is carried out whole or not at
 * all: the tables and sheets named, the header row of each range to convert (text, no
 * formula, none repeated), merged cells and other tables in the way, the cells to the right
 * of a table that gets columns, the number formats of columns to format as text, and the
 * table and defined names already taken.
 */
import { excelNameKey, cellAddress, parseRange, type BindingOperation } from "../plan";
import { BINDING_MESSAGES } from "../plan";
import type { PlannedTable } from "./binding-plan";
import { queueChecks, type Queued } from "./binding-reads";
import { EXCEL_MESSAGES, ExcelError } from "./excel-error";
import type { Session } from "./sync";

/** Where a table is, or a range to convert: its sheet and 0-based position and size. */
export interface Geometry {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export interface CheckedTable {
  readonly plan: PlannedTable;
  /** Null for a table made from the template. */
  readonly at: Geometry | null;
  readonly showTotals: boolean;
  /**
   * The number formats of the columns to format as text that the table has already, by
   * column (0-based), header row included.
   */
  readonly formats: ReadonlyMap<number, readonly (readonly unknown[])[]>;
}

export interface CheckedBinding {
  readonly tables: readonly CheckedTable[];
  /** The workbook's defined names, as Excel spells them. */
  readonly names: readonly string[];
}

function checkHeader(sheet: string, q: Queued): void {
  const { plan, header } = q;
  if (!header || plan.source.kind !== "range") return;
  const { range } = plan.source;
  const seen = new Set<string>();
  const formulas = header.formulas[0] ?? [];
  (header.values[0] ?? []).forEach((value, j) => {
    const formula = formulas[j];
    const key = typeof value === "string" ? excelNameKey(value.trim()) : "";
    if (key === "" || seen.has(key) || (typeof formula === "string" && formula.startsWith("="))) {
      throw new ExcelError(BINDING_MESSAGES.header(cellAddress(sheet, range.top, range.left + j)));
    }
    seen.add(key);
  });
}

function checkRange(q: Queued, sheet: string): void {
  const { plan, base } = q;
  if (plan.source.kind !== "range" || !base) return;
  const where = cellAddress(sheet, plan.source.range.top, plan.source.range.left);
  if ((q.overlapping?.items.length ?? 0) > 0) throw new ExcelError(BINDING_MESSAGES.overlapsTable(where));
  if (q.merged && !q.merged.isNullObject) throw new ExcelError(BINDING_MESSAGES.merged(where));
  checkHeader(sheet, q);
}

function checkRight(q: Queued, sheet: string): void {
  const { right, base, plan } = q;
  if (!right || !base) return;
  const used = right.used.isNullObject ? null : parseRange(right.used.address);
  const top = base.rowIndex + 1;
  const left = base.columnIndex + base.columnCount + 1;
  const first = used ? cellAddress(sheet, used.top, used.left) : cellAddress(sheet, top, left);
  if (used || !right.merged.isNullObject || right.tables.items.length > 0) {
    throw new ExcelError(BINDING_MESSAGES.occupied(plan.name, first));
  }
}

function checkTable(q: Queued): CheckedTable {
  const { plan, base } = q;
  const source = plan.source;
  if (source.kind === "new") {
    if (!q.sheet.isNullObject) throw new ExcelError(EXCEL_MESSAGES.sheetExists(source.spec.sheet));
    return { plan, at: null, showTotals: false, formats: new Map() };
  }
  if (source.kind === "existing" && q.table?.isNullObject) {
    throw new ExcelError(EXCEL_MESSAGES.tableNotFound(source.name));
  }
  if (q.sheet.isNullObject || !base) {
    throw new ExcelError(EXCEL_MESSAGES.sheetNotFound(source.kind === "range" ? source.sheet : plan.name));
  }
  const sheet = q.sheet.name;
  checkRange(q, sheet);
  checkRight(q, sheet);
  return {
    plan,
    at: {
      sheet,
      row: base.rowIndex,
      column: base.columnIndex,
      rows: base.rowCount,
      columns: base.columnCount,
    },
    showTotals: q.table?.showTotals ?? false,
    formats: new Map(
      [...(q.columns ?? [])].flatMap(([j, column]) =>
        column.isNullObject ? [] : [[j, column.numberFormat]],
      ),
    ),
  };
}

/** Table names taken, following the operations in order (a defined name takes a name too). */
function checkNames(operations: readonly BindingOperation[], taken: Set<string>): void {
  const claim = (name: string) => {
    if (taken.has(excelNameKey(name))) throw new ExcelError(EXCEL_MESSAGES.tableExists(name));
    taken.add(excelNameKey(name));
  };
  for (const op of operations) {
    if (op.kind === "convertRangeToTable") claim(op.name);
    else if (op.kind === "createTable") claim(op.table.name);
    else if (op.kind === "renameTable" && excelNameKey(op.from) !== excelNameKey(op.to)) {
      taken.delete(excelNameKey(op.from));
      claim(op.to);
    }
  }
}

/** Reads and checks in one sync; throws `ExcelError` for the first thing in the way. */
export async function checkBinding(
  session: Session,
  operations: readonly BindingOperation[],
  plans: readonly PlannedTable[],
): Promise<CheckedBinding> {
  const { context } = session;
  const workbook = context.workbook;
  const tables = workbook.tables.load("items/name");
  const names = workbook.names.load("items/name");
  const queued = plans.map((plan) => queueChecks(workbook, plan));
  await session.settle(context.sync());

  const checked = queued.map(checkTable);
  checkNames(operations, new Set([...tables.items, ...names.items].map((item) => excelNameKey(item.name))));
  return { tables: checked, names: names.items.map((n) => n.name) };
}
