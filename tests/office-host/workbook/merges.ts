/**
 * Merged cells of a sheet: merging (only the top-left cell keeps its contents, as in Excel),
 * unmerging, and which merged areas `Range.getMergedAreasOrNullObject()` reports.
 */
import { rangesIntersect, type RangeRef } from "../../../src/plan";
import { clearCells, getCell } from "./cells";
import { cellCount, type SheetModel } from "./model";

/** Merged ranges by row, so that merging thousands of ranges stays fast. */
const mergeIndex = new WeakMap<SheetModel, { count: number; byRow: Map<number, RangeRef[]> }>();

function mergesByRow(sheet: SheetModel): Map<number, RangeRef[]> {
  let index = mergeIndex.get(sheet);
  if (!index || index.count !== sheet.merges.length) {
    index = { count: sheet.merges.length, byRow: new Map() };
    for (const m of sheet.merges) {
      for (let r = m.top; r <= m.bottom; r++) index.byRow.set(r, [...(index.byRow.get(r) ?? []), m]);
    }
    mergeIndex.set(sheet, index);
  }
  return index.byRow;
}

/** Adds a merged range; merged ranges it overlaps are replaced, as Excel does. */
function addMerge(sheet: SheetModel, part: RangeRef): void {
  const byRow = mergesByRow(sheet);
  const overlapping = new Set<RangeRef>();
  for (let r = part.top; r <= part.bottom; r++) {
    for (const m of byRow.get(r) ?? []) if (rangesIntersect(m, part)) overlapping.add(m);
  }
  if (overlapping.size > 0) sheet.merges = sheet.merges.filter((m) => !overlapping.has(m));
  sheet.merges.push(part);
  if (overlapping.size > 0) return;
  for (let r = part.top; r <= part.bottom; r++) byRow.set(r, [...(byRow.get(r) ?? []), part]);
  const index = mergeIndex.get(sheet);
  if (index) index.count = sheet.merges.length;
}

/** `Range.merge(across)`: each row on its own when `across`; the top-left value stays. */
export function mergeCells(sheet: SheetModel, ref: RangeRef, across: boolean): void {
  const parts = across
    ? Array.from({ length: ref.bottom - ref.top + 1 }, (_, i) => ({
        ...ref,
        top: ref.top + i,
        bottom: ref.top + i,
      }))
    : [ref];
  for (const part of parts) {
    if (cellCount(part) < 2) continue;
    addMerge(sheet, part);
    const keep = { ...getCell(sheet, part.top, part.left) };
    clearCells(sheet, part, "Contents");
    const cell = getCell(sheet, part.top, part.left);
    if (cell) Object.assign(cell, { value: keep.value ?? null, error: keep.error, formula: keep.formula });
  }
}

export function unmergeCells(sheet: SheetModel, ref: RangeRef): void {
  sheet.merges = sheet.merges.filter((m) => !rangesIntersect(m, ref));
}

/**
 * The merged areas `Range.getMergedAreasOrNullObject()` reports for `ref`: only those whose
 * top-left cell lies inside it, each whole. That is what Excel does (desktop and web), though
 * the documentation promises every merged area in the range: office-js issue 3611
 * (https://github.com/OfficeDev/office-js/issues/3611).
 */
export function mergedAreasIn(sheet: SheetModel, ref: RangeRef): RangeRef[] {
  return sheet.merges.filter(
    (m) => m.top >= ref.top && m.top <= ref.bottom && m.left >= ref.left && m.left <= ref.right,
  );
}
