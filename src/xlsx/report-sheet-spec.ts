/**
 * A `SheetLayout` (a report sheet, as plain data) as a worksheet description: each named
 * look becomes a cell format appended to the workbook's style sheet (Calibri, the look's
 * size, weight, fill, thin grey borders, alignment and wrapping), dates get the ISO date
 * format, and the layout's widths, heights, merges and print setup carry over.
 */
import { CELL_STYLES, isRawDate, type CellStyleName, type SheetLayout } from "../plan";
import { DATE_FORMAT } from "./number-format";
import type { NewWorksheet } from "./package/add-worksheet";
import type { RelatedPart } from "./package/package-graph";
import type { CellFormatSpec, StyleSheet } from "./package/styles-append";
import { worksheetXml, type SpecRow, type WorksheetSpec } from "./package/worksheet-writer";

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
      footer: layout.print.footer,
    },
    rowBreaks: [],
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
): Omit<NewWorksheet, "name"> {
  const spec = reportSheetSpec(layout, styles, date1904);
  const related: RelatedPart[] = [];
  return { related, content: (ids) => worksheetXml({ ...spec, drawingId: ids[0] ?? null }) };
}
