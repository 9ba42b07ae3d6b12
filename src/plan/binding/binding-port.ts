/**
 * The binding port: what "Koppla plan" needs from a workbook beyond the `WorkbookPort`.
 * Implemented by `src/xlsx` (bindings kept as defined names in the file) and `src/excel`
 * (Excel's bindings collection).
 */
import type { BindingOperation } from "./binding-types";

/** A persistent binding as the workbook holds it. */
export interface BoundTable {
  /** `atgardsplan.<TableName>`, e.g. `atgardsplan.Aktiviteter`. */
  readonly id: string;
  /** The Excel table it points to now, whatever it has been renamed to; null when broken. */
  readonly tableName: string | null;
}

export interface BindingPort {
  /**
   * Applies the operations in order, all or nothing: every operation is checked before the
   * first one changes the workbook (a cell in the way of added columns, a table that is
   * gone). Throws the adapter's error with a Swedish message, changing nothing.
   */
  applyBinding(operations: readonly BindingOperation[]): Promise<void>;
  /** The workbook's plan bindings (ids starting `atgardsplan.`). */
  readBindings(): Promise<BoundTable[]>;
}
