/**
 * Next year's plan from plans with gaps: activities without Löptid or Nr, a Löptid ending on
 * the new year's first day, baselines with only a value or only a year, indicators and
 * outcomes without a name, a Plan table without rows and a plan without Utfall.
 */
import { describe, expect, it } from "vitest";
import {
  addYears,
  createNextYearPlan,
  PlanStructureError,
  snapshotOfTables,
  tableDef,
  type NewTable,
  type TableName,
  type WorkbookSnapshot,
} from "../../../src/plan";
import {
  activityRow,
  coreParticipants,
  planSnapshot,
  snapshotOf,
  validPlanTables,
  type RowInput,
} from "../../helpers/snapshot-builder";
import { readOnlyPort, rowsOf } from "./support";

const outcome = (Aktivitet: string | null, Indikator: string | null, Period: string, Värde: number) => ({
  Aktivitet,
  Indikator,
  År: 2026,
  Period,
  Värde,
});

/** A plan for 2026 whose rows each lack something. */
function gappyYear(): WorkbookSnapshot {
  return planSnapshot({
    Aktiviteter: [
      activityRow({ Nr: "1.1", Aktivitet: "Utan löptid", Löptid: null }),
      activityRow({ Nr: "1.2", Aktivitet: "Blank löptid", Löptid: "   " }),
      activityRow({ Nr: "1.3", Aktivitet: "Till nyår", Löptid: "2026-01-01–2027-01-01" }),
      activityRow({ Nr: null, Aktivitet: "Utan nummer" }),
      activityRow({ Nr: "2.1", Aktivitet: "Trygghetsvandringar" }),
    ],
    Deltagare: ["1.1", "1.2", "1.3", "2.1"].flatMap((nr) => coreParticipants(nr)),
    Indikatorer: [
      { Aktivitet: "1.3", Indikator: "Sommarmöten", Målvärde: 4 },
      { Aktivitet: "2.1", Indikator: "Vandringar", Målvärde: 6, Utgångsvärde: 3 },
      { Aktivitet: "2.1", Indikator: "Besiktningar", Målvärde: 4, Utgångsår: 2025 },
      { Aktivitet: "2.1", Indikator: null, Målvärde: 5 },
      { Aktivitet: "2.1", Indikator: "Möten", Målvärde: 10, Utgångsvärde: "cirka 3" },
      { Aktivitet: "2.1", Indikator: "Andel trygga", Målvärde: 80, Enhet: "%" },
      { Aktivitet: "2.1", Indikator: "Träffar", Målvärde: 10 },
    ],
    Utfall: [
      outcome("2.1", "Andel trygga", "T1", 61),
      outcome("2.1", "Träffar", "T1", 2),
      outcome("2.1", null, "T1", 4),
      outcome(null, "Träffar", "T2", 3),
    ],
  });
}

