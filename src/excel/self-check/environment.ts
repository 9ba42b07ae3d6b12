/** What the self-check needs from Office besides `Excel.run` (the task pane's entry gives it). */
import type { RunInContext } from "../office-host";
import type { RunBatch } from "../sync";
import type { WorkbookWatch } from "../workbook-watch";

export interface SelfCheckEnvironment {
  /** `Excel.run(batch)`. */
  readonly run: RunBatch;
  /** `Excel.run(context, batch)`, to remove the event handler it adds. */
  readonly runIn: RunInContext;
  /** `Office.context.requirements.isSetSupported(name, version)`. */
  readonly isSetSupported: (name: string, version: string) => boolean;
  /** The watch the task pane's port and host share: the change check asks it whose a change is. */
  readonly watch: WorkbookWatch;
  /** How long one sync may take (default 30 s). */
  readonly syncTimeoutMs?: number;
  /** The largest request Excel accepts (default Excel on the web's 5 MB). */
  readonly payloadLimitBytes?: number;
  /** How long to wait for the change event of the add-in's own write (default 10 s). */
  readonly eventTimeoutMs?: number;
}
