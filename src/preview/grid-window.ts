/**
 * The arithmetic of the grid: which rows to render for a scroll position, where to scroll
 * so that a cell is in view, and where a key moves the selection. Rows have one fixed
 * height; columns their own widths. Pure, so it is tested without a browser.
 */
import type { CellPosition } from "./preview-host";

export const ROW_HEIGHT = 24;
/** Rows rendered above and below what is visible, so fast scrolling shows no gaps. */
export const OVERSCAN = 8;

export interface RowWindow {
  /** First and last sheet row rendered (1-based, inclusive); last < first when none. */
  readonly first: number;
  readonly last: number;
}

/** The rows to render when the body (below the column header) is scrolled to `scrollTop`. */
export function rowWindow(scrollTop: number, viewHeight: number, rowCount: number): RowWindow {
  const top = Math.floor(Math.max(0, scrollTop) / ROW_HEIGHT);
  const visible = Math.ceil(Math.max(0, viewHeight) / ROW_HEIGHT) + 1;
  const first = Math.max(1, top + 1 - OVERSCAN);
  const last = Math.min(rowCount, top + visible + OVERSCAN);
  return { first, last };
}

/**
 * The scroll offset that shows the span `start`..`start + size` within a view of `view`
 * pixels scrolled to `current`: unchanged when it is in view already, else the span a third
 * of the way down (or at the left edge).
 */
export function scrollToShow(
  current: number,
  view: number,
  start: number,
  size: number,
  lead: number,
): number {
  if (start >= current && start + size <= current + view) return current;
  return Math.max(0, Math.round(start - lead));
}

/** Left edge of each column (1-based) from the widths; `edges[c - 1]` is column c's left. */
export function columnEdges(columnCount: number, width: (column: number) => number): number[] {
  const edges = [0];
  for (let column = 1; column <= columnCount; column++) edges.push((edges[column - 1] ?? 0) + width(column));
  return edges;
}

/** The selection after a key press, or null when the key does not move it. */
export function moveSelection(
  key: string,
  ctrl: boolean,
  from: CellPosition,
  bounds: { rows: number; columns: number; page: number; lastRow: number; lastColumn: number },
): CellPosition | null {
  const clamp = (row: number, column: number) => ({
    row: Math.min(bounds.rows, Math.max(1, row)),
    column: Math.min(bounds.columns, Math.max(1, column)),
  });
  switch (key) {
    case "ArrowUp":
      return clamp(from.row - 1, from.column);
    case "ArrowDown":
      return clamp(from.row + 1, from.column);
    case "ArrowLeft":
      return clamp(from.row, from.column - 1);
    case "ArrowRight":
      return clamp(from.row, from.column + 1);
    case "PageUp":
      return clamp(from.row - bounds.page, from.column);
    case "PageDown":
      return clamp(from.row + bounds.page, from.column);
    case "Home":
      return ctrl ? clamp(1, 1) : clamp(from.row, 1);
    case "End":
      return ctrl
        ? clamp(Math.max(1, bounds.lastRow), Math.max(1, bounds.lastColumn))
        : clamp(from.row, Math.max(1, bounds.lastColumn));
    default:
      return null;
  }
}