describe("createNextYearPlan with gaps in the plan", () => {
  it("leaves activities without Löptid or Nr behind, and carries one ending on the new year's first day", async () => {
    const result = await createNextYearPlan(readOnlyPort(gappyYear()), { checkDate: "2026-12-01" });
    const missing = "Löptid saknas, så det går inte att se om aktiviteten fortsätter.";
    expect(result.leftBehind).toEqual([
      { nr: "1.1", name: "Utan löptid", sheetRow: 2, reason: missing },
      { nr: "1.2", name: "Blank löptid", sheetRow: 3, reason: missing },
      {
        nr: null,
        name: "Utan nummer",
        sheetRow: 5,
        reason: "Nr saknas eller går inte att läsa (det ska skrivas N.M, till exempel 1.2).",
      },
    ]);
    expect(result.carried).toEqual(["1.3", "2.1"]);
    expect(rowsOf(result.tables, "Aktiviteter").map((a) => a.Nr)).toEqual(["1.3", "2.1"]);
    expect(result.district).toBe("Skärholmen");
  });

  it("keeps a baseline with only a value or only a year, and copies a baseline it cannot read as written", async () => {
    const result = await createNextYearPlan(readOnlyPort(gappyYear()), { checkDate: "2026-12-01" });
    expect(
      result.baselines.map((b) => [b.indicator, b.source, b.baseline, b.baselineYear, b.periods]),
    ).toEqual([
      ["Sommarmöten", "none", null, null, null],
      ["Vandringar", "kept", 3, null, null],
      ["Besiktningar", "kept", null, 2025, null],
      ["Möten", "none", null, null, null],
      ["Andel trygga", "outcome", 61, 2026, "T1"],
      ["Träffar", "outcome", 2, 2026, "T1"],
    ]);
    expect(
      rowsOf(result.tables, "Indikatorer").map((i) => [
        i.Aktivitet,
        i.Indikator,
        i.Utgångsvärde,
        i.Utgångsår,
      ]),
    ).toEqual([
      ["1.3", "Sommarmöten", null, null],
      ["2.1", "Vandringar", 3, null],
      ["2.1", "Besiktningar", null, 2025],
      ["2.1", null, null, null],
      ["2.1", "Möten", "cirka 3", null],
      ["2.1", "Andel trygga", 61, 2026],
      ["2.1", "Träffar", 2, 2026],
    ]);
  });

  it("leaves out Utfall rows without Aktivitet or Indikator", async () => {
    const result = await createNextYearPlan(readOnlyPort(gappyYear()), { checkDate: "2026-12-01" });
    expect(rowsOf(result.tables, "Utfall").map((o) => [o.Aktivitet, o.Indikator, o.Värde])).toEqual([
      ["2.1", "Andel trygga", 61],
      ["2.1", "Träffar", 2],
    ]);
  });

  it("makes a Plan row of its own when the Plan table has no row, and empty Indikatorer and Utfall when the plan has neither", async () => {
    const tables: Partial<Record<TableName, RowInput[] | null>> = {
      Plan: [],
      Indikatorer: null,
      Utfall: null,
    };
    const result = await createNextYearPlan(readOnlyPort(planSnapshot(tables)), {
      year: 2027,
      checkDate: "2026-12-01",
    });
    expect(rowsOf(result.tables, "Plan")).toEqual([
      {
        Titel: "Åtgärdsplan för gemensamma prioriteringar",
        Stadsdelsförvaltning: null,
        Lokalpolisområde: null,
        År: 2027,
        Diarienummer: null,
        "Rapportdag T1": null,
        "Rapportdag T2": null,
        "Rapportdag VB": null,
      },
    ]);
    expect(result.district).toBeNull();
    expect(rowsOf(result.tables, "Indikatorer")).toEqual([]);
    expect(result.baselines).toEqual([]);
    expect(rowsOf(result.tables, "Utfall")).toEqual([]);
    expect(result.counts.Utfall).toBe(0);
  });

  it("asks for the year in words when the Plan table has none", async () => {
    const error = await createNextYearPlan(readOnlyPort(planSnapshot({ Plan: null })), {
      checkDate: "2026-12-01",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanStructureError);
    expect((error as PlanStructureError).userMessage).toBe(
      "Året saknas: tabellen Plan har inget År. Fyll i År i tabellen Plan eller ange den nya planens år.",
    );
  });

  it("names the user's own column as the header reads, without the spaces around it", async () => {
    const headers = [...tableDef("Aktiviteter").columns.map((c) => c.header), "  Budget 2026 "];
    const snapshot = snapshotOf(
      Object.entries(validPlanTables()).map(([name, rows]) =>
        name === "Aktiviteter" ? { name, headers, rows: rows ?? [] } : { name, rows: rows ?? [] },
      ),
    );
    const result = await createNextYearPlan(readOnlyPort(snapshot), { checkDate: "2026-12-01" });
    expect(result.ownColumns).toEqual([{ sheet: "Aktiviteter", headers: ["Budget 2026"] }]);
  });
});

describe("createNextYearPlan's check", () => {
  it("checks the new plan on the day asked: after its T1 report day, each activity's and area's T1 is missing", async () => {
    const port = readOnlyPort(planSnapshot());
    const before = await createNextYearPlan(port, { checkDate: "2026-12-01" });
    expect(before.check).toEqual({ errors: 0, warnings: 0, info: 0 });
    // Two activities (1.1, 1.2) without T1 follow-up and area 1 without its T1 assessment.
    const after = await createNextYearPlan(port, { checkDate: "2027-06-01" });
    expect(after.check).toEqual({ errors: 0, warnings: 3, info: 0 });
  });
});

describe("snapshotOfTables", () => {
  it("puts each new table on a visible sheet of its own from A1, with no merged cells", () => {
    const table: NewTable = {
      name: "Omraden",
      sheet: "Områden",
      headers: ["Nr", "Område"],
      rows: [[1, "Platser"]],
      widths: [6, 30],
      textColumns: [],
      lists: [],
      dateColumns: [],
    };
    expect(snapshotOfTables([table])).toEqual({
      sheets: [
        {
          name: "Områden",
          visibility: "visible",
          usedRange: null,
          merges: [],
          tables: [
            {
              name: "Omraden",
              sheet: "Områden",
              top: 1,
              left: 1,
              headers: ["Nr", "Område"],
              rows: [[1, "Platser"]],
            },
          ],
        },
      ],
    });
  });
});

describe("addYears", () => {
  it("writes the day, month and year with leading zeros", () => {
    expect(addYears("2026-05-05", 1)).toBe("2027-05-05");
    expect(addYears("0998-01-09", 1)).toBe("0999-01-09");
  });
});
