/**
 * The workbooks the task pane tests open: a small plan (the valid plan of
 * tests/helpers/snapshot-builder.ts with known problems added) in the exceljs port.
 */
import {
  PLAN_TABLES,
  planTemplate,
  type CellInput,
  type NewTable,
  type OwnSheetPolicy,
  type RowsWrite,
  type RowsWriteResult,
  type SheetLayout,
  type TableLocation,
  type TableName,
  type WorkbookPort,
  type WorkbookSnapshot,
  type WriteSheetResult,
} from "../../src/plan";
import { ExceljsWorkbook } from "../../src/xlsx";
import {
  activityRow,
  coreParticipants,
  followUpRow,
  validPlanTables,
  type PlanTableRows,
  type RowInput,
} from "../helpers/snapshot-builder";

/** Rows keyed by header, in the contract's column order. */
function rowsOf(name: TableName, rows: readonly RowInput[]): CellInput[][] {
  const def = PLAN_TABLES.find((t) => t.name === name);
  if (!def) throw new Error(`Unknown table ${name}`);
  return rows.map((row) => def.columns.map((c) => row[c.header] ?? null));
}

export async function bookWith(
  tables: Partial<Record<TableName, readonly RowInput[]>>,
): Promise<ExceljsWorkbook> {
  const book = ExceljsWorkbook.empty();
  const rows: Partial<Record<TableName, CellInput[][]>> = {};
  for (const [name, keyed] of Object.entries(tables) as [TableName, RowInput[]][])
    rows[name] = rowsOf(name, keyed);
  await book.createTables(planTemplate(rows));
  // The tables went into the package: read it, so that `book.workbook` holds them.
  await book.current();
  return book;
}

/**
 * The valid plan (Plan: Skärholmen 2026; area 1; activities 1.1 and 1.2 with all three
 * parties and T1 2026 follow-up) plus:
 * - activity 1.3 (Aktiviteter row 3, sheet row 4) with Löptid "Löpande", no Mätbara mål,
 *   no Mötesfrekvens, no Deltagare and no follow-up;
 * - 1.2's T1 follow-up (Uppföljning row 2) "Delvis uppfyllt" without Kommentar (E3).
 *
 * Checked on 2026-06-10 (T1's deadline 15 May has passed, T2's has not), by the contract:
 * Aktiviteter, all on 1.3: pattern (E4, error), meeting-frequency-unset (F4),
 * measurable-goal-missing (D4), activity-without-participants, core-party-missing for
 * Stadsdelsförvaltningen and Polisen (warnings) and Utbildningsförvaltningen (info),
 * follow-up-missing for T1; Uppföljning: goal-comment-missing (E3, error).
 * That is 8 + 1 findings: 2 errors, 6 warnings, 1 info.
 */
export function problemPlanTables(): PlanTableRows {
  const valid = validPlanTables();
  return {
    ...valid,
    Aktiviteter: [
      ...valid.Aktiviteter,
      activityRow({
        Nr: "1.3",
        Aktivitet: "Föräldravandringar",
        Löptid: "Löpande",
        "Mätbara mål": null,
        Mötesfrekvens: null,
      }),
    ],
    Deltagare: ["1.1", "1.2"].flatMap((nr) => coreParticipants(nr)),
    Uppfoljning: [
      followUpRow({ Aktivitet: "1.1" }),
      followUpRow({ Aktivitet: "1.2", "Målet nått": "Delvis uppfyllt" }),
    ],
  };
}

export function problemPlanBook(): Promise<ExceljsWorkbook> {
  return bookWith(problemPlanTables());
}

/** A port that counts snapshot reads and can be told to fail, over another port. */
export class WatchedPort implements WorkbookPort {
  reads = 0;
  /** Thrown by the next calls while set. */
  failure: unknown = null;

  /** `inner` may be swapped, as when a co-author changes the workbook. */
  constructor(public inner: WorkbookPort) {}

  private check(): void {
    if (this.failure !== null) throw this.failure;
  }

  private gate: Promise<void> | null = null;

  /** Holds snapshot reads until the returned function is called: Excel is busy. */
  hold(): () => void {
    let release = () => {};
    this.gate = new Promise((resolve) => (release = resolve));
    return () => {
      this.gate = null;
      release();
    };
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    if (this.gate) await this.gate;
    this.check();
    this.reads++;
    return this.inner.readSnapshot();
  }

  async createTables(tables: readonly NewTable[]): Promise<void> {
    this.check();
    return this.inner.createTables(tables);
  }

  async appendRows(location: TableLocation, rows: readonly (readonly CellInput[])[]): Promise<void> {
    this.check();
    return this.inner.appendRows(location, rows);
  }

  async writeRows(write: RowsWrite): Promise<RowsWriteResult> {
    this.check();
    return this.inner.writeRows(write);
  }

  async writeSheet(layout: SheetLayout, policy: OwnSheetPolicy): Promise<WriteSheetResult> {
    this.check();
    return this.inner.writeSheet(layout, policy);
  }
}
