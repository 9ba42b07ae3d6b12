import { describe, expect, it } from "vitest";
import {
  capitalized,
  deadlineText,
  nextDeadlinePeriod,
  reportingOverview,
  swedishDate,
} from "../../../src/plan";
import { activityRow, followUpRow } from "../../helpers/snapshot-builder";
import { planWith } from "./support";

const ACTIVITIES = [
  activityRow({ Nr: "1.1", Aktivitet: "Platssamverkan Vårberg", Sammankallande: "Anna Svensson" }),
  activityRow({ Nr: "1.2", Aktivitet: "Platssamverkan Bredäng", Sammankallande: "Kommunpoliser" }),
  activityRow({ Nr: "1.10", Aktivitet: "Föräldravandringar", Sammankallande: "Anna Svensson" }),
];

describe("reportingOverview", () => {
  it("lists every activity in Nr order with its convener and whether it has reported", () => {
    const plan = planWith({
      Aktiviteter: ACTIVITIES,
      Uppfoljning: [
        followUpRow({ Aktivitet: "1.1", "Rapporterad av": "Anna Svensson", Rapportdatum: "2026-05-02" }),
        // Prepared by "Förbered uppföljning" and not filled in: not reported.
        { Aktivitet: "1.2", År: 2026, Period: "T1" },
      ],
    });
    const overview = reportingOverview(plan, { period: "T1", year: 2026, checkDate: "2026-05-04" });
    expect(overview.deadline).toBe("2026-05-15");
    expect(overview.deadlineText).toBe("11 dagar kvar till 15 maj");
    expect(overview.activities.map((a) => [a.nr, a.convener, a.state, a.text])).toEqual([
      ["1.1", "Anna Svensson", "reported", "Rapporterad 2 maj av Anna Svensson"],
      ["1.2", "Kommunpoliser", "waiting", "Saknas"],
      ["1.10", "Anna Svensson", "waiting", "Saknas"],
    ]);
    expect(overview.counts).toEqual({ activities: 3, reported: 1, late: 0, missing: 2 });
    expect(overview.summary).toBe("1 av 3 aktiviteter har rapporterat");
  });

  it("says how late a report came and how long one has been missing", () => {
    const plan = planWith({
      Aktiviteter: ACTIVITIES,
      Uppfoljning: [followUpRow({ Aktivitet: "1.1", Rapportdatum: "2026-05-18" })],
    });
    const overview = reportingOverview(plan, { period: "T1", year: 2026, checkDate: "2026-05-20" });
    expect(overview.daysLeft).toBe(-5);
    expect(overview.deadlineText).toBe("rapportdagen var 15 maj, för 5 dagar sedan");
    expect(overview.activities.map((a) => [a.state, a.daysLate, a.text])).toEqual([
      ["late", 3, "Rapporterad 18 maj, 3 dagar efter rapportdagen"],
      ["overdue", 5, "Saknas, 5 dagar efter rapportdagen"],
      ["overdue", 5, "Saknas, 5 dagar efter rapportdagen"],
    ]);
    expect(overview.counts).toEqual({ activities: 3, reported: 1, late: 1, missing: 2 });
  });

  it("takes the deadline from the Plan table", () => {
    const plan = planWith({
      Plan: [{ Titel: "Plan", Stadsdelsförvaltning: "Skärholmen", År: 2026, "Rapportdag T1": "2026-05-08" }],
    });
    const overview = reportingOverview(plan, { period: "T1", year: 2026, checkDate: "2026-05-07" });
    expect(overview.deadlineText).toBe("1 dag kvar till 8 maj");
  });
});

