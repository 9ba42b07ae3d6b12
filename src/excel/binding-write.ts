/**
 * "Koppla" over Office.js, second sync: every change queued in one batch (split only where a
 * request would pass the payload limit). A batch is not a transaction: an action that fails
 * stops it, and the actions before it stay done. So everything that could make an action
 * fail is checked first (binding-check.ts: tables and sheets there, names free, no merged
 * cells, other tables or values in the way, no protected sheet), and the batch runs in an
 * order where what is left to chance comes last:
 * 1. The plan's tables where they are: a range becomes a table (`tables.add(range, true)`,
 *    its name and style; the header row and every value stay as they are), a table is
 *    renamed, columns are added (header cells written as text, then `Table.resize`,
 *    ExcelApi 1.13).
 * 2. The tables made from the template, each on a new sheet.
 * 3. Nr cells get the text format through a per-cell `numberFormat` array: null, which
 *    leaves a cell as it is, for date cells (text format would show their serial number) and
 *    cells already text. No value is written but the added headers.
 * 4. The binding names (binding-names.ts), an earlier one of the same name deleted first.
 * 5. Excel's bindings, `bindings.add(table.getRange(), "Table", "atgardsplan.<Table>")` as in
 *    Microsoft's samples, last. Excel refuses to replace a binding whose table was deleted
 *    (InvalidBinding); that refusal leaves everything before it in place and is let pass:
 *    the names bind the plan.
 */
import { bindingNameOf } from "../plan";
import type { CheckedBinding, CheckedTable } from "./binding-check";
import { TEXT_FORMAT, officeBlock } from "./cell-input";
import { ACTION_BYTES, BatchBudget, jsonBytes } from "./chunking";
import { TABLE_STYLE, queueTable as queueNewTable } from "./create-tables";
import type { Session } from "./sync";
import { isDateFormat } from "./values";
import { writeBlock } from "./write-block";

/** An error from Excel's bindings collection rather than from the tables or names. */
export function isBindingFault(error: unknown): boolean {
  const fault = error as { code?: unknown; debugInfo?: { errorLocation?: unknown } } | null;
  const location = fault?.debugInfo?.errorLocation;
  return fault?.code === "InvalidBinding" || (typeof location === "string" && location.startsWith("Binding"));
}

/** The text formats for one column's data cells; null when every cell keeps its format. */
function textFormats(table: CheckedTable, column: number): (string | null)[][] | null {
  const { at, formats, showTotals } = table;
  if (!at) return null;
  const rows = at.rows - 1 - (showTotals ? 1 : 0);
  const result: (string | null)[][] = [];
  for (let i = 1; i <= rows; i++) {
    const current = column < at.columns ? formats.get(column)?.[i]?.[0] : undefined;
    result.push([current === TEXT_FORMAT || isDateFormat(current) ? null : TEXT_FORMAT]);
  }
  return result.some((row) => row[0] !== null) ? result : null;
}

/** Step 1 for a table that is in the workbook already. */
async function queueStructure(
  budget: BatchBudget,
  workbook: Excel.Workbook,
  table: CheckedTable,
): Promise<void> {
  const { plan, at } = table;
  const { source } = plan;
  if (source.kind === "new" || !at) return;
  const sheet = () => workbook.worksheets.getItem(at.sheet);
  await budget.add(4 * ACTION_BYTES + jsonBytes([plan.name, at.sheet]), () => {
    if (source.kind === "range") {
      const added = sheet().tables.add(source.a1, true);
      added.name = plan.name;
      added.style = TABLE_STYLE;
    } else if (source.name !== plan.name) {
      workbook.tables.getItem(source.name).name = plan.name;
    }
  });
  const count = plan.added.length;
  if (count > 0) {
    await writeBlock(budget, officeBlock([plan.added], count), () =>
      sheet().getRangeByIndexes(at.row, at.column + at.columns, 1, count),
    );
    await budget.add(4 * ACTION_BYTES, () =>
      workbook.tables
        .getItem(plan.name)
        .resize(sheet().getRangeByIndexes(at.row, at.column, at.rows, at.columns + count)),
    );
  }
}

/** Step 3. */
async function queueTextFormats(
  budget: BatchBudget,
  workbook: Excel.Workbook,
  table: CheckedTable,
): Promise<void> {
  const { plan, at } = table;
  if (!at) return;
  for (const column of new Set(plan.textColumns)) {
    const formats = textFormats(table, column);
    if (!formats) continue;
    await budget.add(3 * ACTION_BYTES + jsonBytes(formats), () => {
      workbook.worksheets
        .getItem(at.sheet)
        .getRangeByIndexes(at.row + 1, at.column + column, formats.length, 1).numberFormat = formats;
    });
  }
}

async function queueNames(
  budget: BatchBudget,
  workbook: Excel.Workbook,
  table: CheckedTable,
  existing: readonly string[],
): Promise<void> {
  for (const id of table.plan.bindingIds) {
    const name = bindingNameOf(id);
    const old = existing.find((n) => n.toLowerCase() === name.toLowerCase());
    await budget.add(6 * ACTION_BYTES + 2 * jsonBytes(name), () => {
      if (old !== undefined) workbook.names.getItem(old).delete();
      workbook.names.add(name, workbook.tables.getItem(table.plan.name).getHeaderRowRange());
    });
  }
}

export async function writeBinding(session: Session, checked: CheckedBinding): Promise<void> {
  const workbook = session.context.workbook;
  const budget = new BatchBudget(session);
  for (const table of checked.tables) await queueStructure(budget, workbook, table);
  for (const { plan } of checked.tables) {
    if (plan.source.kind === "new") await queueNewTable(budget, workbook, plan.source.spec);
  }
  for (const table of checked.tables) await queueTextFormats(budget, workbook, table);
  for (const table of checked.tables) await queueNames(budget, workbook, table, checked.names);
  try {
    for (const table of checked.tables) {
      for (const id of table.plan.bindingIds) {
        await budget.add(4 * ACTION_BYTES + jsonBytes([table.plan.name, id]), () => {
          workbook.bindings.add(workbook.tables.getItem(table.plan.name).getRange(), "Table", id);
        });
      }
    }
    await budget.flush();
  } catch (error) {
    if (!isBindingFault(error)) throw error;
  }
}
