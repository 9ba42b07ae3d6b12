/**
 * `Excel.ChartCollection`, `Chart` with its title, legend, axes and series, and a worksheet's
 * `PageBreakCollection` (`horizontalPageBreaks`, ExcelApi 1.9), as far as the add-in uses
 * them; every other member is refused (NotModelled). From the Excel JavaScript API reference:
 * `charts.add(type, sourceData, seriesBy)` "creates a new chart"; `series.add(name)` adds a
 * series that "is not visible until values … are set"; `setValues`/`setXAxisValues` take a
 * Range; `setPosition(startCell, endCell)` moves the chart to `startCell` and, with `endCell`,
 * sizes it to "fully cover" it; `horizontalPageBreaks.add(range)` "adds a page break before
 * the top-left cell of the range specified"; `removePageBreaks()` "resets all manual page
 * breaks". Where the reference is silent, README.md says what is assumed.
 */
import {
  generalException,
  invalidArgument,
  itemNotFound,
  NotModelled,
  refuseIfProtected,
} from "../host-error";
import { hostNode, readOnly, readWrite, type HostType, type ScalarProperty } from "../host-types";
import { getCell } from "../workbook/cells";
import {
  addChart,
  addRowBreak,
  newSeries,
  type ChartAxisModel,
  type ChartModel,
  type ChartSeriesModel,
} from "../workbook/charts";
import type { BookModel, RangeTarget, SheetModel } from "../workbook/model";
import { numberArg, optionalString, stringArg } from "./args";
import { rangeArg } from "./table";

interface ChartsTarget {
  readonly book: BookModel;
  readonly sheet: SheetModel;
}

/** The bar and column types: their series are a column (or row) of numbers each. */
const CHART_TYPES = ["BarStacked", "BarClustered", "ColumnStacked", "ColumnClustered"];
const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner"];
const AXIS_POSITIONS = ["Automatic", "Maximum", "Minimum"];
/** Where a stacked bar's labels can stand (Excel offers no others for stacked bars). */
const LABEL_POSITIONS = ["Center", "InsideEnd", "InsideBase"];

function oneOf(allowed: readonly string[], value: unknown, where: string): string {
  const text = String(value);
  if (!allowed.includes(text)) throw new NotModelled(`${where} = "${text}"`);
  return text;
}

