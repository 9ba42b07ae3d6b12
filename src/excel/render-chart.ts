/**
 * Queues a generated sheet's charts (`SheetLayout.charts`) as real Excel charts: stacked
 * horizontal bars (`worksheet.charts.add("BarStacked", …)`) drawn from the sheet's own cells,
 * one series per status in the layout's order and colour, categories top to bottom in the
 * layout's order (the category axis reversed, the value axis kept at the bottom), the count
 * inside each segment, and the chart laid over the cells the layout anchors it to. The same
 * chart the .xlsx path writes as a DrawingML part (src/xlsx/chart-part.ts).
 *
 * Every member used is in ExcelApi 1.7 or 1.8 at most (charts.add and titles 1.1;
 * series.add, setValues, setXAxisValues, gapWidth, reversePlotOrder 1.7;
 * series.dataLabels, overlap, dataLabels.numberFormat, axis position 1.8), below the 1.13 the add-in requires
 * (excel-api.ts), so no requirement set is checked here.
 *
 * A chart proxy made by `charts.add` is valid only in the request it was made in, so each
 * chart is queued whole, as one batch action group.
 */
import { chartAxisStep, chartName, rangeA1, type ChartSeries, type RangeRef, type SheetChart } from "../plan";
import { ACTION_BYTES, jsonBytes, type BatchBudget } from "./chunking";

type SheetAt = () => Excel.Worksheet;

/** A chart whose categories and every series stand in the sheet's cells. */
interface DrawnChart extends SheetChart {
  readonly categoryRef: RangeRef;
  readonly series: readonly (ChartSeries & { readonly ref: RangeRef })[];
}

/** The segments' outline, as in the .xlsx chart part. */
const LINE_COLOR = "#7F7F7F";
/** Counts inside each segment; a zero shows nothing (the format's empty zero section). */
const LABEL_FORMAT = "0;;;";
/** Object paths and actions `queueChart` queues: for the chart, and for each series. */
const CHART_ACTIONS = 30;
const SERIES_ACTIONS = 20;

function drawable(chart: SheetChart): chart is DrawnChart {
  return chart.categoryRef !== null && chart.series.length > 0 && chart.series.every((s) => s.ref !== null);
}

function corner(ref: RangeRef, at: "start" | "end"): string {
  const row = at === "start" ? ref.top : ref.bottom;
  const column = at === "start" ? ref.left : ref.right;
  return rangeA1({ top: row, bottom: row, left: column, right: column });
}

function queueSeries(
  chart: Excel.Chart,
  sheet: Excel.Worksheet,
  categories: Excel.Range,
  layout: DrawnChart,
): void {
  layout.series.forEach((s, i) => {
    // The chart is made from the first series' values; the others are added to it.
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    if (i > 0) series.setValues(sheet.getRange(rangeA1(s.ref)));
    series.setXAxisValues(categories);
    series.format.fill.setSolidColor(`#${s.color}`);
    series.format.line.color = LINE_COLOR;
    series.hasDataLabels = true;
    series.dataLabels.showValue = true;
    series.dataLabels.position = "Center";
    series.dataLabels.numberFormat = LABEL_FORMAT;
    // Gap and overlap belong to the bars as a group: Excel applies them to every series.
    if (i === 0) {
      series.gapWidth = 60;
      series.overlap = 100;
    }
  });
}

function queueChart(sheet: Excel.Worksheet, layout: DrawnChart, index: number): void {
  const [first] = layout.series;
  if (!first) return;
  const chart = sheet.charts.add("BarStacked", sheet.getRange(rangeA1(first.ref)), "Columns");
  chart.name = chartName(index);
  chart.title.text = layout.title;
  chart.title.visible = true;
  chart.title.format.font.size = 12;
  chart.title.format.font.bold = true;
  chart.legend.visible = true;
  chart.legend.position = "Bottom";
  queueSeries(chart, sheet, sheet.getRange(rangeA1(layout.categoryRef)), layout);
  // Categories top to bottom in the layout's order; the value axis crosses at the last one,
  // so it stays below the bars.
  const categoryAxis = chart.axes.categoryAxis;
  categoryAxis.reversePlotOrder = true;
  categoryAxis.position = "Maximum";
  const valueAxis = chart.axes.valueAxis;
  valueAxis.minimum = 0;
  valueAxis.majorUnit = chartAxisStep(layout);
  valueAxis.title.text = layout.valueAxisTitle;
  valueAxis.title.visible = true;
  chart.setPosition(corner(layout.anchor, "start"), corner(layout.anchor, "end"));
}

/** What a chart adds to the request: its actions and its texts. */
function chartBytes(chart: DrawnChart): number {
  const texts = [chart.title, chart.valueAxisTitle, ...chart.series.map((s) => s.name)];
  return ACTION_BYTES * (CHART_ACTIONS + SERIES_ACTIONS * chart.series.length) + jsonBytes(texts);
}

/**
 * Queues the layout's charts onto the sheet, after its cells are sized (the chart covers its
 * anchor cells as they are then). A chart whose data is not on the sheet is left out.
 */
export async function queueCharts(
  budget: BatchBudget,
  sheetAt: SheetAt,
  charts: readonly SheetChart[],
): Promise<void> {
  for (const [index, chart] of charts.entries()) {
    if (!drawable(chart)) continue;
    await budget.add(chartBytes(chart), () => queueChart(sheetAt(), chart, index));
  }
}
