/**
 * Charts and manual page breaks in the workbook model. A chart lives on its sheet (and goes
 * with it); its series refer to cells as `RangeTarget`s, so they follow a renamed sheet as
 * Excel's series formulas do. What Excel does when it makes a chart from cells that hold text
 * (guessing series names and categories) is not documented, and is refused (see chart.ts).
 */
import type { RangeRef } from "../../../src/plan";
import type { BookModel, RangeTarget, SheetModel } from "./model";

export interface ChartAxisTitleModel {
  text: string;
  visible: boolean;
}

export interface ChartAxisModel {
  reversePlotOrder: boolean;
  /** Where the other axis crosses this one: "Automatic", "Maximum", "Minimum". */
  position: string;
  /** null: automatic. */
  minimum: number | null;
  majorUnit: number | null;
  readonly title: ChartAxisTitleModel;
}

export interface ChartSeriesModel {
  name: string;
  /** The cells the values come from (one row or column); null until `setValues`. */
  values: RangeTarget | null;
  /** The cells of the category names (`setXAxisValues`); null for 1, 2, 3 … */
  xValues: RangeTarget | null;
  /** Solid fill as #RRGGBB; null for automatic. */
  fill: string | null;
  lineColor: string | null;
  hasDataLabels: boolean;
  readonly dataLabels: { showValue: boolean; position: string; numberFormat: string };
  gapWidth: number;
  overlap: number;
}

export interface ChartModel {
  readonly id: string;
  name: string;
  readonly chartType: string;
  readonly title: { text: string; visible: boolean; bold: boolean; size: number };
  readonly legend: { visible: boolean; position: string };
  readonly categoryAxis: ChartAxisModel;
  readonly valueAxis: ChartAxisModel;
  readonly series: ChartSeriesModel[];
  /** The cells the chart covers (`setPosition`); null where Excel placed it itself. */
  cells: { readonly start: RangeRef; readonly end: RangeRef } | null;
}

function axis(): ChartAxisModel {
  return {
    reversePlotOrder: false,
    position: "Automatic",
    minimum: null,
    majorUnit: null,
    title: { text: "", visible: false },
  };
}

/** A series as Excel adds it: named "SeriesN" (Excel in English), automatic colours, no labels. */
export function newSeries(name: string, values: RangeTarget | null): ChartSeriesModel {
  return {
    name,
    values,
    xValues: null,
    fill: null,
    lineColor: null,
    hasDataLabels: false,
    dataLabels: { showValue: false, position: "Center", numberFormat: "General" },
    gapWidth: 150,
    overlap: 100,
  };
}

/**
 * `charts.add(type, source, "Columns" | "Rows")` over cells that hold numbers only: one
 * series per column (or row) of the source, named Series1, Series2, …; the chart named
 * "Chart N" with no title, the legend on the right, the axes automatic.
 */
export function addChart(
  book: BookModel,
  sheet: SheetModel,
  type: string,
  source: RangeTarget,
  by: "Columns" | "Rows",
): ChartModel {
  const { ref } = source;
  const lines =
    by === "Columns"
      ? Array.from({ length: ref.right - ref.left + 1 }, (_, i) => ({
          ...ref,
          left: ref.left + i,
          right: ref.left + i,
        }))
      : Array.from({ length: ref.bottom - ref.top + 1 }, (_, i) => ({
          ...ref,
          top: ref.top + i,
          bottom: ref.top + i,
        }));
  const chart: ChartModel = {
    id: `{chart-${book.nextId++}}`,
    name: `Chart ${sheet.charts.length + 1}`,
    chartType: type,
    title: { text: "", visible: false, bold: false, size: 14 },
    legend: { visible: true, position: "Right" },
    categoryAxis: axis(),
    valueAxis: axis(),
    series: lines.map((line, i) => newSeries(`Series${i + 1}`, { sheet: source.sheet, ref: line })),
    cells: null,
  };
  sheet.charts.push(chart);
  return chart;
}

/** A break above `row`: Excel keeps one break per row. */
export function addRowBreak(sheet: SheetModel, row: number): void {
  if (!sheet.rowBreaks.includes(row)) sheet.rowBreaks.push(row);
  sheet.rowBreaks.sort((a, b) => a - b);
}