function color(value: unknown, where: string): string {
  const text = String(value).toUpperCase();
  if (!/^#[0-9A-F]{6}$/.test(text))
    throw new NotModelled(`the color "${String(value)}" in ${where} (only #RRGGBB)`);
  return text;
}

function finite(value: unknown, where: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw invalidArgument(where, String(value));
  return value;
}

/** A property of a plain object in the model, read and written as it is (after `check`). */
function field<T, K extends string>(
  of: (target: T) => Record<K, unknown>,
  key: K,
  check: (value: unknown) => unknown,
): ScalarProperty<T> {
  return readWrite(
    (t) => of(t)[key],
    (t, value) => (of(t)[key] = check(value)),
  );
}

/** Only cells that hold numbers (or nothing): Excel's guess at names and categories from text is not documented. */
function numbersOnly(source: RangeTarget, where: string): void {
  const { sheet, ref } = source;
  for (let r = ref.top; r <= ref.bottom; r++) {
    for (let c = ref.left; c <= ref.right; c++) {
      const value = getCell(sheet, r, c)?.value ?? null;
      if (value !== null && typeof value !== "number") {
        throw new NotModelled(
          `${where} over cells that hold text (how Excel takes names and categories from them)`,
        );
      }
    }
  }
}

/** One row or one column: the cells of a series' values or categories. */
function line(book: BookModel, value: unknown, sheet: SheetModel, where: string): RangeTarget {
  const target = rangeArg(book, value, sheet, where);
  const { ref } = target;
  if (ref.top !== ref.bottom && ref.left !== ref.right)
    throw invalidArgument(where, "Expected one row or column.");
  return target;
}

export const CHART_COLLECTION: HostType<ChartsTarget> = {
  name: "ChartCollection",
  items: ({ sheet }) => sheet.charts.map((chart) => chartNode(sheet, chart)),
  scalars: { Count: readOnly(({ sheet }) => sheet.charts.length) },
  methods: {
    Add: ({ book, sheet }, args) => {
      refuseIfProtected(sheet, "ChartCollection.add");
      const type = oneOf(CHART_TYPES, stringArg(args, 0, "ChartCollection.add"), "the chart type");
      const by = optionalString(args, 2, "ChartCollection.add");
      if (by !== "Columns" && by !== "Rows")
        throw new NotModelled(`ChartCollection.add(…, "${by ?? "Auto"}")`);
      const source = rangeArg(book, args[1], sheet, "ChartCollection.add");
      numbersOnly(source, "ChartCollection.add");
      return chartNode(sheet, addChart(book, sheet, type, source, by));
    },
    GetCount: ({ sheet }) => sheet.charts.length,
    GetItem: ({ sheet }, args) => {
      const name = stringArg(args, 0, "ChartCollection.getItem");
      const chart = sheet.charts.find((c) => c.name === name);
      if (!chart) throw itemNotFound(`ChartCollection.getItem(${name})`);
      return chartNode(sheet, chart);
    },
    GetItemAt: ({ sheet }, args) => {
      const chart = sheet.charts[numberArg(args, 0, "ChartCollection.getItemAt")];
      if (!chart) throw itemNotFound("ChartCollection.getItemAt");
      return chartNode(sheet, chart);
    },
  },
  // The client reaches a loaded item by its id.
  indexer: ({ sheet }, args) => {
    const key = stringArg(args, 0, "ChartCollection[…]");
    const chart = sheet.charts.find((c) => c.id === key || c.name === key);
    if (!chart) throw itemNotFound(`ChartCollection[${key}]`);
    return chartNode(sheet, chart);
  },
};

interface ChartTarget {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

function chartNode(sheet: SheetModel, chart: ChartModel) {
  return hostNode(CHART, { sheet, chart });
}

/** A cell given to setPosition: an address on the chart's sheet, or a Range of it. */
function cellRef(target: ChartTarget, book: BookModel, value: unknown, where: string) {
  const { sheet, ref } = rangeArg(book, value, target.sheet, where);
  if (sheet !== target.sheet) throw invalidArgument(where, "The cell is not on the chart's sheet.");
  return ref;
}

export const CHART: HostType<ChartTarget> = {
  name: "Chart",
  identity: ({ chart }) => ({ Id: chart.id }),
  scalars: {
    Id: readOnly(({ chart }) => chart.id),
    Name: readWrite(
      ({ chart }) => chart.name,
      ({ chart }, value) => (chart.name = String(value)),
    ),
    ChartType: readOnly(({ chart }) => chart.chartType),
  },
  navigation: {
    Title: (t) => hostNode(CHART_TITLE, t.chart),
    Legend: (t) => hostNode(CHART_LEGEND, t.chart),
    Axes: (t) => hostNode(CHART_AXES, t.chart),
    Series: (t) => hostNode(SERIES_COLLECTION, t),
  },
  methods: {
    SetPosition: (t, args, scope) => {
      const start = cellRef(t, scope.book, args[0], "Chart.setPosition");
      const end =
        args[1] === undefined || args[1] === null
          ? start
          : cellRef(t, scope.book, args[1], "Chart.setPosition");
      if (end.bottom < start.top || end.right < start.left)
        throw invalidArgument("Chart.setPosition", "The end cell is above or left of the start cell.");
      t.chart.cells = { start, end };
    },
    Delete: ({ sheet, chart }) => {
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    },
  },
};

const CHART_TITLE: HostType<ChartModel> = {
  name: "ChartTitle",
  scalars: {
    Text: field((c: ChartModel) => c.title, "text", String),
    Visible: field((c: ChartModel) => c.title, "visible", Boolean),
  },
  navigation: { Format: (chart) => hostNode(CHART_TITLE_FORMAT, chart) },
};

const CHART_TITLE_FORMAT: HostType<ChartModel> = {
  name: "ChartTitleFormat",
  navigation: { Font: (chart) => hostNode(CHART_TITLE_FONT, chart) },
};

const CHART_TITLE_FONT: HostType<ChartModel> = {
  name: "ChartFont",
  scalars: {
    Bold: field((c: ChartModel) => c.title, "bold", Boolean),
    Size: field(
      (c: ChartModel) => c.title,
      "size",
      (v) => finite(v, "ChartFont.size"),
    ),
  },
};

const CHART_LEGEND: HostType<ChartModel> = {
  name: "ChartLegend",
  scalars: {
    Visible: field((c: ChartModel) => c.legend, "visible", Boolean),
    Position: field(
      (c: ChartModel) => c.legend,
      "position",
      (v) => oneOf(LEGEND_POSITIONS, v, "ChartLegend.position"),
    ),
  },
};

const CHART_AXES: HostType<ChartModel> = {
  name: "ChartAxes",
  navigation: {
    CategoryAxis: (chart) => hostNode(CHART_AXIS, chart.categoryAxis),
    ValueAxis: (chart) => hostNode(CHART_AXIS, chart.valueAxis),
  },
};

const CHART_AXIS: HostType<ChartAxisModel> = {
  name: "ChartAxis",
  scalars: {
    ReversePlotOrder: field((a: ChartAxisModel) => a, "reversePlotOrder", Boolean),
    Position: field(
      (a: ChartAxisModel) => a,
      "position",
      (v) => oneOf(AXIS_POSITIONS, v, "ChartAxis.position"),
    ),
    Minimum: field(
      (a: ChartAxisModel) => a,
      "minimum",
      (v) => finite(v, "ChartAxis.minimum"),
    ),
    MajorUnit: field(
      (a: ChartAxisModel) => a,
      "majorUnit",
      (v) => {
        const unit = finite(v, "ChartAxis.majorUnit");
        if (unit <= 0) throw invalidArgument("ChartAxis.majorUnit", String(v));
        return unit;
      },
    ),
  },
  navigation: { Title: (axis) => hostNode(CHART_AXIS_TITLE, axis.title) },
};

const CHART_AXIS_TITLE: HostType<ChartAxisModel["title"]> = {
  name: "ChartAxisTitle",
  scalars: {
    Text: field((t: ChartAxisModel["title"]) => t, "text", String),
    Visible: field((t: ChartAxisModel["title"]) => t, "visible", Boolean),
  },
};

const SERIES_COLLECTION: HostType<ChartTarget> = {
  name: "ChartSeriesCollection",
  items: ({ chart }) => chart.series.map((s) => seriesNode(chart, s)),
  scalars: { Count: readOnly(({ chart }) => chart.series.length) },
  methods: {
    Add: ({ chart }, args) => {
      const name = optionalString(args, 0, "ChartSeriesCollection.add") ?? `Series${chart.series.length + 1}`;
      const index =
        args[1] === undefined || args[1] === null
          ? chart.series.length
          : numberArg(args, 1, "ChartSeriesCollection.add");
      if (index < 0 || index > chart.series.length)
        throw invalidArgument("ChartSeriesCollection.add", String(index));
      const series = newSeries(name, null);
      chart.series.splice(index, 0, series);
      return seriesNode(chart, series);
    },
    GetCount: ({ chart }) => chart.series.length,
    GetItemAt: ({ chart }, args) => {
      const series = chart.series[numberArg(args, 0, "ChartSeriesCollection.getItemAt")];
      if (!series) throw itemNotFound("ChartSeriesCollection.getItemAt");
      return seriesNode(chart, series);
    },
  },
};

interface SeriesTarget {
  readonly chart: ChartModel;
  readonly series: ChartSeriesModel;
}

function seriesNode(chart: ChartModel, series: ChartSeriesModel) {
  return hostNode(CHART_SERIES, { chart, series });
}

/** The sheet a series' cells are looked up on when given as an address: the chart's. */
function chartSheet(book: BookModel, chart: ChartModel): SheetModel {
  const sheet = book.sheets.find((s) => s.charts.includes(chart));
  if (!sheet) throw generalException("ChartSeries", "The chart is gone.");
  return sheet;
}

const CHART_SERIES: HostType<SeriesTarget> = {
  name: "ChartSeries",
  scalars: {
    Name: field((t: SeriesTarget) => t.series, "name", String),
    HasDataLabels: field((t: SeriesTarget) => t.series, "hasDataLabels", Boolean),
    GapWidth: field(
      (t: SeriesTarget) => t.series,
      "gapWidth",
      (v) => finite(v, "ChartSeries.gapWidth"),
    ),
    Overlap: field(
      (t: SeriesTarget) => t.series,
      "overlap",
      (v) => finite(v, "ChartSeries.overlap"),
    ),
  },
  navigation: {
    Format: (t) => hostNode(SERIES_FORMAT, t.series),
    DataLabels: (t) => hostNode(DATA_LABELS, t.series),
  },
  methods: {
    SetValues: ({ chart, series }, args, scope) => {
      const values = line(scope.book, args[0], chartSheet(scope.book, chart), "ChartSeries.setValues");
      series.values = values;
    },
    SetXAxisValues: ({ chart, series }, args, scope) => {
      series.xValues = line(scope.book, args[0], chartSheet(scope.book, chart), "ChartSeries.setXAxisValues");
    },
    Delete: ({ chart, series }) => {
      chart.series.splice(chart.series.indexOf(series), 1);
    },
  },
};

const SERIES_FORMAT: HostType<ChartSeriesModel> = {
  name: "ChartSeriesFormat",
  navigation: {
    Fill: (series) => hostNode(SERIES_FILL, series),
    Line: (series) => hostNode(SERIES_LINE, series),
  },
};

const SERIES_FILL: HostType<ChartSeriesModel> = {
  name: "ChartFill",
  methods: {
    SetSolidColor: (series, args) => {
      series.fill = color(stringArg(args, 0, "ChartFill.setSolidColor"), "ChartFill.setSolidColor");
    },
    Clear: (series) => {
      series.fill = null;
    },
  },
};

const SERIES_LINE: HostType<ChartSeriesModel> = {
  name: "ChartLineFormat",
  scalars: {
    Color: readWrite(
      (series) => series.lineColor,
      (series, value) => (series.lineColor = color(value, "ChartLineFormat.color")),
    ),
  },
};

const DATA_LABELS: HostType<ChartSeriesModel> = {
  name: "ChartDataLabels",
  scalars: {
    ShowValue: field((s: ChartSeriesModel) => s.dataLabels, "showValue", Boolean),
    Position: field(
      (s: ChartSeriesModel) => s.dataLabels,
      "position",
      (v) => oneOf(LABEL_POSITIONS, v, "ChartDataLabels.position"),
    ),
    NumberFormat: field((s: ChartSeriesModel) => s.dataLabels, "numberFormat", String),
  },
};

interface BreaksTarget {
  readonly book: BookModel;
  readonly sheet: SheetModel;
}

export const PAGE_BREAKS: HostType<BreaksTarget> = {
  name: "PageBreakCollection",
  methods: {
    Add: ({ book, sheet }, args) => {
      refuseIfProtected(sheet, "PageBreakCollection.add");
      const target = rangeArg(book, args[0], sheet, "PageBreakCollection.add");
      if (target.sheet !== sheet)
        throw invalidArgument("PageBreakCollection.add", "The range is on another sheet.");
      if (target.ref.top === 1) throw new NotModelled("a page break above row 1");
      addRowBreak(sheet, target.ref.top);
      return hostNode(PAGE_BREAK, { sheet, row: target.ref.top });
    },
    GetCount: ({ sheet }) => sheet.rowBreaks.length,
    RemovePageBreaks: ({ sheet }) => {
      refuseIfProtected(sheet, "PageBreakCollection.removePageBreaks");
      sheet.rowBreaks.length = 0;
    },
  },
};

/** One page break, as `add` gives it back (nothing of it is modelled but its existence). */
const PAGE_BREAK: HostType<{ readonly sheet: SheetModel; readonly row: number }> = {
  name: "PageBreak",
};
