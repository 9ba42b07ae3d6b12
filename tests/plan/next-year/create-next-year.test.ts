import { describe, expect, it } from "vitest";
import {
  createNextYearPlan,
  PlanError,
  PlanStructureError,
  rawDate,
  tableDef,
  validatePlan,
  snapshotOfTables,
  type WorkbookSnapshot,
} from "../../../src/plan";
import {
  activityRow,
  coreParticipants,
  followUpRow,
  planSnapshot,
  snapshotOf,
  validPlanTables,
  type RowInput,
} from "../../helpers/snapshot-builder";
import { readOnlyPort, rowsOf } from "./support";

const outcome = (Aktivitet: string, Indikator: string, År: number, Period: string, Värde: number) => ({
  Aktivitet,
  Indikator,
  År,
  Period,
  Värde,
});

/**
 * A plan for 2026 with a year of follow-up: five activities with different Löptid, an
 * indicator with each kind of outcome, and two years of Utfall.
 */
function filledYear(): WorkbookSnapshot {
  const base = validPlanTables();
  return planSnapshot({
    Plan: [
      {
        Titel: "Åtgärdsplan för gemensamma prioriteringar",
        Stadsdelsförvaltning: "Skärholmen",
        Lokalpolisområde: "Skärholmen",
        År: 2026,
        Diarienummer: "SDN 2026/17",
        "Rapportdag T1": rawDate("2026-05-20"),
        "Rapportdag VB": rawDate("2027-01-20"),
      },
    ],
    Omraden: [
      ...(base.Omraden ?? []),
      { Nr: 2, Område: "Platser", "Övergripande mål och syfte": "Trygghet." },
    ],
    Aktiviteter: [
      activityRow({ Nr: "1.1", Aktivitet: "Platssamverkan Vårberg" }),
      activityRow({ Nr: "1.2", Aktivitet: "Projekt sommar", Löptid: "2026-01-01–2026-12-31" }),
      activityRow({ Nr: "1.3", Aktivitet: "Fältarbete", Löptid: "2026-03-01 till 2027-06-30" }),
      activityRow({ Nr: "2.1", Aktivitet: "Trygghetsvandringar", Löptid: "tills vidare" }),
      activityRow({ Nr: "2.2", Aktivitet: "Oklart", Löptid: "hela året" }),
      activityRow({ Nr: "2.1", Aktivitet: "Trygghetsvandringar igen" }),
    ],
    Deltagare: ["1.1", "1.2", "1.3", "2.1", "2.2"].flatMap((nr) => coreParticipants(nr)),
    Indikatorer: [
      { Aktivitet: "1.1", Indikator: "Trygghetsvandringar", Målvärde: 8, Enhet: "per år" },
      { Aktivitet: "1.2", Indikator: "Sommarmöten", Målvärde: 4 },
      { Aktivitet: "1.3", Indikator: "Andel trygga", Målvärde: 80, Enhet: "%" },
      { Aktivitet: "2.1", Indikator: "Vandringar", Målvärde: 6, Utgångsvärde: 3, Utgångsår: 2025 },
      { Aktivitet: "2.1", Indikator: "Besiktningar", Målvärde: 4 },
      { Aktivitet: "2.1", Indikator: "Möten", Målvärde: 10 },
    ],
    Uppfoljning: ["1.1", "1.2", "1.3", "2.1"].flatMap((nr) =>
      ["T1", "T2", "VB"].map((Period) => followUpRow({ Aktivitet: nr, Period })),
    ),
    Utfall: [
      outcome("1.1", "Trygghetsvandringar", 2025, "VB", 7),
      outcome("1.1", "Trygghetsvandringar", 2026, "T1", 3),
      outcome("1.1", "Trygghetsvandringar", 2026, "T2", 2),
      outcome("1.1", "Trygghetsvandringar", 2026, "VB", 9),
      outcome("1.2", "Sommarmöten", 2026, "VB", 5),
      outcome("1.3", "Andel trygga", 2026, "T1", 61),
      outcome("1.3", "Andel trygga", 2026, "T2", 64),
      outcome("2.1", "Besiktningar", 2026, "T1", 1),
      outcome("2.1", "Besiktningar", 2026, "T2", 2),
    ],
    Bedomning: [{ Område: 1, År: 2026, Period: "T1", "Samlad bedömning": "Enligt plan." }],
  });
}

