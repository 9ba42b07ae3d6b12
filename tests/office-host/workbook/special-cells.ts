/**
 * `Range.getSpecialCells(cellType, cellValueType)`: the cells of a range that
 * hold constants or formulas of the given kinds (errors, numbers, text, logical), gathered
 * into rectangles (runs in a row, merged with equal runs in the rows below).
 */
import type { RangeRef } from "../../../src/plan";
import type { Cell, SheetModel } from "./model";

function kindOf(cell: Cell): "Errors" | "Numbers" | "Text" | "Logical" {
  if (cell.error !== undefined) return "Errors";
  if (typeof cell.value === "number") return "Numbers";
  return typeof cell.value === "boolean" ? "Logical" : "Text";
}

function matches(cell: Cell | undefined, cellType: string, valueType: string): boolean {
  if (!cell || cell.value === null) return false;
  if (cellType === "Formulas" ? cell.formula === undefined : cell.formula !== undefined) return false;
  if (cellType !== "Constants" && cellType !== "Formulas") return false;
  return valueType === "All" || valueType.includes(kindOf(cell));
}

export function specialCells(
  sheet: SheetModel,
  ref: RangeRef,
  cellType: string,
  valueType = "All",
): RangeRef[] {
  const done: RangeRef[] = [];
  let open = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  for (let r = ref.top; r <= ref.bottom; r++) {
    const next = new Map<string, { top: number; left: number; bottom: number; right: number }>();
    const row = sheet.cells.get(r);
    for (let c = ref.left; c <= ref.right; c++) {
      if (!matches(row?.get(c), cellType, valueType)) continue;
      let end = c;
      while (end + 1 <= ref.right && matches(row?.get(end + 1), cellType, valueType)) end++;
      const key = `${c}:${end}`;
      const rect = open.get(key);
      if (rect) {
        rect.bottom = r;
        open.delete(key);
        next.set(key, rect);
      } else next.set(key, { top: r, left: c, bottom: r, right: end });
      c = end;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done;
}
