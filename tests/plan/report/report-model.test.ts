import { describe, expect, it } from "vitest";
import {
  buildTertialReport,
  locatePlanTables,
  readPlanData,
  type Period,
  type TertialReport,
  rawDate,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { FORMULA_LIKE, reportPlanTables, reportSnapshot } from "../../helpers/report-fixture";

function build(period: Period, snapshot: WorkbookSnapshot = reportSnapshot(), year = 2026): TertialReport {
  return buildTertialReport(readPlanData(locatePlanTables(snapshot)), period, year, {
    createdOn: "2026-09-20",
  });
}

function activity(report: TertialReport, nr: string) {
  const found = report.areas.flatMap((a) => a.activities).find((a) => a.nr === nr);
  if (!found) throw new Error(`no activity ${nr}`);
  return found;
}

describe("buildTertialReport", () => {
  it("reports the title block from the Plan table and the period", () => {
    expect(build("T2").title).toEqual({
      planTitle: "Åtgärdsplan för gemensamma prioriteringar",
      district: "Skärholmen",
      policeArea: "Skärholmen",
      registrationNumber: "SDF 2026/123",
      periodLabel: "Tertial 2 (maj–augusti)",
      start: "2026-05-01",
      end: "2026-08-31",
      cumulativeStart: "2026-01-01",
      deadline: "2026-09-15",
      createdOn: "2026-09-20",
    });
  });

  it("counts the statuses per area and in total for T1", () => {
    const { summary } = build("T1");
    expect(summary.areas.map((a) => [a.nr, a.name])).toEqual([
      [1, "Riktat arbete i utsatta områden"],
      [2, "Riktat arbete mot avgränsade platser"],
    ]);
    expect(summary.areas[0]?.counts).toEqual({
      activities: 3,
      reported: 3,
      met: 1,
      partly: 1,
      notMet: 1,
      notAssessed: 0,
      missing: 0,
    });
    expect(summary.areas[1]?.counts).toEqual({
      activities: 3,
      reported: 2,
      met: 1,
      partly: 0,
      notMet: 0,
      notAssessed: 1,
      missing: 1,
    });
    expect(summary.total).toEqual({
      activities: 6,
      reported: 5,
      met: 2,
      partly: 1,
      notMet: 1,
      notAssessed: 1,
      missing: 1,
    });
  });

  it("counts the T2 follow-ups, not the T1 ones, in the T2 report", () => {
    expect(build("T2").summary.total).toEqual({
      activities: 6,
      reported: 5,
      met: 1,
      partly: 2,
      notMet: 1,
      notAssessed: 1,
      missing: 1,
    });
  });

  it("lists each area's activities in Nr order, 1.2 before 1.10", () => {
    expect(build("T1").areas.map((a) => a.activities.map((x) => x.nr))).toEqual([
      ["1.1", "1.2", "1.10"],
      ["2.1", "2.2", "2.3"],
    ]);
  });

  it("carries each follow-up's fields as written, formula-like text included", () => {
    const entry = activity(build("T1"), "1.1").current;
    expect(entry.followUp).toEqual({
      status: "Uppfyllt",
      statusGiven: true,
      comment: FORMULA_LIKE.comment11,
      done: "Fyra möten och en trygghetsvandring.",
      reportedBy: "Anna Andersson",
      reportedOn: "2026-05-10",
    });
  });

  it("compares meetings held with what Mötesfrekvens implies for the period", () => {
    const report = build("T1");
    expect(activity(report, "1.1").current.meetings).toEqual({
      held: 4,
      planned: 4,
      text: "4 av planerade 4",
    });
    // Varannan vecka: 26 a year, 8.7 in four months.
    expect(activity(report, "1.2").current.meetings.text).toBe("7 av planerade 9");
    expect(activity(report, "1.10").current.meetings).toEqual({
      held: 1,
      planned: null,
      text: "1 (ingen plan att jämföra med)",
    });
    // 4 per år: 1.3 in a tertial.
    expect(activity(report, "2.1").current.meetings.text).toBe("Ej angivet (planerade 1)");
  });

  it("sets each indicator's Målvärde against the period's outcome and the year so far (T2 cumulative)", () => {
    const indicators = activity(build("T2"), "2.3").indicators;
    expect(
      indicators.map((i) => [i.indicator, i.target, i.periodValue, i.cumulativeValue, i.comment]),
    ).toEqual([
      ["Centrumbesiktningar", 4, 1, 3, null],
      ["Trygghetsvandringar", 8, 4, 7, "En inställd"],
      // A share is not summed: the latest value is the year so far.
      ["Andel trygga", 80, 70, 70, null],
    ]);
  });

  it("gives T1's own outcome as the year so far in T1", () => {
    const indicators = activity(build("T1"), "2.3").indicators;
    expect(indicators.map((i) => [i.periodValue, i.cumulativeValue])).toEqual([
      [2, 2],
      [3, 3],
      [62, 62],
    ]);
  });

  it("lists the activities with no follow-up for the period", () => {
    expect(build("T1").missing).toEqual([
      { nr: "2.2", name: "Platssamverkan Skärholmen", convener: "Fältassistenter" },
    ]);
  });

  it("treats a prepared row that nobody filled in as no follow-up", () => {
    const tables = reportPlanTables();
    const snapshot = reportSnapshot({
      Uppfoljning: [...tables.Uppfoljning, { Aktivitet: "2.2", År: 2026, Period: "T1" }],
    });
    const report = build("T1", snapshot);
    expect(report.missing.map((m) => m.nr)).toEqual(["2.2"]);
    expect(activity(report, "2.2").current.followUp).toBeNull();
  });

  it("counts a filled-in row without Målet nått as Ej bedömt and says so", () => {
    const tables = reportPlanTables();
    const snapshot = reportSnapshot({
      Uppfoljning: [
        ...tables.Uppfoljning,
        { Aktivitet: "2.2", År: 2026, Period: "T1", "Genomförda aktiviteter": "Möten." },
      ],
    });
    const report = build("T1", snapshot);
    expect(activity(report, "2.2").current.followUp).toMatchObject({
      status: "Ej bedömt",
      statusGiven: false,
    });
    expect(report.summary.total.notAssessed).toBe(2);
    expect(report.missing).toEqual([]);
  });

  it("puts T1, T2 and VB side by side in the VB, with the VB row as the year's outcome", () => {
    const tables = reportPlanTables();
    const snapshot = reportSnapshot({
      Uppfoljning: [
        ...tables.Uppfoljning,
        {
          Aktivitet: "2.3",
          År: 2026,
          Period: "VB",
          "Målet nått": "Uppfyllt",
          "Genomförda aktiviteter": "Allt.",
        },
      ],
      Utfall: [
        ...tables.Utfall,
        { Aktivitet: "2.3", Indikator: "Centrumbesiktningar", År: 2026, Period: "VB", Värde: 4 },
      ],
    });
    const report = build("VB", snapshot);
    const a = activity(report, "2.3");
    expect(a.periods.map((p) => [p.period, p.followUp?.status ?? null])).toEqual([
      ["T1", "Uppfyllt"],
      ["T2", "Delvis uppfyllt"],
      ["VB", "Uppfyllt"],
    ]);
    expect(a.indicators.map((i) => [i.indicator, i.byPeriod, i.cumulativeValue])).toEqual([
      ["Centrumbesiktningar", { T1: 2, T2: 1, VB: 4 }, 4],
      // No VB row: the year so far as at T2 (3 + 4).
      ["Trygghetsvandringar", { T1: 3, T2: 4, VB: null }, 7],
      ["Andel trygga", { T1: 62, T2: 70, VB: null }, 70],
    ]);
    expect(a.periods[2]?.meetings.text).toBe("Ej angivet (planerade 12)");
    expect(report.missing.map((m) => m.nr)).toEqual(["1.1", "1.2", "1.10", "2.1", "2.2"]);
  });

  it("ignores follow-ups of another year", () => {
    expect(build("T1", reportSnapshot(), 2027).summary.total).toMatchObject({ reported: 0, missing: 6 });
  });

  it("groups an activity whose area is not in Omraden under its area number", () => {
    const tables = reportPlanTables();
    const extra = { ...tables.Aktiviteter[0], Nr: "7.1", Aktivitet: "Utan område" };
    const report = build("T1", reportSnapshot({ Aktiviteter: [...tables.Aktiviteter, extra] }));
    const last = report.areas[report.areas.length - 1];
    expect([last?.nr, last?.name, last?.activities.map((a) => a.nr)]).toEqual([
      7,
      "Område 7 (finns inte i tabellen Områden)",
      ["7.1"],
    ]);
  });

  it("shows every activity's status in each period so far this year in the overview", () => {
    expect(build("T1").overview.periods).toEqual(["T1"]);
    const { periods, rows } = build("T2").overview;
    expect(periods).toEqual(["T1", "T2"]);
    expect(rows.map((r) => [r.nr, r.name, ...r.statuses.map((s) => `${s.period} ${s.status}`)])).toEqual([
      ["1.1", "Platssamverkan Vårberg", "T1 met", "T2 met"],
      ["1.2", "Platssamverkan Bredäng", "T1 partly", "T2 notMet"],
      ["1.10", "Trygghetsvandringar Vårberg", "T1 notMet", "T2 partly"],
      ["2.1", "Platssamverkan Sätra", "T1 notAssessed", "T2 notAssessed"],
      ["2.2", "Platssamverkan Skärholmen", "T1 missing", "T2 missing"],
      ["2.3", "Trygghetsinventeringar", "T1 met", "T2 partly"],
    ]);
    expect(build("VB").overview.rows[0]?.statuses.map((s) => s.period)).toEqual(["T1", "T2", "VB"]);
  });

  it("lists the period's deviations, each with its activity, in Nr order", () => {
    expect(build("T2").overview.deviations).toEqual([
      {
        nr: "1.2",
        name: "Platssamverkan Bredäng",
        kind: "not-met",
        text: "Ej uppfyllt: Gruppen har inte träffats.",
      },
      {
        nr: "1.2",
        name: "Platssamverkan Bredäng",
        kind: "worse",
        text: "Sämre än T1: Delvis uppfyllt → Ej uppfyllt",
      },
      {
        nr: "2.1",
        name: "Platssamverkan Sätra",
        kind: "not-assessed-without-comment",
        text: "Ej bedömt, utan kommentar",
      },
      {
        nr: "2.2",
        name: "Platssamverkan Skärholmen",
        kind: "missing",
        text: "Ingen uppföljning för T2 2026",
      },
      {
        nr: "2.3",
        name: "Trygghetsinventeringar",
        kind: "worse",
        text: "Sämre än T1: Uppfyllt → Delvis uppfyllt",
      },
    ]);
  });

  it("counts a late report by its days and meetings below half the plan as deviations", () => {
    const tables = reportPlanTables();
    const snapshot = reportSnapshot({
      Uppfoljning: tables.Uppfoljning.map((r) =>
        r.Aktivitet === "1.1" && r.Period === "T1"
          ? { ...r, Rapportdatum: rawDate("2026-05-20"), "Antal möten": 1 }
          : r,
      ),
    });
    const deviations = build("T1", snapshot).overview.deviations.filter((d) => d.nr === "1.1");
    expect(deviations).toEqual([
      {
        nr: "1.1",
        name: "Platssamverkan Vårberg",
        kind: "late",
        text: "Sen rapport: 5 dagar (2026-05-20)",
      },
      // 1 gång/månad plans 4 in T1; 1 is below half of that, 2 would not be.
      {
        nr: "1.1",
        name: "Platssamverkan Vårberg",
        kind: "meetings-below-plan",
        text: "1 möte av planerade 4",
      },
    ]);
    const onTime = reportSnapshot({
      Uppfoljning: tables.Uppfoljning.map((r) =>
        r.Aktivitet === "1.1" && r.Period === "T1"
          ? { ...r, Rapportdatum: rawDate("2026-05-15"), "Antal möten": 2 }
          : r,
      ),
    });
    expect(build("T1", onTime).overview.deviations.filter((d) => d.nr === "1.1")).toEqual([]);
  });

  it("adds the meetings of T1 and T2 against the plan for January–August in T2", () => {
    const report = build("T2");
    expect(activity(report, "1.1").current.meetingsSoFar).toEqual({
      held: 7,
      planned: 8,
      text: "7 av planerade 8",
    });
    // 1.2 has no Antal möten for T2: the sum says which period is left out.
    expect(activity(report, "1.2").current.meetingsSoFar?.text).toBe("7 av planerade 17; T2 ej angivet");
    expect(activity(build("T1"), "1.1").current.meetingsSoFar).toBeNull();
    expect(activity(build("VB"), "1.1").periods.map((p) => p.meetingsSoFar)).toEqual([null, null, null]);
  });

  it("gives each indicator its baseline and earlier years' outcomes", () => {
    const indicators = activity(build("T2"), "2.3").indicators;
    expect(indicators.map((i) => [i.indicator, i.baseline, i.baselineYear, i.earlier])).toEqual([
      ["Centrumbesiktningar", null, null, []],
      ["Trygghetsvandringar", 5, 2024, [{ year: 2025, value: 6 }]],
      ["Andel trygga", 58, 2024, [{ year: 2025, value: 61 }]],
    ]);
  });

  it("gives each area its goal, lägesbild and the period's assessment", () => {
    const [first, second] = build("T2").areas;
    expect(first).toMatchObject({
      nr: 1,
      goal: "Minska brottsligheten.",
      situation: null,
      assessment: {
        summary: "Bredäng har tappat fart under sommaren.",
        analysis: "Gruppen i Bredäng har inte träffats sedan maj.",
        nextSteps: "Ny sammankallande utses i september.",
      },
    });
    expect(second?.assessment).toEqual({
      summary: "Vandringarna når inte målet; besiktningarna gör det.",
      analysis: "En vandring ställdes in i juli.",
      nextSteps: null,
    });
    expect(build("VB").areas.map((a) => a.assessment)).toEqual([null, null]);
  });

  it("counts a prepared Bedömning row nobody filled in as no assessment", () => {
    const tables = reportPlanTables();
    const snapshot = reportSnapshot({
      Bedomning: [...(tables.Bedomning ?? []), { Område: 1, År: 2026, Period: "VB" }],
    });
    expect(build("VB", snapshot).areas[0]?.assessment).toBeNull();
  });
});