describe("reportingOverview on and after the deadline", () => {
  // Out of Nr order in the sheet, and 1.10 without a name.
  const activities = [
    activityRow({ Nr: "1.10", Aktivitet: null, Sammankallande: "Rektor" }),
    activityRow({ Nr: "1.2", Aktivitet: "Platssamverkan Bredäng", Sammankallande: "Kommunpoliser" }),
    activityRow({ Nr: "1.1", Aktivitet: "Platssamverkan Vårberg", Sammankallande: "Anna Svensson" }),
  ];
  const overview = (checkDate: string, followUps: ReturnType<typeof followUpRow>[]) =>
    reportingOverview(planWith({ Aktiviteter: activities, Uppfoljning: followUps }), {
      period: "T1",
      year: 2026,
      checkDate,
    });

  it("counts a report on the deadline day as in time, and nothing as missing before the day is over", () => {
    const o = overview("2026-05-15", [
      followUpRow({ Aktivitet: "1.1", "Rapporterad av": "  Anna Svensson ", Rapportdatum: "2026-05-15" }),
      // Reported without a name or a date: reported all the same.
      followUpRow({ Aktivitet: "1.10", "Rapporterad av": "  " }),
    ]);
    expect(o.activities.map((a) => [a.nr, a.name, a.state, a.daysLate, a.text])).toEqual([
      ["1.1", "Platssamverkan Vårberg", "reported", null, "Rapporterad 15 maj av Anna Svensson"],
      ["1.2", "Platssamverkan Bredäng", "waiting", null, "Saknas"],
      ["1.10", "", "reported", null, "Rapporterad"],
    ]);
    expect(o.counts).toEqual({ activities: 3, reported: 2, late: 0, missing: 1 });
  });

  it("says one day, not one days, the day after", () => {
    const o = overview("2026-05-16", [
      followUpRow({ Aktivitet: "1.1", Rapportdatum: "2026-05-16" }),
      followUpRow({ Aktivitet: "1.10", Rapportdatum: "2026-05-15" }),
    ]);
    expect(o.activities.map((a) => [a.nr, a.state, a.daysLate, a.text])).toEqual([
      ["1.1", "late", 1, "Rapporterad 16 maj, 1 dag efter rapportdagen"],
      ["1.2", "overdue", 1, "Saknas, 1 dag efter rapportdagen"],
      ["1.10", "reported", null, "Rapporterad 15 maj"],
    ]);
    expect(o.deadlineText).toBe("rapportdagen var 15 maj, för 1 dag sedan");
  });

  it("speaks of one activity in the singular", () => {
    const one = (followUps: ReturnType<typeof followUpRow>[]) =>
      reportingOverview(planWith({ Aktiviteter: [activityRow({ Nr: "1.1" })], Uppfoljning: followUps }), {
        period: "T1",
        year: 2026,
        checkDate: "2026-05-04",
      }).summary;
    expect(one([])).toBe("0 av 1 aktivitet har rapporterat");
    expect(one([followUpRow({ Aktivitet: "1.1" })])).toBe("1 av 1 aktivitet har rapporterat");
  });
});

describe("swedishDate and capitalized", () => {
  it("leaves a text that is not a whole YYYY-MM-DD date as it is", () => {
    for (const text of ["15 maj", "den 2026-05-15", "2026-05-15 kl. 10", "12026-05-15", ""])
      expect(swedishDate(text)).toBe(text);
    expect(swedishDate("2026-05-01", "2026-01-01")).toBe("1 maj");
  });

  it("begins a sentence with a capital, Swedish letters too", () => {
    expect(capitalized("rapportdag i dag, 15 maj")).toBe("Rapportdag i dag, 15 maj");
    expect(capitalized("årets uppföljning")).toBe("Årets uppföljning");
    expect(capitalized("x")).toBe("X");
    expect(capitalized("")).toBe("");
  });
});

describe("deadlineText", () => {
  it("speaks of today, and names the year only when it is another", () => {
    expect(deadlineText("2026-05-15", "2026-05-15")).toBe("rapportdag i dag, 15 maj");
    expect(deadlineText("2026-12-20", "2027-01-15")).toBe("26 dagar kvar till 15 januari 2027");
    expect(swedishDate("2026-09-15")).toBe("15 september 2026");
  });
});

describe("nextDeadlinePeriod", () => {
  it("is the period whose deadline comes next, last year's VB in early January", () => {
    const pick = (date: string) => {
      const p = nextDeadlinePeriod(date, 2026, {});
      return `${p.period} ${p.year} ${p.deadline}`;
    };
    expect(pick("2026-01-10")).toBe("VB 2025 2026-01-15");
    expect(pick("2026-01-16")).toBe("T1 2026 2026-05-15");
    expect(pick("2026-05-15")).toBe("T1 2026 2026-05-15");
    expect(pick("2026-05-16")).toBe("T2 2026 2026-09-15");
    expect(pick("2026-10-01")).toBe("VB 2026 2027-01-15");
  });

  it("takes the Plan table's deadlines in date order, and the latest when all have passed", () => {
    const pick = (date: string, overrides: Parameters<typeof nextDeadlinePeriod>[2]) => {
      const p = nextDeadlinePeriod(date, 2026, overrides);
      return `${p.period} ${p.year} ${p.deadline}`;
    };
    // T1 moved after T2: T2 is next in June.
    expect(pick("2026-06-01", { T1: "2026-10-01" })).toBe("T2 2026 2026-09-15");
    expect(pick("2026-09-16", { T1: "2026-10-01" })).toBe("T1 2026 2026-10-01");
    // Every deadline of the year moved before mid-December: the latest of them.
    expect(pick("2026-12-15", { T2: "2026-12-10", VB: "2026-12-01" })).toBe("T2 2026 2026-12-10");
    // Another year's plan moves nothing.
    expect(nextDeadlinePeriod("2026-06-01", 2025, { T1: "2025-10-01" }).deadline).toBe("2026-09-15");
  });
});
