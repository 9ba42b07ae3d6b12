import { describe, expect, it } from "vitest";
import { followUpRow, planSnapshot, validPlanTables } from "../../helpers/snapshot-builder";
import { rawDate, type RawValue } from "../../../src/plan";
import { allFields, findingsOf, onlyFinding, validate } from "../support";

function withReport(row: Record<string, RawValue>, plan: Record<string, RawValue> = {}) {
  const tables = validPlanTables();
  tables.Uppfoljning = [...tables.Uppfoljning, followUpRow({ Aktivitet: "1.1", ...row })];
  tables.Plan = [{ ...tables.Plan[0], ...plan }];
  return planSnapshot(tables);
}

describe("validatePlan", () => {
  it("reports a T1 report dated after the T1 deadline", () => {
    const report = validate(withReport({ År: 2025, Rapportdatum: rawDate("2025-05-20") }));

    expect(allFields(report)).toEqual([
      {
        rule: "report-date-range",
        severity: "warning",
        table: "Uppfoljning",
        column: "Rapportdatum",
        row: 3,
        address: "'Uppföljning'!I4",
        value: "2025-05-20",
      },
    ]);
    // A report that came in late is late, not a typing error: by how many days.
    expect(onlyFinding(report, "report-date-range").message).toBe(
      "Rapporten för aktivitet 1.1, T1 2025 kom in 5 dagar för sent: rapportdagen var 2025-05-15 " +
        "och Rapportdatum är 2025-05-20.",
    );
  });

  it("reports a T2 report dated before T2 starts (1 May)", () => {
    const finding = onlyFinding(
      validate(
        withReport({
          Period: "T2",
          "Genomförda aktiviteter": "Sommarens möten.",
          Rapportdatum: "2026-04-30",
        }),
      ),
      "report-date-range",
    );

    expect(finding.value).toBe("2026-04-30");
    expect(finding.message).toBe(
      "Rapportdatum 2026-04-30 ligger före periodens början (2026-05-01) för aktivitet 1.1, T2 2026. " +
        "Kontrollera datumet, År och Period.",
    );
  });

  it("uses the row's own År, not the plan year", () => {
    // A 2025 T1 row reported in May 2026 is a year late, whatever the plan year.
    const finding = onlyFinding(
      validate(withReport({ År: 2025, Rapportdatum: "2026-05-10" })),
      "report-date-range",
    );

    expect(finding.message).toBe(
      "Rapporten för aktivitet 1.1, T1 2025 kom in 360 dagar för sent: rapportdagen var 2025-05-15 " +
        "och Rapportdatum är 2026-05-10.",
    );
  });

  it("applies Rapportdag from the Plan table to the plan year only", () => {
    const plan = { "Rapportdag T1": "2026-05-31" };
    const later = validate(withReport({ År: 2025, Rapportdatum: "2025-05-20" }, plan));
    expect(onlyFinding(later, "report-date-range").message).toContain("2025-05-15");

    const tables = validPlanTables();
    tables.Plan = [{ ...tables.Plan[0], ...plan }];
    tables.Uppfoljning = [
      followUpRow({ Aktivitet: "1.1", Rapportdatum: "2026-05-31" }),
      tables.Uppfoljning[1]!,
    ];
    expect(validate(planSnapshot(tables)).findings).toEqual([]);
  });

  it("says a report one day late came in 1 dag late", () => {
    const finding = onlyFinding(
      validate(withReport({ År: 2025, Rapportdatum: rawDate("2025-05-16") })),
      "report-date-range",
    );

    expect(finding.message).toBe(
      "Rapporten för aktivitet 1.1, T1 2025 kom in 1 dag för sent: rapportdagen var 2025-05-15 " +
        "och Rapportdatum är 2025-05-16.",
    );
  });

  it.each([
    ["T1", 2026, "2026-01-01", "the first day of T1"],
    ["T1", 2026, "2026-05-15", "the T1 deadline day"],
    ["T2", 2026, "2026-09-15", "the T2 deadline day"],
    ["VB", 2026, "2027-01-15", "the VB deadline day, in the next year"],
    ["T1", 2025, "2025-05-10", "a date in time for an earlier year's row"],
  ])("does not report %s %s reported %s (%s)", (period, year, date) => {
    const report = validate(
      withReport({
        Period: period,
        År: year,
        "Genomförda aktiviteter": `Arbete ${period}.`,
        Rapportdatum: date,
      }),
    );

    expect(findingsOf(report, "report-date-range")).toEqual([]);
  });
});

describe("validatePlan, report-date-range over several years", () => {
  it("judges each year's period by its own dates, also years three apart", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [
      ...tables.Uppfoljning,
      followUpRow({ Aktivitet: "1.1", År: 2026, Period: "T2", Rapportdatum: rawDate("2026-09-10") }),
      followUpRow({ Aktivitet: "1.1", År: 2029, Period: "T1", Rapportdatum: rawDate("2029-05-10") }),
    ];
    expect(findingsOf(validate(planSnapshot(tables)), "report-date-range")).toEqual([]);
  });

  it("leaves a dated row without År or Period alone: its window is not known", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [
      ...tables.Uppfoljning,
      followUpRow({ Aktivitet: "1.1", År: null, Period: "T2", Rapportdatum: rawDate("2020-01-01") }),
      followUpRow({ Aktivitet: "1.2", År: 2026, Period: null, Rapportdatum: rawDate("2020-01-01") }),
    ];
    expect(findingsOf(validate(planSnapshot(tables)), "report-date-range")).toEqual([]);
  });
});
