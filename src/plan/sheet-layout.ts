/**
 * A generated sheet as plain data: what to write where and how it looks. The report model
 * is laid out into this; each workbook adapter only renders it.
 */
import type { CellInput } from "./workbook-port";
import type { RangeRef } from "./excel-address";

/** Named looks; adapters map them to fonts, fills and borders (see `CELL_STYLES`). */
export type CellStyleName =
  | "title"
  | "subtitle"
  | "heading"
  | "subheading"
  | "label"
  | "header"
  | "text"
  | "number"
  | "total"
  | "status-met"
  | "status-partly"
  | "status-not-met"
  | "status-not-assessed"
  | "status-missing"
  | "paragraph"
  | "note";

export interface CellStyle {
  readonly bold: boolean;
  readonly fontSize: number;
  /** Fill colour as RRGGBB, or null for none. */
  readonly fill: string | null;
  readonly border: boolean;
  readonly wrap: boolean;
  readonly align: "left" | "right" | "center";
}

export const CELL_STYLES: Readonly<Record<CellStyleName, CellStyle>> = {
  title: { bold: true, fontSize: 16, fill: null, border: false, wrap: false, align: "left" },
  subtitle: { bold: false, fontSize: 11, fill: null, border: false, wrap: false, align: "left" },
  heading: { bold: true, fontSize: 13, fill: "D9E1F2", border: false, wrap: true, align: "left" },
  subheading: { bold: true, fontSize: 11, fill: null, border: false, wrap: true, align: "left" },
  label: { bold: true, fontSize: 10, fill: null, border: true, wrap: true, align: "left" },
  header: { bold: true, fontSize: 10, fill: "D9D9D9", border: true, wrap: true, align: "left" },
  text: { bold: false, fontSize: 10, fill: null, border: true, wrap: true, align: "left" },
  number: { bold: false, fontSize: 10, fill: null, border: true, wrap: false, align: "right" },
  total: { bold: true, fontSize: 10, fill: "F2F2F2", border: true, wrap: false, align: "right" },
  "status-met": { bold: true, fontSize: 10, fill: "C6EFCE", border: true, wrap: true, align: "left" },
  "status-partly": { bold: true, fontSize: 10, fill: "FFEB9C", border: true, wrap: true, align: "left" },
  "status-not-met": { bold: true, fontSize: 10, fill: "FFC7CE", border: true, wrap: true, align: "left" },
  "status-not-assessed": {
    bold: true,
    fontSize: 10,
    fill: "D9D9D9",
    border: true,
    wrap: true,
    align: "left",
  },
  "status-missing": { bold: true, fontSize: 10, fill: "D9D9D9", border: true, wrap: true, align: "left" },
  paragraph: { bold: false, fontSize: 10, fill: null, border: false, wrap: true, align: "left" },
  note: { bold: false, fontSize: 9, fill: null, border: false, wrap: true, align: "left" },
};

export interface LayoutCell {
  readonly value: CellInput;
  readonly style: CellStyleName;
}

export interface LayoutRow {
  /** Cells from column A; `null` leaves a cell empty and unstyled. */
  readonly cells: readonly (LayoutCell | null)[];
  /** Row height in points, sized to show wrapped text; null for the default. */
  readonly height: number | null;
}

/** Page margins in inches, as Excel's page setup takes them. */
export interface PageMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

/** The margins generated sheets print with (the .xlsx adapter sets them; Excel's defaults are close). */
export const PRINT_MARGINS: PageMargins = {
  left: 0.6,
  right: 0.6,
  top: 0.7,
  bottom: 0.7,
  header: 0.3,
  footer: 0.3,
};

/** How a sheet prints: the report sheets and the plan tables (`NewTable.print`). */
export interface PrintSetup {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Fit to one page wide, as many pages tall as needed. */
  readonly fitToWidth: true;
  /** Sheet rows (1-based, inclusive) repeated at the top of every printed page. */
  readonly repeatRows: { readonly first: number; readonly last: number };
  /** Centre footer text; `&P` and `&N` are page number and page count. */
  readonly footer: string;
}

/** A centre footer "<title> – sida &P av &N"; an `&` in the title prints as itself. */
export function pageFooter(title: string): string {
  return `${title.replace(/&/g, "&&")} – sida &P av &N`;
}

/** One series of a chart: its name, bar colour (RRGGBB) and values. */
export interface ChartSeries {
  readonly name: string;
  readonly color: string;
  readonly values: readonly number[];
  /** The cells on this sheet that hold the values, one per category; null when they are not on the sheet. */
  readonly ref: RangeRef | null;
}

/**
 * A chart on a generated sheet: horizontal stacked bars, one bar per category (top to
 * bottom in the order given), one segment per series. The values are given, and where they
 * stand on the sheet, so a program draws the chart from the cells and a reader that cannot
 * read cells from the copies.
 */
export interface SheetChart {
  readonly kind: "stacked-bar";
  /** The chart's title, also its description for screen readers. */
  readonly title: string;
  readonly categories: readonly string[];
  readonly categoryRef: RangeRef | null;
  readonly series: readonly ChartSeries[];
  readonly valueAxisTitle: string;
  /** The cells the chart covers, from the top-left corner of the first to the bottom-right of the last. */
  readonly anchor: RangeRef;
}

export interface SheetLayout {
  readonly name: string;
  /**
   * A workbook-level defined name that refers to this sheet and marks it as made by this
   * tool. Excel keeps it when the file is saved and it follows a renamed sheet.
   */
  readonly markerName: string;
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  readonly rows: readonly LayoutRow[];
  readonly merges: readonly RangeRef[];
  readonly print: PrintSetup;
  /** Sheet rows (1-based) that begin a new printed page: manual page breaks above them. */
  readonly pageBreaks?: readonly number[];
  readonly charts?: readonly SheetChart[];
}

/** The name of a generated sheet's `index`th chart (0-based), as Excel shows it in the selection pane. */
export function chartName(index: number): string {
  return `Diagram ${index + 1}`;
}
