/** Whether a workbook port can carry out "Koppla plan" (kept apart so the pane starts without the binding code). */
import type { BindingPort, WorkbookPort } from "../../plan";

export type BindingWorkbook = WorkbookPort & BindingPort;

/** Whether the port can bind (both workbook adapters can; a wrapper may not). */
export function canBind(port: WorkbookPort): port is BindingWorkbook {
  return "applyBinding" in port && "readBindings" in port;
}
