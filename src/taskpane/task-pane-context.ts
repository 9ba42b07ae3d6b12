/**
 * What every panel of the task pane shares: the workbook port, the host, today's date and
 * the one place where results and faults are shown to the user.
 */
import { createContext, useContext } from "react";
import type { UserIdentity, WorkbookHost, WorkbookPort } from "../plan";
import type { NameStore } from "./components/follow-up/reporter-name";
import type { SaveFile } from "./download";

export interface Feedback {
  /** Shows a fault in the message bar (its Swedish user message, never a stack). */
  readonly fail: (error: unknown) => void;
  /** Shows what an action did ("Lade till 3 rader i Uppföljning."), with details as a list. */
  readonly succeed: (text: string, details?: readonly string[]) => void;
  /** Shows what an action did and what the user should know about it (a warning). */
  readonly warn: (text: string, details: readonly string[], after: string) => void;
  /** Clears the message bar, e.g. when a new action starts. */
  readonly clear: () => void;
}

export interface TaskPaneServices extends Feedback {
  readonly port: WorkbookPort;
  readonly host: WorkbookHost;
  /** Today as `YYYY-MM-DD`: the check date and the default report period. */
  readonly today: string;
  /** Re-reads the workbook, e.g. after the template was written. */
  readonly reloadPlan: () => void;
  /** Hands a file the pane made to the user (a download in the browser). */
  readonly saveFile: SaveFile;
  /** Who uses the pane, as far as the host knows (the signed-in account); absent: unknown. */
  readonly identity?: () => Promise<UserIdentity | null>;
  /** Where the reporter's name is remembered; the browser's storage by default. */
  readonly nameStore?: NameStore;
  /** The workbook's address in SharePoint, for reminders; absent for a file elsewhere. */
  readonly documentUrl?: string;
}

export const TaskPaneContext = createContext<TaskPaneServices | null>(null);

export function useTaskPane(): TaskPaneServices {
  const services = useContext(TaskPaneContext);
  if (!services) throw new Error("useTaskPane used outside <TaskPane>");
  return services;
}