describe("createNextYearPlan", () => {
  it("gives next year's Plan row: År + 1, the report days a year on, no Diarienummer", async () => {
    const result = await createNextYearPlan(readOnlyPort(filledYear()), { checkDate: "2026-12-01" });
    expect([result.fromYear, result.year]).toEqual([2026, 2027]);
    expect(rowsOf(result.tables, "Plan")).toEqual([
      {
        Titel: "Åtgärdsplan för gemensamma prioriteringar",
        Stadsdelsförvaltning: "Skärholmen",
        Lokalpolisområde: "Skärholmen",
        År: 2027,
        Diarienummer: null,
        "Rapportdag T1": rawDate("2027-05-20"),
        "Rapportdag T2": null,
        "Rapportdag VB": rawDate("2028-01-20"),
      },
    ]);
    expect(result.registrationNumber).toBe("SDN 2026/17");
  });

  it("carries the activities whose Löptid continues into the new year and says why the others stay", async () => {
    const result = await createNextYearPlan(readOnlyPort(filledYear()), { checkDate: "2026-12-01" });
    expect(rowsOf(result.tables, "Aktiviteter").map((a) => [a.Nr, a.Löptid])).toEqual([
      ["1.1", "Tillsvidare"],
      ["1.3", "2026-03-01 till 2027-06-30"],
      ["2.1", "tills vidare"],
    ]);
    expect(result.leftBehind).toEqual([
      { nr: "1.2", name: "Projekt sommar", sheetRow: 3, reason: "Löptiden slutade 2026-12-31." },
      {
        nr: "2.2",
        name: "Oklart",
        sheetRow: 6,
        reason: 'Löptiden "hela året" går inte att läsa, så det går inte att se om aktiviteten fortsätter.',
      },
      {
        nr: "2.1",
        name: "Trygghetsvandringar igen",
        sheetRow: 7,
        reason: "Nr 2.1 finns redan på en rad ovanför; den raden följde med.",
      },
    ]);
    expect(rowsOf(result.tables, "Omraden").map((a) => a.Nr)).toEqual([1, 2]);
  });

  it("keeps Deltagare and Indikatorer of the carried activities only, and starts Uppföljning and Bedömning empty", async () => {
    const result = await createNextYearPlan(readOnlyPort(filledYear()), { checkDate: "2026-12-01" });
    const participants = rowsOf(result.tables, "Deltagare");
    expect([...new Set(participants.map((p) => p.Aktivitet))]).toEqual(["1.1", "1.3", "2.1"]);
    expect(participants).toHaveLength(9);
    expect(
      rowsOf(result.tables, "Indikatorer").map((i) => `${String(i.Aktivitet)} ${String(i.Indikator)}`),
    ).toEqual([
      "1.1 Trygghetsvandringar",
      "1.3 Andel trygga",
      "2.1 Vandringar",
      "2.1 Besiktningar",
      "2.1 Möten",
    ]);
    expect(rowsOf(result.tables, "Uppfoljning")).toEqual([]);
    expect(rowsOf(result.tables, "Bedomning")).toEqual([]);
  });

  it("takes each baseline from this year's outcome: VB, else the year so far; else keeps the old one", async () => {
    const result = await createNextYearPlan(readOnlyPort(filledYear()), { checkDate: "2026-12-01" });
    const baselines = rowsOf(result.tables, "Indikatorer").map((i) => [
      i.Indikator,
      i.Utgångsvärde,
      i.Utgångsår,
    ]);
    expect(baselines).toEqual([
      ["Trygghetsvandringar", 9, 2026], // the VB row, not T1 + T2
      ["Andel trygga", 64, 2026], // a level: the latest period, T2
      ["Vandringar", 3, 2025], // no outcome in 2026: the old baseline stays
      ["Besiktningar", 3, 2026], // a count without VB: T1 + T2
      ["Möten", null, null], // no outcome, no baseline
    ]);
    expect(result.baselines.map((b) => [b.indicator, b.source, b.periods])).toEqual([
      ["Trygghetsvandringar", "outcome", "VB"],
      ["Andel trygga", "outcome", "T2"],
      ["Vandringar", "kept", null],
      ["Besiktningar", "outcome", "T1 + T2"],
      ["Möten", "none", null],
    ]);
  });

  it("keeps every year's Utfall of the carried indicators, and none of the activities left behind", async () => {
    const result = await createNextYearPlan(readOnlyPort(filledYear()), { checkDate: "2026-12-01" });
    const outcomes = rowsOf(result.tables, "Utfall").map((o) => [o.Aktivitet, o.År, o.Period, o.Värde]);
    expect(outcomes).toEqual([
      ["1.1", 2025, "VB", 7],
      ["1.1", 2026, "T1", 3],
      ["1.1", 2026, "T2", 2],
      ["1.1", 2026, "VB", 9],
      ["1.3", 2026, "T1", 61],
      ["1.3", 2026, "T2", 64],
      ["2.1", 2026, "T1", 1],
      ["2.1", 2026, "T2", 2],
    ]);
  });

  it("gives tables that validate with no errors, and says so in its check", async () => {
    const result = await createNextYearPlan(readOnlyPort(filledYear()), { checkDate: "2026-12-01" });
    expect(result.check.errors).toBe(0);
    const report = validatePlan(snapshotOfTables(result.tables), { checkDate: "2027-03-01" });
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.findings.filter((f) => f.rule === "follow-up-missing")).toEqual([]);
  });

  it("writes every table of the contract, in its order, with the contract's headers", async () => {
    const result = await createNextYearPlan(readOnlyPort(filledYear()), { checkDate: "2026-12-01" });
    for (const table of result.tables)
      expect(table.headers).toEqual(tableDef(table.name).columns.map((c) => c.header));
    expect(result.tables.map((t) => t.name)).toEqual([
      "Plan",
      "Omraden",
      "Aktiviteter",
      "Deltagare",
      "Indikatorer",
      "Uppfoljning",
      "Utfall",
      "Bedomning",
    ]);
  });

  it("copies cells as the user wrote them, and an activity Nr stored as a number as its text", async () => {
    const tables = validPlanTables();
    const snapshot = snapshotOf([
      ...Object.entries({
        ...tables,
        Aktiviteter: [activityRow({ Nr: "1.1", Sammankallande: "  Rektor  " })],
        Deltagare: coreParticipants("1.1"),
      }).map(([name, rows]) => ({ name, rows: rows ?? [] })),
    ]);
    const withNumberNr: WorkbookSnapshot = {
      sheets: snapshot.sheets.map((s) =>
        s.name !== "Deltagare"
          ? s
          : { ...s, tables: s.tables.map((t) => ({ ...t, rows: t.rows.map((r) => [1.1, ...r.slice(1)]) })) },
      ),
    };
    const result = await createNextYearPlan(readOnlyPort(withNumberNr), { checkDate: "2026-12-01" });
    expect(rowsOf(result.tables, "Aktiviteter")[0]?.Sammankallande).toBe("  Rektor  ");
    expect(rowsOf(result.tables, "Deltagare").map((p) => p.Aktivitet)).toEqual(["1.1", "1.1", "1.1"]);
  });

  it("names the user's own columns, which the new workbook does not have", async () => {
    const tables = validPlanTables();
    const headers = [...tableDef("Aktiviteter").columns.map((c) => c.header), "Budget 2026"];
    const snapshot = snapshotOf(
      Object.entries(tables).map(([name, rows]) =>
        name === "Aktiviteter"
          ? { name, headers, rows: (rows ?? []).map((r: RowInput) => ({ ...r, "Budget 2026": 5000 })) }
          : { name, rows: rows ?? [] },
      ),
    );
    const result = await createNextYearPlan(readOnlyPort(snapshot), { checkDate: "2026-12-01" });
    expect(result.ownColumns).toEqual([{ sheet: "Aktiviteter", headers: ["Budget 2026"] }]);
  });

  it("makes the plan for the year asked, moving the report days as many years on", async () => {
    const result = await createNextYearPlan(readOnlyPort(filledYear()), {
      year: 2029,
      checkDate: "2026-12-01",
    });
    expect(rowsOf(result.tables, "Plan")[0]).toMatchObject({
      År: 2029,
      "Rapportdag T1": rawDate("2029-05-20"),
    });
    expect(result.leftBehind.map((l) => [l.nr, l.reason])).toContainEqual([
      "1.3",
      "Löptiden slutade 2027-06-30.",
    ]);
    expect(rowsOf(result.tables, "Aktiviteter").map((a) => a.Nr)).toEqual(["1.1", "2.1"]);
  });

  it("refuses a year that is not after the plan's own", async () => {
    const error = await createNextYearPlan(readOnlyPort(filledYear()), {
      year: 2026,
      checkDate: "2026-12-01",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).userMessage).toBe(
      "Den nya planens år måste komma efter planens eget år, 2026: 2026 går inte. Ange till exempel 2027.",
    );
  });

  it("asks for the year when the Plan table has none", async () => {
    const snapshot = planSnapshot({ Plan: null });
    const error = await createNextYearPlan(readOnlyPort(snapshot), { checkDate: "2026-12-01" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlanStructureError);
    expect((error as PlanStructureError).problem).toBe("year-missing");
    const given = await createNextYearPlan(readOnlyPort(snapshot), { year: 2027, checkDate: "2026-12-01" });
    expect(rowsOf(given.tables, "Plan")[0]).toMatchObject({
      Titel: "Åtgärdsplan för gemensamma prioriteringar",
      År: 2027,
    });
  });

  it("stops with the missing table named when the plan lacks a required table", async () => {
    const error = await createNextYearPlan(readOnlyPort(planSnapshot({ Aktiviteter: null })), {
      checkDate: "2026-12-01",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanStructureError);
    expect((error as PlanStructureError).userMessage).toMatch(
      /^Det går inte att skapa nästa års plan: tabellen Aktiviteter saknas/,
    );
  });
});
