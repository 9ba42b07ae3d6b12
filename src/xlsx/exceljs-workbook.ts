/**
 * The workbook port over exceljs: for the CLI, the preview page and tests. Browser-safe
 * (no file system); `workbook-file.ts` reads and writes files.
 */
import ExcelJS from "exceljs";
import type {
  BindingOperation,
  BindingPort,
  BoundTable,
  CellInput,
  NewTable,
  OwnSheetPolicy,
  SheetLayout,
  TableLocation,
  WorkbookPort,
  WorkbookSnapshot,
  WriteSheetResult,
} from "../plan";
import { appendRows } from "./append-rows";
import { applySheetAdditions } from "./apply-sheet-additions";
import { applyBinding, readBindings, snapshotBindings } from "./binding";
import { createTables } from "./create-tables";
import { loadWorkbookPackage } from "./load-workbook";
import { preserveUserContent, type PackageMemory } from "./preserve-package";
import { readWorkbookSnapshot } from "./read-snapshot";
import { writeSheetLayout } from "./write-sheet";
import { writeWorkbookBuffer } from "./write-buffer";

export class ExceljsWorkbook implements WorkbookPort, BindingPort {
  /** Sheets written here, by name, with the charts and page breaks exceljs does not save. */
  private readonly generated = new Map<string, Pick<SheetLayout, "charts" | "pageBreaks">>();
  /** Sheets of the opened file that a written sheet replaced. */
  private readonly replaced = new Set<string>();

  /**
   * `memory`: the package the workbook was opened from, whose content exceljs cannot model
   * is carried into every save (preserve-package.ts); null for a workbook made in memory.
   */
  constructor(
    readonly workbook: ExcelJS.Workbook,
    private readonly memory: PackageMemory | null = null,
    /** The file name or path it was opened as; null for a workbook made in memory. */
    readonly source: string | null = null,
  ) {}

  /** What saving would lose even so (pivot tables, macros …), in Swedish; empty when nothing. */
  get unsavedContent(): readonly string[] {
    return this.memory?.unsaved ?? [];
  }

  /** A new workbook with no sheets. */
  static empty(): ExceljsWorkbook {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "atgardsplan";
    return new ExceljsWorkbook(workbook);
  }

  /** Opens a workbook from its bytes; `fileName` is only for messages. Throws WorkbookFileError. */
  static async fromBuffer(data: ArrayBuffer | Uint8Array, fileName: string): Promise<ExceljsWorkbook> {
    const { workbook, memory } = await loadWorkbookPackage(data, fileName);
    return new ExceljsWorkbook(workbook, memory, fileName);
  }

  /** The workbook as .xlsx bytes. */
  async toBuffer(): Promise<Uint8Array> {
    // JSZip keeps the compressed bytes of the parts the additions leave alone.
    const bytes = await writeWorkbookBuffer(this.workbook);
    const preserved =
      this.memory === null ? bytes : await preserveUserContent(this.keptMemory(this.memory), bytes);
    return applySheetAdditions(preserved, {
      generated: this.generated,
      original: this.memory?.original ?? null,
      replaced: this.replaced,
    });
  }

  /** What to carry over from the opened file: not the drawings of the sheets replaced since. */
  private keptMemory(memory: PackageMemory): PackageMemory {
    if (this.replaced.size === 0) return memory;
    const drawings = new Map([...memory.drawings].filter(([sheet]) => !this.replaced.has(sheet)));
    return { ...memory, drawings };
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    const snapshot = readWorkbookSnapshot(this.workbook);
    const bindings = snapshotBindings(this.workbook);
    return bindings.length === 0 ? snapshot : { ...snapshot, bindings };
  }

  async createTables(tables: readonly NewTable[]): Promise<void> {
    createTables(this.workbook, tables);
  }

  async appendRows(location: TableLocation, rows: readonly (readonly CellInput[])[]): Promise<void> {
    appendRows(this.workbook, location, rows);
  }

  async writeSheet(layout: SheetLayout, policy: OwnSheetPolicy): Promise<WriteSheetResult> {
    const result = writeSheetLayout(this.workbook, layout, policy);
    if (result.replaced) this.replaced.add(result.sheet);
    this.generated.set(result.sheet, { charts: layout.charts ?? [], pageBreaks: layout.pageBreaks ?? [] });
    return result;
  }

  /** "Koppla plan": see binding.ts (bindings are kept as defined names in the file). */
  async applyBinding(operations: readonly BindingOperation[]): Promise<void> {
    applyBinding(this.workbook, operations);
  }

  async readBindings(): Promise<BoundTable[]> {
    return readBindings(this.workbook);
  }
}
