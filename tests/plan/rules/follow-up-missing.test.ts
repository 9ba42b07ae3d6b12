import { describe, expect, it } from "vitest";
import { FOLLOW_UPS_TABLE, rawDate } from "../../../src/plan";
import {
  activityRow,
  followUpRow,
  planSnapshot,
  planSnapshotWith,
  validPlanTables,
} from "../../helpers/snapshot-builder";
import { allFields, findingsOf, onlyFinding, validate } from "../support";

/** The valid plan (year 2026, T1 rows for 1.1 and 1.2) with 1.2's T1 row replaced or dropped. */
function withFollowUpOf12(row: ReturnType<typeof followUpRow> | null, plan?: Record<string, unknown>) {
  const tables = validPlanTables();
  tables.Uppfoljning = [followUpRow({ Aktivitet: "1.1" }), ...(row ? [row] : [])];
  if (plan) tables.Plan = [{ ...tables.Plan[0], ...plan } as (typeof tables.Plan)[number]];
  return planSnapshot(tables);
}

describe("validatePlan", () => {
  it("reports an activity without T1 follow-up the day after the T1 deadline (15 May)", () => {
    const report = validate(withFollowUpOf12(null), "2026-05-16");

    expect(allFields(report)).toEqual([
      {
        rule: "follow-up-missing",
        severity: "warning",
        table: "Aktiviteter",
        column: "Nr",
        row: 2,
        address: "Aktiviteter!A3",
        value: "1.2",
      },
    ]);
    expect(onlyFinding(report, "follow-up-missing").message).toBe(
      "Uppföljningen för aktivitet 1.2, T1 2026 saknas (rapportdagen var 2026-05-15). Lägg till en rad " +
        'i Uppföljning med "Förbered uppföljning" i tillägget eller "atgardsplan forbered --period T1" ' +
        "på kommandoraden, och fyll i den.",
    );
  });

  it("reports T2 and VB for every activity once the VB deadline (15 January next year) has passed", () => {
    const report = validate(planSnapshot(), "2027-01-16");

    expect(findingsOf(report, "follow-up-missing").map((f) => [f.address, f.message.slice(0, 46)])).toEqual([
      ["Aktiviteter!A2", "Uppföljningen för aktivitet 1.1, T2 2026 sakna"],
      ["Aktiviteter!A2", "Uppföljningen för aktivitet 1.1, VB 2026 sakna"],
      ["Aktiviteter!A3", "Uppföljningen för aktivitet 1.2, T2 2026 sakna"],
      ["Aktiviteter!A3", "Uppföljningen för aktivitet 1.2, VB 2026 sakna"],
    ]);
  });

  it("reports only T2 between the T2 deadline (15 September) and the VB deadline", () => {
    const found = findingsOf(validate(planSnapshot(), "2026-09-16"), "follow-up-missing");

    expect(found.map((f) => f.value)).toEqual(["1.1", "1.2"]);
    expect(found.every((f) => f.message.includes("T2 2026") && f.message.includes("2026-09-15"))).toBe(true);
  });

  it("uses Rapportdag T1 from the Plan table as the deadline", () => {
    const plan = { "Rapportdag T1": rawDate("2026-05-31") };
    expect(validate(withFollowUpOf12(null, plan), "2026-05-31").findings).toEqual([]);

    const finding = onlyFinding(validate(withFollowUpOf12(null, plan), "2026-06-01"), "follow-up-missing");
    expect(finding.message).toContain("2026-05-31");
  });

  it("reports a missing follow-up once for an activity Nr that appears twice (duplicate-key names the copy)", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [followUpRow({ Aktivitet: "1.1" })];
    tables.Aktiviteter = [...tables.Aktiviteter, activityRow({ Nr: "1.2", Aktivitet: "Kopia" })];
    const report = validate(planSnapshot(tables), "2026-05-16");

    expect(findingsOf(report, "follow-up-missing").map((f) => [f.address, f.value])).toEqual([
      ["Aktiviteter!A3", "1.2"],
    ]);
    expect(findingsOf(report, "duplicate-key").map((f) => f.address)).toEqual([
      "Aktiviteter!A3",
      "Aktiviteter!A4",
    ]);
  });

  it("uses Rapportdag T2 and Rapportdag VB from the Plan table as those deadlines", () => {
    const tables = validPlanTables();
    tables.Plan = [
      {
        ...tables.Plan[0],
        "Rapportdag T2": rawDate("2026-09-30"),
        "Rapportdag VB": rawDate("2027-01-31"),
      } as (typeof tables.Plan)[number],
    ];
    const due = (day: string) =>
      findingsOf(validate(planSnapshot(tables), day), "follow-up-missing").map((f) => f.message.slice(0, 46));

    expect(due("2026-09-30")).toEqual([]);
    expect(due("2026-10-01")).toEqual([
      "Uppföljningen för aktivitet 1.1, T2 2026 sakna",
      "Uppföljningen för aktivitet 1.2, T2 2026 sakna",
    ]);
    expect(due("2027-01-31")).toHaveLength(2);
    expect(due("2027-02-01")).toHaveLength(4);
  });

  it("goes by the first row of a follow-up that appears twice (duplicate-key reports the second)", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [...tables.Uppfoljning, { Aktivitet: "1.1", År: 2026, Period: "T1" }];
    const report = validate(planSnapshot(tables), "2026-05-16");

    expect(findingsOf(report, "follow-up-missing")).toEqual([]);
    expect(findingsOf(report, "duplicate-key")).toHaveLength(2);
  });

  it("does not count a follow-up for another year", () => {
    const report = validate(withFollowUpOf12(followUpRow({ Aktivitet: "1.2", År: 2025 })), "2026-05-16");

    expect(onlyFinding(report, "follow-up-missing").value).toBe("1.2");
  });

  it("does not report on the deadline day itself", () => {
    expect(validate(withFollowUpOf12(null), "2026-05-15").findings).toEqual([]);
  });

  it("says nothing of a row not yet reported (only Aktivitet, År and Period) before the deadline", () => {
    const waiting = { Aktivitet: "1.2", År: 2026, Period: "T1" };
    const report = validate(withFollowUpOf12(waiting), "2026-05-15");

    expect(report.findings).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it("reports a row not yet reported as missing follow-up once the deadline has passed, at its Målet nått", () => {
    const waiting = { Aktivitet: "1.2", År: 2026, Period: "T1" };
    const report = validate(withFollowUpOf12(waiting), "2026-05-16");

    expect(allFields(report)).toEqual([
      {
        rule: "follow-up-missing",
        severity: "warning",
        table: "Uppfoljning",
        column: "Målet nått",
        row: 2,
        address: "'Uppföljning'!D3",
        value: null,
      },
    ]);
    expect(onlyFinding(report, "follow-up-missing").message).toBe(
      "Uppföljningen för aktivitet 1.2, T1 2026 är inte ifylld (rapportdagen var 2026-05-15). " +
        "Fyll i Målet nått och Genomförda aktiviteter på rad 3 i Uppföljning.",
    );
  });

  it("is skipped when the Plan table (and so the plan year) is missing", () => {
    const report = validate(planSnapshot({ Plan: null, Uppfoljning: [] }), "2027-02-01");

    expect(findingsOf(report, "follow-up-missing")).toEqual([]);
    expect(report.findings.map((f) => [f.rule, f.table])).toEqual([["table-missing", "Plan"]]);
  });

  it("is skipped when the plan year cannot be read", () => {
    const report = validate(withFollowUpOf12(null, { År: "tjugotjugosex" }), "2027-02-01");

    expect(report.findings.map((f) => f.rule)).toEqual(["type"]);
  });

  it("is skipped when Uppfoljning has no Period column: column-missing says it", () => {
    const headers = FOLLOW_UPS_TABLE.columns.map((c) => c.header).filter((h) => h !== "Period");
    const report = validate(planSnapshotWith({ Uppfoljning: { headers } }), "2026-05-16");

    expect(report.findings.map((f) => [f.rule, f.column])).toEqual([["column-missing", "Period"]]);
  });
});
