/** Reading a `SheetLayout` as a person reads the sheet: a row's shown values, a row by its label. */
import type { SheetLayout } from "../../src/plan";

/** The values of a row's cells that are set (merged cells' covered parts left out). */
export function shown(sheet: SheetLayout, row: number): unknown[] {
  const cells = sheet.rows[row - 1]?.cells ?? [];
  return cells.flatMap((c, i) => {
    if (c === null) return [];
    const covered = sheet.merges.some(
      (m) => m.top <= row && row <= m.bottom && m.left < i + 1 && i + 1 <= m.right,
    );
    return covered ? [] : [c.value];
  });
}

/** The sheet row (1-based) whose column A holds `value`, after row `after`. */
export function rowOf(sheet: SheetLayout, value: unknown, after = 0): number {
  const index = sheet.rows.findIndex((r, i) => i + 1 > after && r.cells[0]?.value === value);
  if (index < 0) throw new Error(`no row with ${String(value)}`);
  return index + 1;
}
