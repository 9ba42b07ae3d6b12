/**
 * `layoutTertialReport`: the report → a print-ready `SheetLayout`: the report document's
 * blocks as rows on an eight-column grid (A4 portrait, one page wide, title rows repeated,
 * wrapped text), the chart anchored on its own row, and manual page breaks
 * so that no activity is split across pages and no heading is left at a page's foot.
 */
import type { RangeRef } from "../excel-address";
import { DEFAULT_ROW_POINTS, fitWidthScale, pageBreaks, pageCapacity, type PrintUnit } from "../print-pages";
import { PRINT_MARGINS, type CellStyleName, type SheetChart, type SheetLayout } from "../sheet-layout";
import { MAX_ROW_HEIGHT } from "../text-height";
import { buildReportDocument } from "./build-report-document";
import { LayoutBuilder } from "./layout-builder";
import {
  GRID_WIDTH,
  REPORT_COLUMN_WIDTHS,
  type ChartBlock,
  type DocBlock,
  type ReportDocument,
} from "./report-document";
import type { TertialReport } from "./report-types";

/** Rows 1–2 (the plan's title and the period) repeat at the top of every printed page. */
export const REPEATED_TITLE_ROWS = { first: 1, last: 2 } as const;

const HEADING_STYLE: Readonly<Record<1 | 2 | 3, CellStyleName>> = {
  1: "heading",
  2: "subheading",
  3: "subheading",
};

/** Footer text is an Excel header/footer format: a literal `&` is written `&&`. */
function footerText(text: string): string {
  return text.replace(/&/g, "&&");
}

class SheetRenderer {
  readonly b: LayoutBuilder;
  readonly units: PrintUnit[] = [];
  readonly charts: SheetChart[] = [];
  private readonly tables = new Map<string, number>();
  /** Each named table's last header row. */
  readonly headerEnds = new Map<string, number>();
  private breakNext = false;

  constructor(
    private readonly width: number,
    widths: readonly number[],
  ) {
    this.b = new LayoutBuilder(widths);
  }

  /** Renders a top-level block as its own print unit (a table as one unit per row). */
  block(block: DocBlock): void {
    if (block.kind === "page-break") {
      this.breakNext = true;
      return;
    }
    if (block.kind === "table") {
      // A table has no blank row before it. Each row prints as a unit of its own; the header
      // rows stay with the first row below.
      this.tableRows(block, (row, i) => this.unit(row, row, i < block.headerRows));
      return;
    }
    const first = this.gap(block);
    this.draw(block);
    const keepWithNext = block.kind === "heading" || (block.kind === "keep" && block.withNext);
    this.unit(first, this.b.nextRow - 1, keepWithNext);
  }

  /** A blank row before headings and kept blocks, except at the top of a page; returns the block's first row. */
  private gap(block: DocBlock): number {
    const first = this.b.nextRow;
    const spaced = block.kind === "heading" || block.kind === "keep" || block.kind === "chart";
    if (spaced && first > 1 && !this.breakNext) this.b.blank();
    return first;
  }

  private unit(first: number, last: number, keepWithNext: boolean): void {
    if (last < first) return;
    this.units.push({ first, last, keepWithNext, breakBefore: this.breakNext });
    this.breakNext = false;
  }

  private full(text: string, style: CellStyleName): void {
    this.b.add([{ value: text, style, span: this.width }]);
  }

  private tableRows(
    block: Extract<DocBlock, { kind: "table" }>,
    each: (row: number, i: number) => void = () => undefined,
  ): void {
    if (block.id !== undefined) {
      this.tables.set(block.id, this.b.nextRow);
      this.headerEnds.set(block.id, this.b.nextRow + block.headerRows - 1);
    }
    block.rows.forEach((row, i) => each(this.b.add(row), i));
  }

  /** Draws a block's rows (inside a kept block, without units of its own). */
  private draw(block: DocBlock, nested = false): void {
    switch (block.kind) {
      case "title":
        for (const line of block.lines) this.full(line.text, line.style);
        return;
      case "heading":
        if (nested) this.b.blank();
        this.full(block.text, HEADING_STYLE[block.level]);
        return;
      case "text":
        this.full(block.text, block.style === "note" ? "note" : "paragraph");
        return;
      case "table":
        this.tableRows(block);
        return;
      case "chart":
        this.chart(block);
        return;
      case "keep":
        block.blocks.forEach((inner, i) => this.draw(inner, i > 0));
        return;
      case "page-break":
        return;
    }
  }

  /**
   * The chart on rows of its own (one, unless it is taller than a row can be), drawing from
   * the table its data stands in.
   */
  private chart(block: ChartBlock): void {
    const count = Math.ceil(block.height / MAX_ROW_HEIGHT);
    const row = this.b.addBlank(block.height / count);
    for (let i = 1; i < count; i++) this.b.addBlank(block.height / count);
    const tableRow = this.tables.get(block.source.table);
    const at = (column: number): RangeRef | null =>
      tableRow === undefined || block.categories.length === 0
        ? null
        : {
            top: tableRow + block.source.firstRow,
            bottom: tableRow + block.source.firstRow + block.categories.length - 1,
            left: column,
            right: column,
          };
    this.charts.push({
      kind: "stacked-bar",
      title: block.title,
      categories: block.categories,
      categoryRef: at(block.source.categoryColumn),
      series: block.series.map((s, i) => ({ ...s, ref: at(block.source.valueColumns[i] ?? 0) })),
      valueAxisTitle: block.valueAxisTitle,
      anchor: { top: row, left: 1, bottom: row + count - 1, right: this.width },
    });
  }
}

/** The report document as a sheet. */
export function layoutReportDocument(doc: ReportDocument): SheetLayout {
  const widths = doc.columnWidths ?? REPORT_COLUMN_WIDTHS;
  const renderer = new SheetRenderer(doc.columnWidths?.length ?? GRID_WIDTH, widths);
  for (const block of doc.blocks) renderer.block(block);
  const { rows, merges } = renderer.b.build();
  const headerEnd =
    doc.repeatHeaderOf === undefined ? undefined : renderer.headerEnds.get(doc.repeatHeaderOf);
  const repeatRows = headerEnd === undefined ? REPEATED_TITLE_ROWS : { first: 1, last: headerEnd };
  // The page breaks assume the largest scale a program fits the width at (Excel's, with
  // Calibri): a program whose font is wider prints smaller and fits more on each page.
  const scale = fitWidthScale(widths, PRINT_MARGINS);
  const heights = rows.map((r) => r.height ?? DEFAULT_ROW_POINTS);
  const repeated = heights.slice(repeatRows.first - 1, repeatRows.last).reduce((a, b) => a + b, 0);
  // A little room for a program whose rows come out taller than the sheet says.
  const capacity = pageCapacity(scale, PRINT_MARGINS) * 0.95;
  return {
    name: doc.name,
    markerName: doc.markerName,
    columnWidths: widths,
    rows,
    merges,
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      repeatRows,
      footer: `${footerText(doc.footer)} – sida &P av &N`,
    },
    pageBreaks: pageBreaks(heights, renderer.units, { capacity, repeated }),
    charts: renderer.charts,
  };
}

export function layoutTertialReport(report: TertialReport): SheetLayout {
  return layoutReportDocument(buildReportDocument(report));
}
