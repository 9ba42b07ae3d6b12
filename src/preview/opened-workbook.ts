/**
 * A workbook open in the preview: the workbook (read from its package at once, through
 * exceljs when the grid or a write needs it: lazy-workbook.ts), the port the task pane
 * writes through and the host the grid follows, wired so that every write refreshes the
 * grid. Also how one is opened (the example, a file, a new plan) and saved (a download).
 * Loads no exceljs itself, so the page paints and validates before exceljs has arrived.
 */
import { createPlanTables } from "../plan";
import { downloadFile } from "../taskpane/download";
import { LazyWorkbook, loadExceljsAdapter } from "./lazy-workbook";
import { NotifyingPort } from "./notifying-port";
import { PreviewHost } from "./preview-host";

export const EXAMPLE_FILE = "atgardsplan-skarholmen.xlsx";
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface OpenedWorkbook {
  /** Distinct for every workbook opened, so the task pane starts afresh on each. */
  readonly id: number;
  readonly fileName: string;
  readonly workbook: LazyWorkbook;
  readonly port: NotifyingPort;
  readonly host: PreviewHost;
}

let opened = 0;

export function openedWorkbook(workbook: LazyWorkbook, fileName: string): OpenedWorkbook {
  const host = new PreviewHost(() => workbook.sheetNames());
  const port = new NotifyingPort(workbook, async (tables) => {
    // The grid reads exceljs' model, which a write leaves stale: read it again first.
    await (await workbook.workbook()).current();
    host.changed(tables);
  });
  return { id: ++opened, fileName, workbook, port, host };
}

/** Opens the bytes of a workbook. Throws WorkbookFileError with a Swedish message. */
async function openBytes(bytes: ArrayBuffer, fileName: string): Promise<OpenedWorkbook> {
  return openedWorkbook(await LazyWorkbook.open(new Uint8Array(bytes), fileName), fileName);
}

/** The example plan shipped with the page. Throws WorkbookFileError or a fetch error. */
export async function loadExample(base: string): Promise<OpenedWorkbook> {
  const response = await fetch(new URL(`examples/${EXAMPLE_FILE}`, base));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return openBytes(await response.arrayBuffer(), EXAMPLE_FILE);
}

/** A file the user picked or dropped. Throws WorkbookFileError with a Swedish message. */
export async function openFile(file: File): Promise<OpenedWorkbook> {
  return openBytes(await file.arrayBuffer(), file.name);
}

/** "Ny plan": a new workbook holding the empty plan template. */
export async function newPlan(fileName: string): Promise<OpenedWorkbook> {
  const workbook = (await loadExceljsAdapter()).empty();
  await createPlanTables(workbook);
  // The tables were written into the package: the grid reads them from there.
  await workbook.current();
  return openedWorkbook(LazyWorkbook.loaded(workbook), fileName);
}

/** Saves the workbook as it is now under its own file name, through the browser's download. */
export async function downloadWorkbook(opened: OpenedWorkbook): Promise<void> {
  await downloadFile(opened.fileName, await opened.workbook.toBuffer(), XLSX_TYPE);
}
