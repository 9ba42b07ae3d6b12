/**
 * Builds a `SheetLayout` row by row: cells that span columns (merged), and row heights
 * estimated from the text so that wrapped text shows when printed.
 */
import type { RangeRef } from "../excel-address";
import { rawToText } from "../raw-value";
import { CELL_STYLES, type CellStyleName, type LayoutCell, type LayoutRow } from "../sheet-layout";
import type { CellInput } from "../workbook-port";
import { linesNeeded, MAX_ROW_HEIGHT, rowHeight } from "../text-height";

export { linesNeeded, rowHeight } from "../text-height";

/** A cell that covers `span` columns (default 1). */
export interface Span {
  readonly value: CellInput;
  readonly style: CellStyleName;
  readonly span?: number;
}

export class LayoutBuilder {
  private readonly rows: LayoutRow[] = [];
  private readonly merges: RangeRef[] = [];

  constructor(private readonly widths: readonly number[]) {}

  /** The sheet row the next `add` writes (1-based). */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  blank(): void {
    this.rows.push({ cells: [], height: null });
  }

  /** An empty row `height` points tall (e.g. for a chart over it); returns its sheet row. */
  addBlank(height: number): number {
    const row = this.nextRow;
    this.rows.push({ cells: [], height: Math.min(MAX_ROW_HEIGHT, height) });
    return row;
  }

  /** Adds a row of spans laid left to right from column A; returns its sheet row. */
  add(spans: readonly Span[]): number {
    const row = this.nextRow;
    const cells: (LayoutCell | null)[] = [];
    let lines = 1;
    let tallestFont = 0;
    let column = 1;
    for (const { value, style, span = 1 } of spans) {
      cells.push({ value, style });
      // Merged cells keep their style on every covered cell so borders and fills print whole.
      for (let i = 1; i < span; i++) cells.push({ value: null, style });
      if (span > 1) this.merges.push({ top: row, left: column, bottom: row, right: column + span - 1 });
      const look = CELL_STYLES[style];
      tallestFont = Math.max(tallestFont, look.fontSize);
      const text = rawToText(value) ?? "";
      if (look.wrap && text.length > 0) {
        const width = this.widths.slice(column - 1, column - 1 + span).reduce((a, b) => a + b, 0);
        lines = Math.max(lines, linesNeeded(text, width, look.fontSize));
      }
      column += span;
    }
    const height =
      lines === 1 && tallestFont <= 11 ? null : Math.min(MAX_ROW_HEIGHT, rowHeight(lines, tallestFont));
    this.rows.push({ cells, height });
    return row;
  }

  build(): { rows: readonly LayoutRow[]; merges: readonly RangeRef[] } {
    return { rows: this.rows, merges: this.merges };
  }
}
