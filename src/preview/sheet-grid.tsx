/**
 * One worksheet as a read-only grid (ARIA grid): column letters, row numbers, the cells'
 * text, the selected cell highlighted and scrolled into view. Only the rows in view are
 * rendered, so a report sheet of thousands of rows scrolls as fast as a small one. Arrow
 * keys, Page Up/Down, Home/End and Ctrl+Home/End move the selection (`moveSelection`).
 */
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { mergeClasses } from "@fluentui/react-components";
import { columnLetter } from "../plan";
import { ROW_HEIGHT, columnEdges, moveSelection, rowWindow, scrollToShow } from "./grid-window";
import { previewText } from "./messages";
import type { CellPosition } from "./preview-host";
import type { SheetModel } from "./sheet-model";
import { useGridStyles, ROW_HEADER_WIDTH } from "./sheet-grid-styles";

const MIN_ROWS = 40;
const MIN_COLUMNS = 10;

export interface SheetGridProps {
  readonly model: SheetModel;
  readonly selected: CellPosition | null;
  readonly onSelect: (cell: CellPosition) => void;
}

export function SheetGrid(props: SheetGridProps) {
  const { model, selected, onSelect } = props;
  const styles = useGridStyles();
  const baseId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);

  const rows = Math.max(model.lastRow + 20, MIN_ROWS, selected?.row ?? 0);
  const columns = Math.max(model.lastColumn + 2, MIN_COLUMNS, selected?.column ?? 0);
  const edges = useMemo(() => columnEdges(columns, model.width), [columns, model]);
  const bodyHeight = Math.max(0, viewHeight - ROW_HEIGHT);
  const { first, last } = rowWindow(scrollTop, bodyHeight, rows);
  const cellId = (cell: CellPosition) => `${baseId}-${cell.row}-${cell.column}`;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setViewHeight(element.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Bring the selected cell into view when the selection or the sheet changes.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    if (selected === null) {
      element.scrollTo(0, 0);
      setScrollTop(0);
      return;
    }
    const body = element.clientHeight - ROW_HEIGHT;
    const top = scrollToShow(element.scrollTop, body, (selected.row - 1) * ROW_HEIGHT, ROW_HEIGHT, body / 3);
    const columnLeft = edges[selected.column - 1] ?? 0;
    const columnWidth = (edges[selected.column] ?? columnLeft) - columnLeft;
    const width = element.clientWidth - ROW_HEADER_WIDTH;
    const left = scrollToShow(element.scrollLeft, width, columnLeft, columnWidth, 16);
    element.scrollTo(left, top);
    setScrollTop(element.scrollTop);
    // On a narrow screen the grid sits above the task pane: bring it into sight.
    const box = element.getBoundingClientRect();
    if (box.bottom < 0 || box.top > window.innerHeight) {
      (element.closest("[data-workbook-view]") ?? element).scrollIntoView({ block: "start" });
    }
    // Only a new selection or sheet moves the view; a write to the workbook does not.
  }, [selected, model.name]);

  const onKeyDown = (event: KeyboardEvent) => {
    const from = selected ?? { row: 1, column: 1 };
    const page = Math.max(1, Math.floor(bodyHeight / ROW_HEIGHT) - 1);
    const bounds = { rows, columns, page, lastRow: model.lastRow, lastColumn: model.lastColumn };
    const next = moveSelection(event.key, event.ctrlKey || event.metaKey, from, bounds);
    if (next === null) return;
    event.preventDefault();
    onSelect(next);
  };

  const bodyRows: ReactNode[] = [];
  for (let row = first; row <= last; row++) {
    const cells: ReactNode[] = [];
    for (let column = 1; column <= columns; column++) {
      const span = model.span(row, column);
      if (span === 0) continue;
      const cell = model.cell(row, column);
      const isSelected = selected?.row === row && selected.column === column;
      const className = mergeClasses(
        styles.cell,
        cell?.bold && styles.bold,
        cell?.tableHeader && styles.tableHeader,
        cell?.numeric && styles.numeric,
        isSelected && styles.selected,
      );
      cells.push(
        <td
          key={column}
          id={cellId({ row, column })}
          role="gridcell"
          aria-colindex={column + 1}
          aria-selected={isSelected}
          aria-readonly="true"
          colSpan={span > 1 ? span : undefined}
          className={className}
          style={cell?.fill ? { backgroundColor: cell.fill } : undefined}
          title={cell && cell.text.length > 20 ? cell.text : undefined}
          onMouseDown={() => onSelect({ row, column })}
        >
          {cell?.text}
        </td>,
      );
    }
    bodyRows.push(
      <tr key={row} aria-rowindex={row + 1} className={styles.row}>
        <th
          scope="row"
          role="rowheader"
          aria-colindex={1}
          className={mergeClasses(styles.rowHeader, selected?.row === row && styles.rowActive)}
        >
          {row}
        </th>
        {cells}
      </tr>,
    );
  }

  const spacer = (key: string, height: number) =>
    height > 0 ? (
      <tr key={key} aria-hidden="true">
        <td colSpan={columns + 1} className={styles.spacer} style={{ height }} />
      </tr>
    ) : null;

  return (
    <div ref={scroller} className={styles.scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <table
        role="grid"
        tabIndex={0}
        aria-label={previewText.grid(model.name)}
        aria-readonly="true"
        aria-rowcount={rows + 1}
        aria-colcount={columns + 1}
        aria-activedescendant={selected ? cellId(selected) : undefined}
        className={styles.table}
        style={{ width: ROW_HEADER_WIDTH + (edges[columns] ?? 0) }}
        onKeyDown={onKeyDown}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {Array.from({ length: columns }, (_, i) => (
            <col key={i} style={{ width: model.width(i + 1) }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <td className={styles.corner} aria-hidden="true" />
            {Array.from({ length: columns }, (_, i) => (
              <th
                key={i}
                scope="col"
                role="columnheader"
                aria-colindex={i + 2}
                className={mergeClasses(
                  styles.columnHeader,
                  selected?.column === i + 1 && styles.columnActive,
                )}
              >
                {columnLetter(i + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spacer("before", (first - 1) * ROW_HEIGHT)}
          {bodyRows}
          {spacer("after", (rows - last) * ROW_HEIGHT)}
        </tbody>
      </table>
    </div>
  );
}
