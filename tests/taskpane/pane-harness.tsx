/**
 * Renders the task pane over a workbook port with a host that records what the pane asks
 * of it (selections, activated sheets, change handlers), as the add-in's Office.js host would.
 */
import { render, type RenderResult } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookHost, WorkbookPort } from "../../src/plan";
import { TaskPane } from "../../src/taskpane/App";
import type { NameStore } from "../../src/taskpane/components/follow-up/reporter-name";
import type { SaveFile } from "../../src/taskpane/download";

export class RecordingHost implements WorkbookHost {
  readonly selected: string[] = [];
  readonly activated: string[] = [];
  readonly handlers = new Set<() => void>();
  subscriptions = 0;
  removals = 0;

  async selectAddress(address: string): Promise<void> {
    this.selected.push(address);
  }

  async activateSheet(name: string): Promise<void> {
    this.activated.push(name);
  }

  async onTablesChanged(handler: () => void): Promise<() => Promise<void>> {
    this.subscriptions++;
    this.handlers.add(handler);
    return async () => {
      this.removals++;
      this.handlers.delete(handler);
    };
  }

  /** What Excel does when the user edits a table. */
  editTables(): void {
    for (const handler of this.handlers) handler();
  }
}

export interface Pane extends RenderResult {
  readonly user: UserEvent;
  readonly host: RecordingHost;
}

/** The check date of every test: T1 2026's deadline (15 May) has passed, T2's has not. */
export const TODAY = "2026-06-10";

export interface PaneOptions {
  readonly today?: string;
  readonly liveDelayMs?: number;
  readonly saveFile?: SaveFile;
  /** Where the reporter's name is remembered; a fresh one per pane unless given. */
  readonly nameStore?: NameStore;
  /** Validate as soon as the plan is found, as the preview page does. */
  readonly validateOnOpen?: boolean;
  readonly onSettled?: () => void;
}

/** A name store in memory, so that no test sees another's name. */
export function memoryNameStore(name: string | null = null): NameStore & { name: string | null } {
  return {
    name,
    get() {
      return this.name;
    },
    set(next) {
      this.name = next;
    },
  };
}

/** The pane over any port and host, inside Fluent UI's provider as the add-in renders it. */
export function renderTaskPane(
  port: WorkbookPort,
  host: WorkbookHost,
  options: PaneOptions = {},
): RenderResult & { readonly user: UserEvent } {
  const user = userEvent.setup();
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane
        port={port}
        host={host}
        today={options.today ?? TODAY}
        liveDelayMs={options.liveDelayMs}
        {...(options.saveFile ? { saveFile: options.saveFile } : {})}
        nameStore={options.nameStore ?? memoryNameStore()}
        {...(options.validateOnOpen ? { validateOnOpen: true } : {})}
        {...(options.onSettled ? { onSettled: options.onSettled } : {})}
      />
    </FluentProvider>,
  );
  return { ...result, user };
}

export function renderPane(port: WorkbookPort, options: PaneOptions & { host?: RecordingHost } = {}): Pane {
  const host = options.host ?? new RecordingHost();
  return { ...renderTaskPane(port, host, options), host };
}
