/**
 * Writes a block of cells (`OfficeBlock`) as 2D arrays: number formats first, then values,
 * cut into row blocks that keep each request under the payload limit.
 */
import { ACTION_BYTES, BULK_BYTES_PER_CELL, jsonBytes, splitRows, type BatchBudget } from "./chunking";
import type { OfficeBlock } from "./cell-input";

/** The range of `count` rows starting at block row `first` (0-based). */
export type BlockRange = (first: number, count: number) => Excel.Range;

export async function writeBlock(
  budget: BatchBudget,
  block: OfficeBlock,
  rangeAt: BlockRange,
): Promise<void> {
  const properties = block.hasFormats ? 2 : 1;
  const bulk = Math.ceil((block.values[0]?.length ?? 0) * properties * BULK_BYTES_PER_CELL);
  const rowBytes = (i: number): number =>
    jsonBytes(block.values[i]) + (block.hasFormats ? jsonBytes(block.formats[i]) : 0) + 2 + bulk;
  for (const [start, end] of splitRows(block.values.length, rowBytes, budget.blockBytes)) {
    let bytes = 3 * ACTION_BYTES;
    for (let i = start; i < end; i++) bytes += rowBytes(i);
    await budget.add(bytes, () => {
      const range = rangeAt(start, end - start);
      if (block.hasFormats) range.numberFormat = block.formats.slice(start, end);
      range.values = block.values.slice(start, end);
    });
  }
}
