/**
 * A `SheetLayout` (a report sheet, as plain data) as a worksheet description: each named
 * look becomes a cell format appended to the workbook's style sheet (Calibri, the look's
 * size, weight, fill, thin grey borders, alignment and wrapping), dates get the ISO date
 * format, and the layout's widths, heights, merges and print setup carry over.
 */
import {
  CELL_STYLES,
  isRawDate,
  manualPageBreaks,
  xmlSafeText,
  type CellStyleName,
  type SheetLayout,
} from "../plan";
import { chartPartXml } from "./chart-part";
import { drawingPartXml } from "./drawing-part";
import { DATE_FORMAT } from "./number-format";
import type { NewWorksheet } from "./package/add-worksheet";
import type { RelatedPart } from "./package/package-graph";
import type { CellFormatSpec, StyleSheet } from "./package/styles-append";
import { worksheetXml, type SpecRow, type WorksheetSpec } from "./package/worksheet-writer";
import { CONTENT_TYPE, REL_TYPE } from "./package/xml";

const BORDER_COLOR = "FF808080";
const TEXT_COLOR = "FF000000";

function formatOf(name: CellStyleName, date: boolean): CellFormatSpec {
  const look = CELL_STYLES[name];
  return {
    font: { name: "Calibri", size: look.fontSize, bold: look.bold, color: TEXT_COLOR },
    fill: look.fill === null ? null : `FF${look.fill}`,
    border: look.border ? BORDER_COLOR : null,
    alignment: { horizontal: look.align, vertical: "top", wrap: look.wrap },
    numberFormat: date ? DATE_FORMAT : null,
  };
}

/** The layout's cell formats, appended to `styles` as needed, by look and date-ness. */
function formats(styles: StyleSheet): (name: CellStyleName, date: boolean) => number {
  const known = new Map<string, number>();
  return (name, date) => {
    const key = `${name}:${date}`;
    let index = known.get(key);
    if (index === undefined) {
      index = styles.cellFormat(formatOf(name, date));
      known.set(key, index);
    }
    return index;
  };
}

/** The layout's page breaks (above rows) as the rows after which a new page starts. */
function rowBreaks(above: readonly number[] | undefined): number[] {
  return manualPageBreaks(above).map((r) => r - 1);
}

/** The sheet's charts as one drawing part whose own related parts are the chart parts. */
function drawingOf(layout: SheetLayout, sheetName: string): RelatedPart | null {
  const charts = layout.charts ?? [];
  if (charts.length === 0) return null;
  return {
    type: REL_TYPE.drawing,
    stem: "xl/drawings/drawing",
    extension: "xml",
    contentType: CONTENT_TYPE.drawing,
    content: (chartIds) =>
      drawingPartXml(
        charts.map((chart, i) => ({ anchor: chart.anchor, relId: chartIds[i] ?? "", title: chart.title })),
      ),
    related: charts.map((chart): RelatedPart => ({
      type: REL_TYPE.chart,
      stem: "xl/charts/chart",
      extension: "xml",
      contentType: CONTENT_TYPE.chart,
      content: () => chartPartXml(chart, sheetName),
    })),
  };
}

export function reportSheetSpec(layout: SheetLayout, styles: StyleSheet, date1904: boolean): WorksheetSpec {
  const format = formats(styles);
  const rows: SpecRow[] = layout.rows.map((row, i) => ({
    row: i + 1,
    height: row.height,
    cells: row.cells.flatMap((cell, j) =>
      cell === null
        ? []
        : [{ column: j + 1, value: cell.value, style: format(cell.style, isRawDate(cell.value)) }],
    ),
  }));
  return {
    columns: layout.columnWidths.map((width) => ({ width, style: null })),
    rows,
    merges: layout.merges,
    frozenRows: 0,
    lists: [],
    print: {
      orientation: layout.print.orientation,
      fitToWidth: layout.print.fitToWidth,
      footer: xmlSafeText(layout.print.footer),
    },
    rowBreaks: rowBreaks(layout.pageBreaks),
    drawingId: null,
    tableIds: [],
    date1904,
  };
}

/**
 * The report sheet as a new worksheet for `addWorksheet`/`replaceWorksheet`. Parts the sheet
 * relates to go in `related`: a drawing (with its charts as the drawing's own related
 * parts) first, so that its relationship id is the first of `ids`; manual page breaks go in
 * the spec's `rowBreaks`.
 */
export function reportWorksheet(
  layout: SheetLayout,
  styles: StyleSheet,
  date1904: boolean,
  sheetName: string,
): Omit<NewWorksheet, "name"> {
  const spec = reportSheetSpec(layout, styles, date1904);
  const drawing = drawingOf(layout, sheetName);
  const related: RelatedPart[] = drawing === null ? [] : [drawing];
  return { related, content: (ids) => worksheetXml({ ...spec, drawingId: ids[0] ?? null }) };
}
