/**
 * The simulated Excel's workbook: what the host holds between requests. The type tables in
 * ../excel read and change it while they answer a request; tests seed it and read it back.
 */
import type { RangeRef } from "../../../src/plan";
import type { ChartModel } from "./charts";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export type CellScalar = string | number | boolean;

/** Formatting the adapter sets and the tests look at. */
export interface CellFormat {
  bold?: boolean;
  size?: number;
  fill?: string;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** Border style by edge ("EdgeTop", "EdgeLeft", …). */
  borders?: Record<string, string>;
}

export interface Cell {
  /** The value, or the formula's result; null for an empty cell. */
  value: CellScalar | null;
  /** An error value such as "#N/A" (then `value` holds the same text). */
  error?: string;
  /** The formula, for a formula cell ("=A1*2"). */
  formula?: string;
  numberFormat: string;
  format?: CellFormat;
}

export interface TableModel {
  readonly id: string;
  name: string;
  sheet: SheetModel;
  /** The whole table: header row, data body and totals row. */
  ref: RangeRef;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

export interface PageLayoutModel {
  paperSize: string;
  orientation: string;
  zoom: Record<string, number>;
  printTitleRows: string | null;
  centerFooter: string;
}

export interface ValidationModel {
  readonly range: RangeRef;
  rule: unknown;
  errorAlert?: unknown;
}

export interface SheetModel {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Rows → columns → cell (1-based). */
  readonly cells: Map<number, Map<number, Cell>>;
  merges: RangeRef[];
  /** Column widths and row heights in points, where set. */
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  frozenRows: number;
  /** Protected (Review → Protect Sheet): Excel refuses changes to it with AccessDenied. */
  protected: boolean;
  validations: ValidationModel[];
  conditionalFormats: { readonly range: RangeRef; readonly type: string }[];
  pageLayout: PageLayoutModel;
  /** The sheet's charts, in the order they were added. */
  readonly charts: ChartModel[];
  /** Manual horizontal page breaks: the rows (1-based, in order) a new printed page begins at. */
  readonly rowBreaks: number[];
}

export interface NameModel {
  name: string;
  /** The sheet the name refers to; null when the reference is broken (#REF!). */
  sheet: SheetModel | null;
  ref: RangeRef | null;
  comment: string;
  visible: boolean;
}

/**
 * An entry of the workbook's bindings collection. A table binding holds the table itself, so
 * it follows renames of the table and its sheet; once the table (or the range's sheet) is
 * gone the binding is invalid, and Excel fails every access to it with InvalidBinding.
 */
export interface BindingModel {
  readonly id: string;
  readonly type: "Range" | "Table" | "Text";
  readonly table: TableModel | null;
  readonly range: RangeTarget | null;
}

export interface BookModel {
  readonly sheets: SheetModel[];
  readonly tables: TableModel[];
  readonly names: NameModel[];
  readonly bindings: BindingModel[];
  active: SheetModel | null;
  selection: { sheet: SheetModel; ref: RangeRef } | null;
  nextId: number;
  /** The workbook counts dates from 1904-01-01 (serial 0), as old Mac workbooks do. */
  date1904: boolean;
}

/** A range as the host resolves it: a rectangle on a sheet. */
export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly ref: RangeRef;
}

/** One or more rectangles on a sheet (`RangeAreas`, and a range's format). */
export interface AreasTarget {
  readonly sheet: SheetModel;
  readonly refs: readonly RangeRef[];
}

export function newBook(): BookModel {
  return {
    sheets: [],
    tables: [],
    names: [],
    bindings: [],
    active: null,
    selection: null,
    nextId: 1,
    date1904: false,
  };
}

export function newSheet(book: BookModel, name: string): SheetModel {
  const sheet: SheetModel = {
    id: `{sheet-${book.nextId++}}`,
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    frozenRows: 0,
    protected: false,
    validations: [],
    conditionalFormats: [],
    pageLayout: {
      paperSize: "Letter",
      orientation: "Portrait",
      zoom: { scale: 100 },
      printTitleRows: null,
      centerFooter: "",
    },
    charts: [],
    rowBreaks: [],
  };
  book.sheets.push(sheet);
  book.active ??= sheet;
  return sheet;
}

export const sameName = (a: string, b: string): boolean =>
  a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");

export function findSheet(book: BookModel, name: string): SheetModel | null {
  return book.sheets.find((s) => sameName(s.name, name)) ?? null;
}

export function findTable(book: BookModel, name: string): TableModel | null {
  return book.tables.find((t) => sameName(t.name, name)) ?? null;
}

export function cellCount(ref: RangeRef): number {
  return (ref.bottom - ref.top + 1) * (ref.right - ref.left + 1);
}
