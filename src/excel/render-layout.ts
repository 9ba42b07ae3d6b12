/**
 * Queues a `SheetLayout` onto a new worksheet: values (text kept as text, see cell-input.ts),
 * fonts, fills, borders, wrapping and alignment (`CELL_STYLES`, applied per look over
 * multi-area ranges), merges, column widths, row heights, the charts (render-chart.ts), and
 * the print setup: A4 portrait, one page wide (`pageLayout`, ExcelApi 1.9), repeated title
 * rows, the footer and the manual page breaks.
 */
import {
  CELL_STYLES,
  columnLetter,
  rangeA1,
  type CellStyle,
  type LayoutCell,
  type SheetLayout,
} from "../plan";
import { ACTION_BYTES, type BatchBudget } from "./chunking";
import { officeBlock } from "./cell-input";
import { widthPoints } from "./create-tables";
import { queuePageBreaks, queuePrint } from "./print-setup";
import { queueCharts } from "./render-chart";
import { joinAddresses, mergeCalls, rectAddresses, rectanglesBy, rowsByHeight } from "./style-areas";
import { writeBlock } from "./write-block";

type SheetAt = () => Excel.Worksheet;

const ALIGN = { left: "Left", right: "Right", center: "Center" } as const;
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

const look = (cell: LayoutCell): CellStyle => CELL_STYLES[cell.style];

/** One formatting property, set on every group of cells that shares a value of it. */
interface Facet {
  readonly key: (style: CellStyle) => string | null;
  readonly apply: (format: Excel.RangeFormat, key: string) => void;
  /** Object paths and actions one `apply` queues after `getRanges(…).format`. */
  readonly actions: number;
}

const FACETS: readonly Facet[] = [
  { key: (s) => (s.bold ? "bold" : null), apply: (f) => (f.font.bold = true), actions: 2 },
  {
    key: (s) => (s.fontSize === 11 ? null : String(s.fontSize)),
    apply: (f, k) => (f.font.size = Number(k)),
    actions: 2,
  },
  { key: (s) => s.fill, apply: (f, k) => (f.fill.color = `#${k}`), actions: 2 },
  { key: (s) => (s.wrap ? "wrap" : null), apply: (f) => (f.wrapText = true), actions: 1 },
  {
    key: (s) => ALIGN[s.align],
    apply: (f, k) => (f.horizontalAlignment = k as Excel.HorizontalAlignment),
    actions: 1,
  },
  { key: () => "Top", apply: (f) => (f.verticalAlignment = "Top"), actions: 1 },
  {
    key: (s) => (s.border ? "border" : null),
    apply: (f) => {
      for (const edge of EDGES) f.borders.getItem(edge).style = "Continuous";
    },
    actions: 1 + 2 * EDGES.length,
  },
];

async function queueStyles(budget: BatchBudget, sheetAt: SheetAt, layout: SheetLayout): Promise<void> {
  for (const facet of FACETS) {
    const groups = rectanglesBy(layout.rows, (cell) => facet.key(look(cell)));
    for (const [key, rects] of groups) {
      for (const address of rectAddresses(rects)) {
        await budget.add((facet.actions + 2) * ACTION_BYTES + address.length, () =>
          facet.apply(sheetAt().getRanges(address).format, key),
        );
      }
    }
  }
}

async function queueSizes(budget: BatchBudget, sheetAt: SheetAt, layout: SheetLayout): Promise<void> {
  await budget.add(layout.columnWidths.length * 3 * ACTION_BYTES, () => {
    layout.columnWidths.forEach((width, i) => {
      const letter = columnLetter(i + 1);
      sheetAt().getRange(`${letter}:${letter}`).format.columnWidth = widthPoints(width);
    });
  });
  for (const [height, spans] of rowsByHeight(layout.rows)) {
    for (const address of joinAddresses(spans.map((s) => `${s.top}:${s.bottom}`))) {
      await budget.add(
        3 * ACTION_BYTES + address.length,
        () => (sheetAt().getRanges(address).format.rowHeight = height),
      );
    }
  }
}

export async function queueLayout(budget: BatchBudget, sheetAt: SheetAt, layout: SheetLayout): Promise<void> {
  const width = Math.max(layout.columnWidths.length, ...layout.rows.map((r) => r.cells.length), 1);
  if (layout.rows.length > 0) {
    const block = officeBlock(
      layout.rows.map((row) => row.cells.map((cell) => cell?.value ?? null)),
      width,
      undefined,
      budget.date1904,
    );
    await writeBlock(budget, block, (first, count) => sheetAt().getRangeByIndexes(first, 0, count, width));
  }
  await queueSizes(budget, sheetAt, layout);
  await queueStyles(budget, sheetAt, layout);
  for (const { ref, across } of mergeCalls(layout.merges)) {
    const address = rangeA1(ref);
    await budget.add(2 * ACTION_BYTES + address.length, () => sheetAt().getRange(address).merge(across));
  }
  // After the sizes: a chart covers its anchor cells as they are when it is placed.
  await queueCharts(budget, sheetAt, layout.charts ?? []);
  await queuePrint(budget, sheetAt, layout.print);
  await queuePageBreaks(budget, sheetAt, layout.pageBreaks);
}
