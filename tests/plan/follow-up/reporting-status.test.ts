import { describe, expect, it } from "vitest";
import { deadlineText, nextDeadlinePeriod, reportingOverview, swedishDate } from "../../../src/plan";
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
});
