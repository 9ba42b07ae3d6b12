/**
 * The empty plan workbook (`atgardsplan mall`, "Skapa planmall"): every table on its own
 * sheet with the contract's headers, text-formatted Nr columns, drop-down lists, and set to
 * print on A4 landscape, one page wide, with the header row on every page.
 */
import { GOAL_STATUSES, PERIODS, PLAN_TABLES, type TableDef, type TableName } from "./contract";
import { pageFooter, type PrintSetup } from "./sheet-layout";
import { wrappedRowHeights } from "./text-height";
import type { CellInput, NewTable } from "./workbook-port";

const TEXT_TYPES = new Set(["activityNr", "text", "duration"]);

/** The plan tables are wide: landscape, the header row (sheet row 1) repeated. */
export function tablePrint(sheet: string): PrintSetup {
  return {
    paper: "A4",
    orientation: "landscape",
    fitToWidth: true,
    repeatRows: { first: 1, last: 1 },
    footer: pageFooter(sheet),
  };
}

/** The table as the template writes it, optionally with rows (an import). */
export function newTable(def: TableDef, rows: readonly (readonly CellInput[])[] = []): NewTable {
  const indexes = def.columns.map((c, i) => ({ c, i }));
  const widths = def.columns.map((c) => c.width);
  const wrapped = indexes.filter(({ i }) => isTextColumn(def, i)).map(({ i }) => i);
  return {
    name: def.name,
    sheet: def.sheet,
    headers: def.columns.map((c) => c.header),
    rows,
    widths,
    textColumns: indexes.filter(({ c }) => c.type === "activityNr").map(({ i }) => i),
    dateColumns: indexes.filter(({ c }) => c.type === "date").map(({ i }) => i),
    lists: indexes.flatMap(({ c, i }): NewTable["lists"] => {
      if (c.type === "period") return [{ column: i, values: PERIODS }];
      if (c.type === "goalStatus") return [{ column: i, values: GOAL_STATUSES }];
      return [];
    }),
    print: tablePrint(def.sheet),
    rowHeights: wrappedRowHeights(rows, widths, wrapped),
  };
}

/** Every table of the contract; `rows` fills some of them (keyed by table name). */
export function planTemplate(
  rows: Partial<Record<TableName, readonly (readonly CellInput[])[]>> = {},
): NewTable[] {
  return PLAN_TABLES.map((def) => newTable(def, rows[def.name] ?? []));
}

/** Whether a column holds free text (wrapped in the template). */
export function isTextColumn(def: TableDef, index: number): boolean {
  const column = def.columns[index];
  return column !== undefined && TEXT_TYPES.has(column.type);
}
