/**
 * What the Office.js port and host share so that live checking reacts to the right changes:
 *
 * - The add-in's own writes. Excel fires `worksheets.onChanged` for them too; from ExcelApi
 *   1.14 it says so (`triggerSource: "ThisLocalAddin"`), before it does not. So every batch
 *   that writes is tracked: an event that arrives while one runs, or before Excel has
 *   answered a request sent after it (a fence: one small read, sent only while someone
 *   listens), is taken as caused by it. Excel answers in order, so the events of a write
 *   come before the fence's answer. A user's own edit in those moments is seen with the
 *   next change. Co-authors' edits (`source: "Remote"`) are never the add-in's.
 * - Where the plan's tables are, from the last read: a change re-validates only when it
 *   touches one (its columns, from its header row down, and the column to its right, where
 *   a new column would go), or, while a contract table is missing, when it is on a sheet
 *   without a plan table (the user may be making it there). Changes name their sheet by id;
 *   the last read's lists give the names.
 */
import {
  excelNameKey,
  locatePlanTables,
  parseRange,
  rangesIntersect,
  type RangeRef,
  type WorkbookSnapshot,
} from "../plan";
import { settleWithin, type RunBatch } from "./sync";
import type { WorkbookLists } from "./workbook-lists";

const LAST_ROW = 1_048_576;

/** What a change event says (`Excel.WorksheetChangedEventArgs`). */
export interface ChangeEvent {
  readonly worksheetId: string;
  readonly address: string;
  readonly source: string;
  readonly triggerSource?: string;
}

interface PlanAreas {
  /** Sheet id → name, as the last read found them. */
  readonly sheets: ReadonlyMap<string, string>;
  /** Sheet name key → the areas of plan tables on it. */
  readonly areas: ReadonlyMap<string, readonly RangeRef[]>;
  readonly missing: boolean;
}

export class WorkbookWatch {
  private running = 0;
  private fences = 0;
  private listeners = 0;
  private plan: PlanAreas | null = null;

  constructor(
    private readonly run: RunBatch,
    private readonly timeoutMs: number,
  ) {}

  /** Runs a batch that writes; the changes it causes are the add-in's own. */
  async writing<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await work();
    } finally {
      if (this.listeners > 0) this.fence();
      this.running--;
    }
  }

  private fence(): void {
    this.fences++;
    const done = () => {
      this.fences--;
    };
    this.run(async (context) => {
      context.workbook.worksheets.getCount();
      await settleWithin(context.sync(), this.timeoutMs);
    }).then(done, done);
  }

  /** Someone listens for changes (OfficeHost); until `stopListening`. */
  listen(): void {
    this.listeners++;
  }

  stopListening(): void {
    this.listeners = Math.max(0, this.listeners - 1);
  }

  /** Whether the add-in caused the change. */
  isOwn(event: ChangeEvent): boolean {
    if (event.triggerSource !== undefined && event.triggerSource !== null) {
      return event.triggerSource === "ThisLocalAddin";
    }
    return event.source !== "Remote" && (this.running > 0 || this.fences > 0);
  }

  /** Remembers where the plan's tables are, after a read. */
  noteRead(lists: WorkbookLists, snapshot: WorkbookSnapshot): void {
    const located = locatePlanTables(snapshot);
    const areas = new Map<string, RangeRef[]>();
    for (const table of located.tables.values()) {
      const { sheet, top, left, headers } = table.location;
      const key = excelNameKey(sheet);
      const area = { top, left, bottom: LAST_ROW, right: left + Math.max(headers.length, 1) };
      areas.set(key, [...(areas.get(key) ?? []), area]);
    }
    this.plan = {
      sheets: new Map(lists.sheets.map((s) => [s.id, s.name])),
      areas,
      missing: located.missing.length > 0,
    };
  }

  /** Whether the change may change what validation finds. */
  touchesPlan(event: ChangeEvent): boolean {
    const plan = this.plan;
    if (plan === null) return true;
    const sheet = plan.sheets.get(event.worksheetId);
    if (sheet === undefined) return plan.missing;
    const areas = plan.areas.get(excelNameKey(sheet));
    if (!areas) return plan.missing;
    const changed = parseRange(event.address);
    return changed === null || areas.some((area) => rangesIntersect(area, changed));
  }
}
