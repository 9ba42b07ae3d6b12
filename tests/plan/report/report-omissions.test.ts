/**
 * What a report from a plan with errors leaves out, and what the user is told about it
 * (`rapport` on standard error, the task pane's report panel): the exact Swedish sentences,
 * in table and row order, for the period and year asked for.
 */
import { describe, expect, it } from "vitest";
import {
  checkReportInput,
  describeReportCheck,
  type ReportCheckRequest,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { activityRow, followUpRow, planSnapshot, type RowInput } from "../../helpers/snapshot-builder";
import { BEFORE_T1_DEADLINE } from "../support";

const FIX = "Rätta felen (valideringen visar var de finns) och skapa rapporten igen.";

function check(snapshot: WorkbookSnapshot, request: Omit<ReportCheckRequest, "checkDate">) {
  return checkReportInput(snapshot, { ...request, checkDate: BEFORE_T1_DEADLINE });
}

/** Aktiviteter: rows 2 and 3 are the valid plan's 1.1 and 1.2; rows 4–7 cannot all be shown. */
const ACTIVITIES: RowInput[] = [
  activityRow({ Nr: "1.1", Aktivitet: "Platssamverkan Vårberg" }),
  activityRow({ Nr: "1.2", Aktivitet: "Platssamverkan Bredäng" }),
  activityRow({ Nr: null, Aktivitet: "Trygghetsvandring" }),
  activityRow({ Nr: "abc", Aktivitet: "Skolsamverkan" }),
  activityRow({ Nr: "1.1", Aktivitet: null }),
  activityRow({ Nr: "1.2", Aktivitet: "Kopia" }),
];

const ACTIVITY_LINES = [
  'Aktiviteten på rad 4 i Aktiviteter ("Trygghetsvandring") saknar Nr och kom inte med.',
  'Aktiviteten på rad 5 i Aktiviteter ("Skolsamverkan"): Nr "abc" är inget aktivitetsnummer, så aktiviteten kom inte med.',
  "Aktiviteten på rad 6 i Aktiviteter: Nr 1.1 finns redan på rad 2; bara den aktiviteten kom med.",
  'Aktiviteten på rad 7 i Aktiviteter ("Kopia"): Nr 1.2 finns redan på rad 3; bara den aktiviteten kom med.',
];

/** Uppfoljning, each row on sheet row (index + 2). */
const FOLLOW_UPS: RowInput[] = [
  followUpRow({ Aktivitet: "1.1" }), // 2: shown
  followUpRow({ Aktivitet: "1.2", "Målet nått": "Kanske" }), // 3: status unreadable
  followUpRow({ Aktivitet: "9.9", "Målet nått": "Kanske" }), // 4: unknown activity
  followUpRow({ Aktivitet: "1.1", "Målet nått": "Kanske" }), // 5: T1 of 1.1 again
  followUpRow({ Aktivitet: null }), // 6: no activity
  followUpRow({ Aktivitet: "1.2", År: null }), // 7: no year
  followUpRow({ Aktivitet: "1.2", Period: "T5" }), // 8: no period
  followUpRow({ Aktivitet: "1.2", Period: "T2", "Målet nått": "Kanske" }), // 9: T2, status unreadable
  followUpRow({ Aktivitet: "1.2", År: 2025, "Målet nått": "Kanske" }), // 10: 2025, status unreadable
  followUpRow({ Aktivitet: "9.9", Period: "VB" }), // 11: VB, unknown activity
  followUpRow({ Aktivitet: "1.1", Period: "T2", "Målet nått": null }), // 12: T2, no status given
];

const UNREADABLE_KEY = "Aktivitet, År eller Period går inte att läsa, så raden kom inte med i någon rapport.";
const LINE = {
  status3:
    'Uppföljningen på rad 3 i Uppföljning (aktivitet 1.2, T1 2026): Målet nått "Kanske" går inte att läsa och visas som Ej bedömt.',
  unknown4:
    "Uppföljningen på rad 4 i Uppföljning (aktivitet 9.9, T1 2026): aktivitet 9.9 finns inte i Aktiviteter, så uppföljningen kom inte med.",
  taken5:
    "Uppföljningen på rad 5 i Uppföljning (aktivitet 1.1, T1 2026): perioden har redan en uppföljning på rad 2; bara den kom med.",
  noActivity6: `Uppföljningen på rad 6 i Uppföljning: ${UNREADABLE_KEY}`,
  noYear7: `Uppföljningen på rad 7 i Uppföljning (aktivitet 1.2, T1): ${UNREADABLE_KEY}`,
  noPeriod8: `Uppföljningen på rad 8 i Uppföljning (aktivitet 1.2): ${UNREADABLE_KEY}`,
  status9:
    'Uppföljningen på rad 9 i Uppföljning (aktivitet 1.2, T2 2026): Målet nått "Kanske" går inte att läsa och visas som Ej bedömt.',
  status10:
    'Uppföljningen på rad 10 i Uppföljning (aktivitet 1.2, T1 2025): Målet nått "Kanske" går inte att läsa och visas som Ej bedömt.',
  unknown11:
    "Uppföljningen på rad 11 i Uppföljning (aktivitet 9.9, VB 2026): aktivitet 9.9 finns inte i Aktiviteter, så uppföljningen kom inte med.",
} as const;

const BROKEN = planSnapshot({ Aktiviteter: ACTIVITIES, Uppfoljning: FOLLOW_UPS });

describe("checkReportInput", () => {
  it("finds nothing to say about a plan without errors", () => {
    expect(check(planSnapshot(), { period: "T1" })).toEqual({ errors: 0, omissions: [] });
  });

  it("counts the errors of a plan whose report leaves nothing out", () => {
    const snapshot = planSnapshot({
      Uppfoljning: [followUpRow({ Aktivitet: "1.1", "Målet nått": "Delvis uppfyllt" })],
    });
    // Delvis uppfyllt without Kommentar: one error (goal-comment-missing); the row is shown.
    expect(check(snapshot, { period: "T1" })).toEqual({ errors: 1, omissions: [] });
  });

  it.each<[string, Omit<ReportCheckRequest, "checkDate">, string[]]>([
    [
      "T1 of the Plan table's year",
      { period: "T1" },
      [LINE.status3, LINE.unknown4, LINE.taken5, LINE.noActivity6, LINE.noYear7, LINE.noPeriod8],
    ],
    [
      "T2 of the Plan table's year",
      { period: "T2" },
      [LINE.noActivity6, LINE.noYear7, LINE.noPeriod8, LINE.status9],
    ],
    [
      "the VB, over T1, T2 and VB of the year",
      { period: "VB" },
      [
        LINE.status3,
        LINE.unknown4,
        LINE.taken5,
        LINE.noActivity6,
        LINE.noYear7,
        LINE.noPeriod8,
        LINE.status9,
        LINE.unknown11,
      ],
    ],
    [
      "T1 of a year given instead of the Plan table's",
      { period: "T1", year: 2025 },
      [LINE.noActivity6, LINE.noYear7, LINE.noPeriod8, LINE.status10],
    ],
  ])("lists what the report for %s leaves out, activities first", (_what, request, followUpLines) => {
    const result = check(BROKEN, request);
    expect(result.omissions).toEqual([...ACTIVITY_LINES, ...followUpLines]);
    expect(result.errors).toBeGreaterThan(0);
  });

  it("names only the activities when neither the request nor a Plan table gives the year", () => {
    const snapshot = planSnapshot({ Plan: null, Aktiviteter: ACTIVITIES, Uppfoljning: FOLLOW_UPS });
    expect(check(snapshot, { period: "T1" }).omissions).toEqual(ACTIVITY_LINES);
  });

  it("names every follow-up of the period as unknown when the plan has no Aktiviteter table", () => {
    const snapshot = planSnapshot({ Aktiviteter: null });
    expect(check(snapshot, { period: "T1" }).omissions).toEqual([
      "Uppföljningen på rad 2 i Uppföljning (aktivitet 1.1, T1 2026): aktivitet 1.1 finns inte i Aktiviteter, så uppföljningen kom inte med.",
      "Uppföljningen på rad 3 i Uppföljning (aktivitet 1.2, T1 2026): aktivitet 1.2 finns inte i Aktiviteter, så uppföljningen kom inte med.",
    ]);
  });

  it("names only the activities when the plan has no Uppfoljning table", () => {
    const snapshot = planSnapshot({ Aktiviteter: ACTIVITIES, Uppfoljning: null });
    expect(check(snapshot, { period: "VB" }).omissions).toEqual(ACTIVITY_LINES);
  });
});

describe("describeReportCheck", () => {
  it("says nothing about a plan without errors", () => {
    expect(describeReportCheck({ errors: 0, omissions: [] })).toBeNull();
  });

  it("says the report shows the plan as it can be read when it left nothing out", () => {
    expect(describeReportCheck({ errors: 2, omissions: [] })).toEqual({
      summary: "Planen har 2 fel; rapporten visar planen så som den går att läsa.",
      omissions: [],
      advice: FIX,
    });
  });

  it("introduces the list of what the report left out", () => {
    expect(describeReportCheck({ errors: 5, omissions: [LINE.taken5, LINE.noActivity6] })).toEqual({
      summary: "Planen har 5 fel, och rapporten fick lämna ute det här:",
      omissions: [LINE.taken5, LINE.noActivity6],
      advice: FIX,
    });
  });
});
