import { describe, expect, it } from "vitest";
import {
  createTertialReport,
  freeSheetName,
  PlanStructureError,
  prepareFollowUps,
  reportSheetName,
  type CellInput,
  type OwnSheetPolicy,
  type SheetLayout,
  type RowsWriteResult,
  type TableLocation,
  type WorkbookPort,
  type WorkbookSnapshot,
  type WriteSheetResult,
} from "../../../src/plan";
import { reportPlanTables, reportSnapshot } from "../../helpers/report-fixture";

/** An in-memory port: appended rows go into the snapshot's table, written sheets are kept. */
class MemoryPort implements WorkbookPort {
  readonly written: { layout: SheetLayout; policy: OwnSheetPolicy }[] = [];
  readonly appended: { location: TableLocation; rows: readonly (readonly CellInput[])[] }[] = [];

  constructor(private snapshot: WorkbookSnapshot) {}

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return this.snapshot;
  }

  async createTables(): Promise<void> {
    throw new Error("not used");
  }

  async appendRows(location: TableLocation, rows: readonly (readonly CellInput[])[]): Promise<void> {
    this.appended.push({ location, rows });
    this.snapshot = {
      sheets: this.snapshot.sheets.map((sheet) => ({
        ...sheet,
        tables: sheet.tables.map((t) =>
          t.name === location.excelTable ? { ...t, rows: [...t.rows, ...rows] } : t,
        ),
      })),
    };
  }

  async writeRows(): Promise<RowsWriteResult> {
    throw new Error("not used");
  }

  async writeSheet(layout: SheetLayout, policy: OwnSheetPolicy): Promise<WriteSheetResult> {
    this.written.push({ layout, policy });
    return { sheet: layout.name, replaced: false };
  }
}

function withoutTable(snapshot: WorkbookSnapshot, table: string): WorkbookSnapshot {
  return { sheets: snapshot.sheets.filter((s) => !s.tables.some((t) => t.name === table)) };
}

describe("createTertialReport", () => {
  it("writes the report sheet for the Plan table's year when no year is given", async () => {
    const port = new MemoryPort(reportSnapshot());
    const result = await createTertialReport(port, { period: "T2" }, "refuse");
    expect(result).toMatchObject({ sheet: "Rapport T2 2026", replaced: false });
    expect(port.written.map((w) => [w.layout.name, w.policy])).toEqual([["Rapport T2 2026", "refuse"]]);
    expect(result.report.summary.total.missing).toBe(1);
  });

  it("stops with a message listing a missing table and a missing column", async () => {
    const snapshot = withoutTable(reportSnapshot(), "Uppfoljning");
    const broken: WorkbookSnapshot = {
      sheets: snapshot.sheets.map((s) => ({
        ...s,
        tables: s.tables.map((t) =>
          t.name === "Aktiviteter"
            ? { ...t, headers: t.headers.map((h) => (h === "Sammankallande" ? "Annat" : h)) }
            : t,
        ),
      })),
    };
    const port = new MemoryPort(broken);
    const error = await createTertialReport(port, { period: "T1" }, "refuse").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanStructureError);
    const message = (error as PlanStructureError).userMessage;
    expect(message).toBe(
      'Det går inte att skapa rapporten: tabellen Aktiviteter saknar kolumnen "Sammankallande"; ' +
        "tabellen Uppföljning saknas. Rätta planen (valideringen visar var) och försök igen.",
    );
    expect(port.written).toEqual([]);
  });

  it("asks for the year when neither the request nor the Plan table has one", async () => {
    const port = new MemoryPort(withoutTable(reportSnapshot(), "Plan"));
    const error = await createTertialReport(port, { period: "T1" }, "refuse").catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: "year-missing" });
    const result = await createTertialReport(port, { period: "T1", year: 2026 }, "refuse");
    expect(result.sheet).toBe("Rapport T1 2026");
  });
});

describe("prepareFollowUps", () => {
  it("adds a row, keys filled in and the rest empty, for each activity without one", async () => {
    const port = new MemoryPort(reportSnapshot());
    const result = await prepareFollowUps(port, { period: "T2" });
    // Both areas already have their T2 assessment in the fixture.
    expect(result).toEqual({ period: "T2", year: 2026, added: 1, addedAssessments: 0 });
    expect(port.appended.map((a) => a.location.excelTable)).toEqual(["Uppfoljning"]);
    expect(port.appended[0]?.rows).toEqual([["2.2", 2026, "T2", null, null, null, null, null, null]]);
  });

  it("adds the rows in Nr order, each area's Bedömning row too, and nothing the second time", async () => {
    const port = new MemoryPort(reportSnapshot());
    expect(await prepareFollowUps(port, { period: "VB" })).toEqual({
      period: "VB",
      year: 2026,
      added: 6,
      addedAssessments: 2,
    });
    expect(port.appended.map((a) => a.location.excelTable)).toEqual(["Uppfoljning", "Bedomning"]);
    expect(port.appended[0]?.rows.map((r) => r[0])).toEqual(["1.1", "1.2", "1.10", "2.1", "2.2", "2.3"]);
    expect(port.appended[1]?.rows).toEqual([
      [1, 2026, "VB", null, null, null],
      [2, 2026, "VB", null, null, null],
    ]);
    const again = await prepareFollowUps(port, { period: "VB" });
    expect([again.added, again.addedAssessments]).toEqual([0, 0]);
    expect(port.appended).toHaveLength(2);
  });

  it("adds no Bedömning rows to a plan without the table", async () => {
    const port = new MemoryPort(reportSnapshot({ Bedomning: undefined }));
    expect(await prepareFollowUps(port, { period: "VB" })).toMatchObject({ added: 6, addedAssessments: 0 });
    expect(port.appended.map((a) => a.location.excelTable)).toEqual(["Uppfoljning"]);
  });

  it("places the keys by header, whatever the column order", async () => {
    const tables = reportPlanTables();
    const snapshot = reportSnapshot();
    const reordered: WorkbookSnapshot = {
      sheets: snapshot.sheets.map((s) => ({
        ...s,
        tables: s.tables.map((t) =>
          t.name === "Uppfoljning"
            ? {
                ...t,
                headers: ["Period", "Målet nått", "År", "Aktivitet", "Genomförda aktiviteter"],
                rows: tables.Uppfoljning.map((r) => [
                  r.Period ?? null,
                  r["Målet nått"] ?? null,
                  r.År ?? null,
                  r.Aktivitet ?? null,
                  "x",
                ]),
              }
            : t,
        ),
      })),
    };
    const port = new MemoryPort(reordered);
    await prepareFollowUps(port, { period: "T1", year: 2026 });
    expect(port.appended[0]?.rows).toEqual([["T1", null, 2026, "2.2", null]]);
  });
});

describe("freeSheetName", () => {
  it("numbers the name when it is taken, case-insensitively, within 31 characters", () => {
    expect(freeSheetName("Rapport T1 2026", ["Plan"])).toBe("Rapport T1 2026");
    expect(freeSheetName("Rapport T1 2026", ["rapport t1 2026", "Rapport T1 2026 (2)"])).toBe(
      "Rapport T1 2026 (3)",
    );
    const long = reportSheetName("VB", 2026).padEnd(31, "x");
    expect(freeSheetName(long, [long])).toBe(`${long.slice(0, 27)} (2)`);
  });
});
