/** The used range: the smallest rectangle holding every used cell (with a value, if `valuesOnly`). */
import type { RangeRef } from "../../../src/plan";
import type { RangeTarget, SheetModel } from "./model";

export function usedRef(sheet: SheetModel, within: RangeRef, valuesOnly: boolean): RangeTarget | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const [r, cells] of sheet.cells) {
    if (r < within.top || r > within.bottom) continue;
    for (const [c, cell] of cells) {
      if (c < within.left || c > within.right) continue;
      const used =
        cell.value !== null ||
        (!valuesOnly && (cell.numberFormat !== "General" || cell.format !== undefined));
      if (!used) continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  if (top === Infinity) return null;
  return { sheet, ref: { top, left, bottom, right } };
}
