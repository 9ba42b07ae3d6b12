/**
 * "Koppla plan" as data: where each of the contract's tables could come from in an existing
 * workbook (the proposal), what the user chose (the plan) and what the adapter does (the
 * operations).
 */
import type { ColumnDef, TableDef, TableName } from "../contract";
import type { RangeRef } from "../excel-address";
import type { NewTable } from "../workbook-port";
import type { BrokenBinding } from "./binding-id";

/**
 * How a candidate was found, strongest first: the table a binding points to, an Excel table
 * with the contract's name, an Excel table whose headers match, a plain range whose headers
 * match.
 */
export type CandidateSource = "binding" | "name" | "table" | "range";

/** A header in the workbook and the contract column it was matched to. */
export interface MatchedHeader {
  /** The header as the user typed it, e.g. "Namn". */
  readonly header: string;
  /** The contract's header of the column it holds, e.g. "Aktivitet". */
  readonly column: string;
}

/** One place a plan table could be bound to. */
export interface BindingCandidate {
  /** Unique within the proposal: `table:Tabell1` or `range:'Blad1'!A3:F9`. */
  readonly id: string;
  readonly table: TableName;
  readonly source: CandidateSource;
  readonly sheet: string;
  /** The whole range, header row included, e.g. `A3:F9`. */
  readonly range: string;
  readonly bounds: RangeRef;
  /** The Excel table's current name; null for a plain range. */
  readonly excelTable: string | null;
  /** The headers in sheet order. */
  readonly headers: readonly (string | null)[];
  /** The headers that hold a contract column, in sheet order. */
  readonly matched: readonly MatchedHeader[];
  /** Required columns with no header: added at the right edge on "Koppla". */
  readonly missing: readonly ColumnDef[];
  /** Headers that match no column of the table. */
  readonly unknown: readonly string[];
  /** Columns (0-based, within the range) that hold an activity Nr. */
  readonly nrColumns: readonly number[];
  /**
   * How well the headers fit: required columns matched first, then all columns matched,
   * then fewer unknown headers. Only comparable between candidates for the same table.
   */
  readonly score: number;
}

/** The proposal for one contract table. */
export interface TableProposal {
  readonly def: TableDef;
  /** Every candidate, best first (bindings, then the contract's name, then the score). */
  readonly candidates: readonly BindingCandidate[];
  /** The id of the proposed candidate; null proposes "Skapa ny tabell". */
  readonly chosen: string | null;
  /** The sheet a new table would be put on (the contract's sheet name, or a free one). */
  readonly newSheet: string;
}

export interface BindingProposal {
  /** One entry per contract table, in contract order. */
  readonly tables: readonly TableProposal[];
  /** Bindings whose table has been deleted: the task pane offers to bind again. */
  readonly brokenBindings: readonly BrokenBinding[];
  /** The names of the workbook's Excel tables, for name checks. */
  readonly excelTables: readonly string[];
}

/** A candidate's id, or a new table from the template, or leaving the table out. */
export type BindingChoice = string | "new" | "skip";

/** What the user chose under "Koppla plan". */
export interface BindingPlan {
  /** Per table; a table left out takes the proposal's choice. */
  readonly choices: Readonly<Partial<Record<TableName, BindingChoice>>>;
  /** Whether an existing Excel table may be renamed to the contract's table name. */
  readonly allowRename: boolean;
}

/** What the adapter does, in order. Nothing else in the workbook changes. */
export type BindingOperation =
  /** Makes a plain range (header row included) an Excel table, every cell kept as it is. */
  | {
      readonly kind: "convertRangeToTable";
      readonly sheet: string;
      readonly range: string;
      readonly name: TableName;
    }
  /** Renames an Excel table (formulas that name it follow). */
  | { readonly kind: "renameTable"; readonly from: string; readonly to: TableName }
  /** Adds columns at the table's right edge: a header each, empty cells below. */
  | { readonly kind: "addColumns"; readonly table: string; readonly headers: readonly string[] }
  /** Formats data cells of the columns (0-based) as text, leaving every value as it is. */
  | { readonly kind: "formatColumnsAsText"; readonly table: string; readonly columns: readonly number[] }
  /** A new table from the template on a new sheet. */
  | { readonly kind: "createTable"; readonly table: NewTable }
  /** Records (or replaces) the persistent binding `id` to the Excel table `table`. */
  | { readonly kind: "recordBinding"; readonly id: string; readonly table: string };
