/**
 * The workbook port the preview's task pane writes through: the exceljs workbook, with the
 * page told after every write so the grid shows the new rows and sheets at once.
 */
import type {
  BindingOperation,
  BindingPort,
  BoundTable,
  CellInput,
  NewTable,
  OwnSheetPolicy,
  RowsWrite,
  RowsWriteResult,
  SheetLayout,
  TableLocation,
  WorkbookPort,
  WorkbookSnapshot,
  WriteSheetResult,
} from "../plan";

/**
 * Told after a write (awaited before the write counts as done); `tables` is true when plan
 * tables were written.
 */
export type WriteListener = (tables: boolean) => void | Promise<void>;

export class NotifyingPort implements WorkbookPort, BindingPort {
  constructor(
    private readonly inner: WorkbookPort & BindingPort,
    private readonly written: WriteListener,
  ) {}

  readSnapshot(): Promise<WorkbookSnapshot> {
    return this.inner.readSnapshot();
  }

  async createTables(tables: readonly NewTable[]): Promise<void> {
    try {
      await this.inner.createTables(tables);
    } finally {
      await this.written(true);
    }
  }

  async appendRows(location: TableLocation, rows: readonly (readonly CellInput[])[]): Promise<void> {
    try {
      await this.inner.appendRows(location, rows);
    } finally {
      await this.written(true);
    }
  }

  async writeRows(write: RowsWrite): Promise<RowsWriteResult> {
    try {
      return await this.inner.writeRows(write);
    } finally {
      await this.written(true);
    }
  }

  async writeSheet(layout: SheetLayout, policy: OwnSheetPolicy): Promise<WriteSheetResult> {
    try {
      return await this.inner.writeSheet(layout, policy);
    } finally {
      await this.written(false);
    }
  }

  /** "Koppla plan": turns ranges into the plan's tables, so the grid and the pane refresh. */
  async applyBinding(operations: readonly BindingOperation[]): Promise<void> {
    try {
      await this.inner.applyBinding(operations);
    } finally {
      await this.written(true);
    }
  }

  readBindings(): Promise<BoundTable[]> {
    return this.inner.readBindings();
  }
}
