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
  | "status-missing";

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
}
