/**
 * A workbook snapshot as it would be after some rows were written: how the follow-up form
 * validates what the convener typed with the plan's own rules before anything is saved.
 * Edits go to copies; the snapshot given is never changed.
 */
import { isBlank, type RawValue } from "../raw-value";
import type { CellInput, SheetSnapshot, TableLocation, WorkbookSnapshot } from "../workbook-port";

export interface RowEdit {
  readonly location: TableLocation;
  /** The data row to change (1-based); null adds a row after the table's last non-blank one. */
  readonly row: number | null;
  /** Values by column index (0-based, as in `location.headers`). */
  readonly cells: ReadonlyMap<number, CellInput>;
}

/**
 * A table's data rows in a sheet, as a copy, and how to put them back into the sheet as it is
 * by then (another table of the same sheet may have been put back into it already).
 */
interface EditableRows {
  readonly rows: RawValue[][];
  readonly sheet: (current: SheetSnapshot, rows: RawValue[][]) => SheetSnapshot;
}

function editable(sheet: SheetSnapshot, location: TableLocation): EditableRows | null {
  if (location.excelTable !== null) {
    const table = sheet.tables.find((t) => t.name === location.excelTable);
    if (!table) return null;
    return {
      rows: table.rows.map((r) => [...r]),
      sheet: (current, rows) => ({
        ...current,
        tables: current.tables.map((t) => (t.name === table.name ? { ...t, rows } : t)),
      }),
    };
  }
  const used = sheet.usedRange;
  if (!used || used.top !== location.top || used.left !== location.left) return null;
  const [header = [], ...data] = used.rows;
  return {
    rows: data.map((r) => [...r]),
    sheet: (current, rows) => ({ ...current, usedRange: { ...used, rows: [header, ...rows] } }),
  };
}

/** How many rows there are down to the last one that is not blank. */
function lastFilled(rows: readonly (readonly RawValue[])[]): number {
  return rows.findLastIndex((row) => !row.every(isBlank)) + 1;
}

function writeCells(row: RawValue[], width: number, cells: ReadonlyMap<number, CellInput>): RawValue[] {
  const out = Array.from({ length: Math.max(width, row.length) }, (_, i) => row[i] ?? null);
  for (const [column, value] of cells) out[column] = value;
  return out;
}

export interface EditedSnapshot {
  readonly snapshot: WorkbookSnapshot;
  /** The data row (1-based) each edit landed on, in the order given. */
  readonly rows: readonly number[];
}

/** The snapshot after `edits`; an edit whose table is not in the snapshot lands nowhere (row 0). */
export function applyRowEdits(snapshot: WorkbookSnapshot, edits: readonly RowEdit[]): EditedSnapshot {
  const { sheets } = snapshot;
  const open = new Map<string, { index: number; rows: EditableRows; filled: number }>();
  const landed: number[] = [];
  for (const edit of edits) {
    const { location } = edit;
    const key = `${location.sheet}\u0000${location.excelTable ?? ""}`;
    let target = open.get(key);
    if (!target) {
      const index = sheets.findIndex((s) => s.name === location.sheet);
      const sheet = sheets[index];
      const rows = sheet ? editable(sheet, location) : null;
      if (!rows) {
        landed.push(0);
        continue;
      }
      target = { index, rows, filled: lastFilled(rows.rows) };
      open.set(key, target);
    }
    const width = location.headers.length;
    const at = edit.row === null ? target.filled++ : edit.row - 1;
    target.rows.rows[at] = writeCells(target.rows.rows[at] ?? [], width, edit.cells);
    landed.push(at + 1);
  }
  // Tables of one sheet go back into it one after another, each into the sheet as the last left it.
  const targets = [...open.values()];
  const edited = sheets.map((sheet, i) =>
    targets.reduce((current, t) => (t.index === i ? t.rows.sheet(current, t.rows.rows) : current), sheet),
  );
  return { snapshot: { ...snapshot, sheets: edited }, rows: landed };
}
