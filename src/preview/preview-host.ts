/**
 * The preview page's `WorkbookHost`: what the task pane asks of "Excel" (select a cell,
 * show a sheet, hear about edits) answered by the page's own view of the workbook. Holds
 * which sheet and cell the grid shows, and a version that grows with every write, so the
 * grid can subscribe with `useSyncExternalStore`.
 */
import { parseRange, type WorkbookHost } from "../plan";

/** A cell on a sheet, 1-based. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** What the grid shows: the active sheet, the selected cell and the workbook's version. */
export interface ViewState {
  /** The active sheet's name; null while the workbook has no sheet. */
  readonly sheet: string | null;
  readonly selected: CellPosition | null;
  /** Grows after every write to the workbook, so views re-read it. */
  readonly version: number;
}

/** An address the task pane gave that names no cell (a bug, shown in the pane's message bar). */
export class AddressError extends Error {
  readonly userMessage: string;
  constructor(address: string) {
    super(`Not a cell address: ${address}`);
    this.name = "AddressError";
    this.userMessage = `Cellen ${address} finns inte i arbetsboken.`;
  }
}

/** `'Uppföljning'!B4` → sheet "Uppföljning" and B4's row and column; null when unreadable. */
export function parseCellAddress(address: string): { sheet: string | null; cell: CellPosition } | null {
  const bang = address.lastIndexOf("!");
  const sheetPart = bang < 0 ? null : address.slice(0, bang);
  const range = parseRange(bang < 0 ? address : address.slice(bang + 1));
  if (range === null) return null;
  const cell = { row: range.top, column: range.left };
  if (sheetPart === null) return { sheet: null, cell };
  const quoted = /^'(.*)'$/s.exec(sheetPart);
  const sheet = quoted ? (quoted[1] ?? "").replace(/''/g, "'") : sheetPart;
  return sheet === "" ? null : { sheet, cell };
}

type Listener = () => void;

export class PreviewHost implements WorkbookHost {
  private state: ViewState;
  private readonly viewListeners = new Set<Listener>();
  private readonly tableHandlers = new Set<Listener>();

  /** `sheetNames` tells which sheets exist; the first visible one is shown at start. */
  constructor(private readonly sheetNames: () => readonly string[]) {
    this.state = { sheet: sheetNames()[0] ?? null, selected: { row: 1, column: 1 }, version: 0 };
  }

  readonly getView = (): ViewState => this.state;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  };

  async selectAddress(address: string): Promise<void> {
    const parsed = parseCellAddress(address);
    const sheet = parsed?.sheet ?? this.state.sheet;
    if (parsed === null || sheet === null || !this.sheetNames().includes(sheet)) {
      throw new AddressError(address);
    }
    this.update({ sheet, selected: parsed.cell });
  }

  async activateSheet(name: string): Promise<void> {
    if (!this.sheetNames().includes(name)) throw new AddressError(name);
    this.showSheet(name);
  }

  async onTablesChanged(handler: () => void): Promise<() => Promise<void>> {
    this.tableHandlers.add(handler);
    return async () => {
      this.tableHandlers.delete(handler);
    };
  }

  /** The user picked a sheet tab: shows it with its first cell selected. */
  showSheet(name: string): void {
    if (name === this.state.sheet) return;
    this.update({ sheet: name, selected: { row: 1, column: 1 } });
  }

  /** The user moved the selection in the grid. */
  selectCell(cell: CellPosition): void {
    this.update({ selected: cell });
  }

  /**
   * The workbook was written (a report sheet, follow-up rows, the template): views re-read
   * it, and when plan tables changed, the pane's change handlers run as Excel's would.
   */
  changed(tables: boolean): void {
    const names = this.sheetNames();
    const sheet =
      this.state.sheet !== null && names.includes(this.state.sheet) ? this.state.sheet : (names[0] ?? null);
    this.update({ sheet, version: this.state.version + 1 });
    if (tables) for (const handler of [...this.tableHandlers]) handler();
  }

  private update(next: Partial<ViewState>): void {
    this.state = { ...this.state, ...next };
    for (const listener of [...this.viewListeners]) listener();
  }
}
