/**
 * The report as a document: headings, tables on the report's grid of eight columns, a chart
 * and what belongs on one page, in reading order. Decided once here; the report sheet
 * (`layoutTertialReport`) and the Word document (src/docx) each render it, so both say the
 * same thing in the same order.
 */
import type { CellStyleName } from "../sheet-layout";
import type { CellInput } from "../workbook-port";

/** The report grid's columns (A–H) in characters; A holds labels, B–H values. */
export const REPORT_COLUMN_WIDTHS: readonly number[] = [24, 12, 12, 12, 12, 12, 12, 12];
export const GRID_WIDTH = REPORT_COLUMN_WIDTHS.length;

/** A cell of a table, covering `span` grid columns. */
export interface DocCell {
  readonly value: CellInput;
  readonly style: CellStyleName;
  readonly span: number;
}

export type DocRow = readonly DocCell[];

export interface TitleBlock {
  readonly kind: "title";
  /** The plan's title, then the period line, then the parties and dates. */
  readonly lines: readonly { readonly text: string; readonly style: "title" | "subheading" | "subtitle" }[];
}

export interface HeadingBlock {
  readonly kind: "heading";
  /** 1: a part of the report or an area; 2: an activity; 3: a part of an area. */
  readonly level: 1 | 2 | 3;
  readonly text: string;
}

export interface TextBlock {
  readonly kind: "text";
  readonly text: string;
  /** "note": a short remark under a table, e.g. that VB's columns are not to be added. */
  readonly style: "text" | "note";
}

export interface TableBlock {
  readonly kind: "table";
  /** Names the table for a chart that draws from it. */
  readonly id?: string;
  /** Leading rows that are the table's header (repeated on a new page in Word). */
  readonly headerRows: number;
  readonly rows: readonly DocRow[];
  /** Printed a size smaller where the renderer sets sizes (the overview, to fit its page). */
  readonly dense?: boolean;
}

/** Stacked bars, one per category, drawn from a table's cells where the sheet has them. */
export interface ChartBlock {
  readonly kind: "chart";
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly {
    readonly name: string;
    readonly color: string;
    readonly values: readonly number[];
  }[];
  readonly valueAxisTitle: string;
  /** Height in points at the sheet's full width (about 600 pt). */
  readonly height: number;
  /**
   * Where the data stands in the table `table`: categories in `categoryColumn` and each
   * series in its `valueColumns` entry (1-based grid columns), from row `firstRow` (0-based
   * among the table's rows) on, one row per category.
   */
  readonly source: {
    readonly table: string;
    readonly firstRow: number;
    readonly categoryColumn: number;
    readonly valueColumns: readonly number[];
  };
}

/** Blocks printed together on one page; `withNext` keeps them with what follows too. */
export interface KeepBlock {
  readonly kind: "keep";
  readonly blocks: readonly DocBlock[];
  readonly withNext: boolean;
}

export interface PageBreakBlock {
  readonly kind: "page-break";
}

export type DocBlock =
  TitleBlock | HeadingBlock | TextBlock | TableBlock | ChartBlock | KeepBlock | PageBreakBlock;

export interface ReportDocument {
  /** The report's name: the sheet's ("Rapport T2 2026") and the document's title. */
  readonly name: string;
  readonly markerName: string;
  /** The page footer without the page numbers: "Skärholmen · Tertial 2 (maj–augusti) 2026". */
  readonly footer: string;
  readonly blocks: readonly DocBlock[];
  /** The grid's columns in characters; the report's eight (`REPORT_COLUMN_WIDTHS`) when absent. */
  readonly columnWidths?: readonly number[];
  /**
   * A table (by id) whose header rows repeat at the top of every printed page under the
   * title rows, for a list that runs over many pages; absent: the title rows alone repeat.
   */
  readonly repeatHeaderOf?: string;
}

/** A cell; `span` defaults to 1. */
export function cell(value: CellInput, style: CellStyleName, span = 1): DocCell {
  return { value, style, span };
}

/** A label in column A and its value across B–H. */
export function fieldRow(label: string, value: CellInput, style: CellStyleName = "text"): DocRow {
  return [cell(label, "label"), cell(value, style, GRID_WIDTH - 1)];
}
