/**
 * Meetings in the report (report-follow-up.ts): the period's meetings against Mötesfrekvens
 * when either is missing, and the T2 report's year so far when T1's, T2's or both numbers
 * are missing, with and without a plan to compare with.
 */
import { describe, expect, it } from "vitest";
import {
  buildTertialReport,
  locatePlanTables,
  readPlanData,
  type MeetingComparison,
  type Period,
  type WorkbookSnapshot,
} from "../../../src/plan";
import type { RowInput } from "../../helpers/snapshot-builder";
import { reportPlanTables, reportSnapshot } from "../../helpers/report-fixture";

const TABLES = reportPlanTables();

/** The fixture's follow-ups with Antal möten set (a number) or cleared (null) per activity and period. */
function withMeetings(meetings: Record<string, Partial<Record<Period, number | null>>>): WorkbookSnapshot {
  const rows: RowInput[] = TABLES.Uppfoljning.map((row) => {
    const set = meetings[String(row.Aktivitet)]?.[row.Period as Period];
    return set === undefined ? row : { ...row, "Antal möten": set };
  });
  return reportSnapshot({ Uppfoljning: rows });
}

function meetingsOf(period: Period, snapshot: WorkbookSnapshot, nr: string) {
  const report = buildTertialReport(readPlanData(locatePlanTables(snapshot)), period, 2026);
  const found = report.areas.flatMap((a) => a.activities).find((a) => a.nr === nr);
  if (!found) throw new Error(`no activity ${nr}`);
  return found.current;
}

describe("the period's meetings", () => {
  it("shows a dash when neither meetings nor a plan are given", () => {
    // 1.10 meets "Vid behov" and its T2 row has no Antal möten.
    expect(meetingsOf("T2", reportSnapshot(), "1.10").meetings).toEqual({
      held: null,
      planned: null,
      text: "– (ingen plan att jämföra med)",
    });
  });
});

describe("the T2 report's meetings so far this year", () => {
  it.each<[string, string, Record<string, Partial<Record<Period, number | null>>>, MeetingComparison]>([
    // 2.1 meets "4 per år": 8/3 meetings in January–August, planned as 3.
    [
      "both tertials' meetings",
      "2.1",
      { "2.1": { T1: 1, T2: 2 } },
      { held: 3, planned: 3, text: "3 av planerade 3" },
    ],
    [
      "T2's meetings, naming T1 as not given",
      "2.1",
      { "2.1": { T1: null, T2: 2 } },
      { held: 2, planned: 3, text: "2 av planerade 3; T1 ej angivet" },
    ],
    [
      "T1's meetings, naming T2 as not given",
      "2.1",
      { "2.1": { T1: 1, T2: null } },
      { held: 1, planned: 3, text: "1 av planerade 3; T2 ej angivet" },
    ],
    [
      "no number when neither tertial gives one",
      "2.1",
      { "2.1": { T1: null, T2: null } },
      { held: null, planned: 3, text: "Ej angivet (planerade 3)" },
    ],
    [
      "no plan for an activity that meets when needed",
      "1.10",
      { "1.10": { T1: 1, T2: 2 } },
      { held: 3, planned: null, text: "3 (ingen plan att jämföra med)" },
    ],
    [
      "a dash for an activity that meets when needed and gives no numbers",
      "1.10",
      { "1.10": { T1: null, T2: null } },
      { held: null, planned: null, text: "– (ingen plan att jämföra med)" },
    ],
  ])("adds up %s", (_what, nr, meetings, expected) => {
    expect(meetingsOf("T2", withMeetings(meetings), nr).meetingsSoFar).toEqual(expected);
  });
});
