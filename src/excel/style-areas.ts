/**
 * A generated sheet's formatting as few Office.js calls as possible: cells that share a look
 * are gathered into rectangles (runs within a row, merged with equal runs in the rows below),
 * and the rectangles into multi-area addresses for `worksheet.getRanges` (ExcelApi 1.9).
 */
import { rangeA1, type LayoutCell, type LayoutRow, type RangeRef } from "../plan";

/** Longest address given to `getRanges` (Excel's limit for a multi-area reference). */
export const MAX_AREAS_ADDRESS = 250;

interface Open {
  readonly key: string;
  readonly rect: { top: number; left: number; bottom: number; right: number };
}

/** Rectangles of cells by `key` (cells whose key is null are left out). */
export function rectanglesBy(
  rows: readonly LayoutRow[],
  key: (cell: LayoutCell) => string | null,
): Map<string, RangeRef[]> {
  const found = new Map<string, RangeRef[]>();
  const close = (open: Open): void => {
    const list = found.get(open.key);
    if (list) list.push(open.rect);
    else found.set(open.key, [open.rect]);
  };
  let open = new Map<string, Open>();
  rows.forEach((row, i) => {
    const r = i + 1;
    const next = new Map<string, Open>();
    const keys = row.cells.map((cell) => (cell === null ? null : key(cell)));
    for (let c = 0; c < keys.length; c++) {
      const k = keys[c];
      if (k === null || k === undefined) continue;
      let end = c;
      while (end + 1 < keys.length && keys[end + 1] === k) end++;
      const id = `${k}\u0000${c}\u0000${end}`;
      const previous = open.get(id);
      if (previous) {
        previous.rect.bottom = r;
        next.set(id, previous);
        open.delete(id);
      } else next.set(id, { key: k, rect: { top: r, left: c + 1, bottom: r, right: end + 1 } });
      c = end;
    }
    for (const closed of open.values()) close(closed);
    open = next;
  });
  for (const closed of open.values()) close(closed);
  return found;
}

/** Consecutive rows with the same height: height → row ranges ("5:9" as top/bottom). */
export function rowsByHeight(rows: readonly LayoutRow[]): Map<number, { top: number; bottom: number }[]> {
  const found = new Map<number, { top: number; bottom: number }[]>();
  rows.forEach((row, i) => {
    if (row.height === null) return;
    const list = found.get(row.height) ?? [];
    const last = list[list.length - 1];
    if (last && last.bottom === i) last.bottom = i + 1;
    else list.push({ top: i + 1, bottom: i + 1 });
    found.set(row.height, list);
  });
  return found;
}

/** Addresses joined by commas, each string at most `max` characters. */
export function joinAddresses(addresses: readonly string[], max = MAX_AREAS_ADDRESS): string[] {
  const joined: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current !== "" && current.length + 1 + address.length > max) {
      joined.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") joined.push(current);
  return joined;
}

export function rectAddresses(rects: readonly RangeRef[]): string[] {
  return joinAddresses(rects.map(rangeA1));
}

/**
 * Merges as few calls: single-row merges over the same columns in consecutive rows become one
 * `merge(true)` (which merges each row of the range on its own); others stay one call each.
 */
export function mergeCalls(merges: readonly RangeRef[]): { ref: RangeRef; across: boolean }[] {
  const calls: { ref: RangeRef; across: boolean }[] = [];
  const rows = merges
    .filter((m) => m.top === m.bottom)
    .sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  let current: { top: number; left: number; bottom: number; right: number } | null = null;
  for (const m of rows) {
    if (current && current.left === m.left && current.right === m.right && current.bottom + 1 === m.top) {
      current.bottom = m.top;
      continue;
    }
    if (current) calls.push({ ref: current, across: true });
    current = { ...m };
  }
  if (current) calls.push({ ref: current, across: true });
  for (const m of merges) if (m.top !== m.bottom) calls.push({ ref: m, across: false });
  return calls;
}
