/**
 * "Koppla" over Office.js, first sync: everything the operations depend on is read at once
 * and checked before anything changes, so that a binding is carried out whole or not at
 * all: the tables and sheets named, the header row of each range to convert (text, no
 * formula, none repeated), merged cells and other tables in the way (merged cells found
 * from A1, so that a merge starting above or left of the range counts too: office-js issue
 * 3611), the cells to the right of a table that gets columns, the number formats of columns
 * to format as text, the table and defined names already taken, and whether a sheet to
 * change is protected.
 *
 * A request that fails is explained: a table or sheet that is gone is named; otherwise it
 * is made again without the merged areas, which are then read in parts (more than 512 fail).
 */
import {
  BINDING_MESSAGES,
  cellAddress,
  excelNameKey,
  parseRange,
  rangesIntersect,
  type BindingOperation,
  type RangeRef,
} from "../plan";
import type { PlannedTable } from "./binding-plan";
import { baseRef, queueChecks, rightRef, type Queued } from "./binding-reads";
import { EXCEL_MESSAGES, ExcelError } from "./excel-error";
import { mergesTouching, readMergesInParts, type MergeRegion, type QueuedMerges } from "./merged-areas";
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

/** Merged areas read in parts, by sheet (null when the check's own request read them). */
type Parts = ReadonlyMap<string, readonly RangeRef[]> | null;

function touching(
  merged: QueuedMerges | null | undefined,
  parts: Parts,
  sheet: string,
  ref: RangeRef | null,
) {
  if (!ref) return [];
  if (parts) return (parts.get(sheet) ?? []).filter((m) => rangesIntersect(m, ref));
  return merged ? mergesTouching(merged, ref) : [];
}

function checkRange(q: Queued, sheet: string, parts: Parts): void {
  const { plan, base } = q;
  if (plan.source.kind !== "range" || !base) return;
  const where = cellAddress(sheet, plan.source.range.top, plan.source.range.left);
  if ((q.overlapping?.items.length ?? 0) > 0) throw new ExcelError(BINDING_MESSAGES.overlapsTable(where));
  if (touching(q.merged, parts, sheet, baseRef(q)).length > 0) {
    throw new ExcelError(BINDING_MESSAGES.merged(where));
  }
  checkHeader(sheet, q);
}

function checkRight(q: Queued, sheet: string, parts: Parts): void {
  const { right, plan } = q;
  const region = rightRef(q);
  if (!right || !region) return;
  const used = right.used.isNullObject ? null : parseRange(right.used.address);
  const [merge] = touching(right.merged, parts, sheet, region);
  const first = used ?? merge ?? region;
  if (used || merge || right.tables.items.length > 0) {
    throw new ExcelError(BINDING_MESSAGES.occupied(plan.name, cellAddress(sheet, first.top, first.left)));
  }
}

function checkTable(q: Queued, parts: Parts): CheckedTable {
  const { plan, base } = q;
  const source = plan.source;
  if (source.kind === "new") {
    if (!q.sheet.isNullObject) throw new ExcelError(EXCEL_MESSAGES.sheetExists(source.spec.sheet));
    return { plan, at: null, showTotals: false, formats: new Map() };
  }
  if (!base) throw new ExcelError(EXCEL_MESSAGES.sheetNotFound(plan.name));
  const sheet = q.sheet.name;
  if (q.protection?.protected) throw new ExcelError(EXCEL_MESSAGES.sheetProtected(sheet));
  checkRange(q, sheet, parts);
  checkRight(q, sheet, parts);
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

interface Read {
  readonly tables: Excel.TableCollection;
  readonly names: Excel.NamedItemCollection;
  readonly queued: readonly Queued[];
}

async function read(session: Session, plans: readonly PlannedTable[], merges: boolean): Promise<Read> {
  const { context } = session;
  const workbook = context.workbook;
  const tables = workbook.tables.load("items/name");
  const names = workbook.names.load("items/name");
  const queued = plans.map((plan) => queueChecks(workbook, plan, merges));
  await session.settle(context.sync());
  return { tables, names, queued };
}

/** After a failed check: throws for a table or sheet the operations name that is gone. */
async function explainMissing(session: Session, plans: readonly PlannedTable[]): Promise<void> {
  const { context } = session;
  const tables = context.workbook.tables.load("items/name");
  const sheets = context.workbook.worksheets.load("items/name");
  await session.settle(context.sync());
  const has = (items: readonly { name: string }[], name: string) =>
    items.some((item) => excelNameKey(item.name) === excelNameKey(name));
  for (const { source } of plans) {
    if (source.kind === "existing" && !has(tables.items, source.name)) {
      throw new ExcelError(EXCEL_MESSAGES.tableNotFound(source.name));
    }
    if (source.kind === "range" && !has(sheets.items, source.sheet)) {
      throw new ExcelError(EXCEL_MESSAGES.sheetNotFound(source.sheet));
    }
  }
}

function mergeRegions(queued: readonly Queued[]): MergeRegion[] {
  return queued.flatMap((q) =>
    [q.plan.source.kind === "range" ? baseRef(q) : null, q.right ? rightRef(q) : null].flatMap((range) =>
      range ? [{ sheet: q.sheet.name, range }] : [],
    ),
  );
}

/** Reads and checks (in one sync when nothing is in the way); throws `ExcelError` for the first thing that is. */
export async function checkBinding(
  session: Session,
  operations: readonly BindingOperation[],
  plans: readonly PlannedTable[],
): Promise<CheckedBinding> {
  let done: Read;
  let parts: Parts = null;
  try {
    done = await read(session, plans, true);
  } catch (error) {
    if (error instanceof ExcelError && error.code === "Timeout") throw error;
    await explainMissing(session, plans);
    done = await read(session, plans, false);
    parts = await readMergesInParts(session, mergeRegions(done.queued));
  }
  const checked = done.queued.map((q) => checkTable(q, parts));
  const { tables, names } = done;
  checkNames(operations, new Set([...tables.items, ...names.items].map((item) => excelNameKey(item.name))));
  return { tables: checked, names: names.items.map((n) => n.name) };
}
