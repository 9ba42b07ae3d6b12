/** Merged ranges of a generated sheet. */
import { rangeA1, type RangeRef } from "../plan";

/** Throws when two merged ranges share a cell (a fault in the layout, not in the plan). */
export function assertMergesApart(merges: readonly RangeRef[]): void {
  const covered = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = r * 16384 + c;
        if (covered.has(key)) throw new Error(`Sammanfogade områden överlappar i ${rangeA1(m)}`);
        covered.add(key);
      }
    }
  }
}
