/**
 * "Förbered uppföljning" beyond the fixture's ordinary run (use-cases.test.ts): which tables
 * it refuses without, the year it falls back to, Bedömning rows of another year, the order of
 * the areas, and both tables' rows in one write when the port can.
 */
import { describe, expect, it } from "vitest";
import {
  PlanStructureError,
  prepareFollowUps,
  type CellInput,
  type RowsForTable,
  type RowsWriteResult,
  type TableLocation,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { reportPlanTables, reportSnapshot } from "../../helpers/report-fixture";

type Rows = readonly (readonly CellInput[])[];

/** A port that keeps what it is asked to append; with `batched`, it can append to several tables at once. */
class RecordingPort implements WorkbookPort {
  readonly appended: { table: string; rows: Rows }[] = [];
  readonly batches: { table: string; rows: Rows }[][] = [];
  readonly appendRowsToTables?: (batches: readonly RowsForTable[]) => Promise<void>;

  constructor(
    private readonly snapshot: WorkbookSnapshot,
    batched = false,
  ) {
    if (batched) {
      this.appendRowsToTables = async (batches) => {
        this.batches.push(batches.map((b) => ({ table: b.location.table, rows: b.rows })));
      };
    }
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return this.snapshot;
  }

  async createTables(): Promise<void> {
    throw new Error("not used");
  }

  async appendRows(location: TableLocation, rows: Rows): Promise<void> {
    this.appended.push({ table: location.table, rows });
  }

  async writeRows(): Promise<RowsWriteResult> {
    throw new Error("not used");
  }

  async writeSheet(): Promise<never> {
    throw new Error("not used");
  }
}

async function refusal(snapshot: WorkbookSnapshot): Promise<string> {
  const port = new RecordingPort(snapshot);
  const error = await prepareFollowUps(port, { period: "T1" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PlanStructureError);
  expect(port.appended).toEqual([]);
  return (error as PlanStructureError).userMessage;
}

describe("prepareFollowUps", () => {
  it.each([
    ["Aktiviteter", "Aktiviteter"],
    ["Uppfoljning", "Uppföljning"],
  ] as const)("refuses, writing nothing, without the %s table", async (table, sheet) => {
    expect(await refusal(reportSnapshot({ [table]: undefined }))).toBe(
      `Det går inte att förbereda uppföljningen: tabellen ${sheet} saknas. ` +
        "Rätta planen (valideringen visar var) och försök igen.",
    );
  });

  it("works for the year given when the plan has no Plan table", async () => {
    const port = new RecordingPort(reportSnapshot({ Plan: undefined }));
    expect(await prepareFollowUps(port, { period: "T1", year: 2027 })).toEqual({
      period: "T1",
      year: 2027,
      added: 6,
      addedAssessments: 2,
    });
  });

  it("adds a Bedömning row for an area whose assessment of the period is of another year", async () => {
    // The fixture assesses both areas for T1 2026; T1 2027 has none.
    const port = new RecordingPort(reportSnapshot());
    await prepareFollowUps(port, { period: "T1", year: 2027 });
    expect(port.appended.map((a) => [a.table, a.rows.map((r) => r.slice(0, 3))])).toEqual([
      [
        "Uppfoljning",
        [
          ["1.1", 2027, "T1"],
          ["1.2", 2027, "T1"],
          ["1.10", 2027, "T1"],
          ["2.1", 2027, "T1"],
          ["2.2", 2027, "T1"],
          ["2.3", 2027, "T1"],
        ],
      ],
      [
        "Bedomning",
        [
          [1, 2027, "T1"],
          [2, 2027, "T1"],
        ],
      ],
    ]);
  });

  it("adds the Bedömning rows in area order, whatever the order of Omraden", async () => {
    const areas = reportPlanTables().Omraden;
    const [first, second] = areas;
    const third = { ...first, Nr: 3, Område: "Trygghet i skolan" };
    const port = new RecordingPort(reportSnapshot({ Omraden: [third, second ?? {}, first ?? {}] }));
    await prepareFollowUps(port, { period: "VB" });
    expect(port.appended.find((a) => a.table === "Bedomning")?.rows.map((r) => r[0])).toEqual([1, 2, 3]);
  });

  it("adds both tables' rows in one write when the port can, so none is written without the other", async () => {
    const port = new RecordingPort(reportSnapshot(), true);
    expect(await prepareFollowUps(port, { period: "VB" })).toMatchObject({ added: 6, addedAssessments: 2 });
    expect(port.appended).toEqual([]);
    expect(port.batches.map((b) => b.map((t) => [t.table, t.rows.length]))).toEqual([
      [
        ["Uppfoljning", 6],
        ["Bedomning", 2],
      ],
    ]);
  });
});
