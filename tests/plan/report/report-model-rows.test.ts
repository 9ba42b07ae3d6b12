/**
 * The report model on rows the fixture does not have (report-model.test.ts covers the
 * fixture itself): areas out of order, named twice or with a lägesbild, an activity Nr that
 * names no area, an activity without a name, indicators without a name or without outcomes,
 * an assessment of another year, and which periods each report shows.
 */
import { describe, expect, it } from "vitest";
import {
  buildTertialReport,
  locatePlanTables,
  readPlanData,
  type Period,
  type TertialReport,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { reportPlanTables, reportSnapshot } from "../../helpers/report-fixture";

function build(period: Period, snapshot: WorkbookSnapshot = reportSnapshot()): TertialReport {
  return buildTertialReport(readPlanData(locatePlanTables(snapshot)), period, 2026);
}

function activity(report: TertialReport, nr: string) {
  const found = report.areas.flatMap((a) => a.activities).find((a) => a.nr === nr);
  if (!found) throw new Error(`no activity ${nr}`);
  return found;
}

const TABLES = reportPlanTables();
const [AREA_1, AREA_2] = TABLES.Omraden;

describe("buildTertialReport's areas", () => {
  it("orders the areas by Nr, whatever the order of Omraden, each with its lägesbild", () => {
    const snapshot = reportSnapshot({
      Omraden: [
        { ...AREA_2, Lägesbild: "Lugnt vid Sätra centrum." },
        { ...AREA_1, Lägesbild: "Oro kring Vårbergs centrum." },
      ],
    });
    expect(build("T1", snapshot).areas.map((a) => [a.nr, a.name, a.situation])).toEqual([
      [1, "Riktat arbete i utsatta områden", "Oro kring Vårbergs centrum."],
      [2, "Riktat arbete mot avgränsade platser", "Lugnt vid Sätra centrum."],
    ]);
  });

  it("takes an area named twice from its first row", () => {
    const snapshot = reportSnapshot({
      Omraden: [
        ...TABLES.Omraden,
        { ...AREA_1, Område: "Dubblett", "Övergripande mål och syfte": "Annat mål." },
      ],
    });
    expect(build("T1", snapshot).areas.map((a) => [a.nr, a.name, a.goal])).toEqual([
      [1, "Riktat arbete i utsatta områden", "Minska brottsligheten."],
      [2, "Riktat arbete mot avgränsade platser", "Öka tryggheten."],
    ]);
  });

  it("groups an activity whose Nr names no area last, under a name of its own", () => {
    // Nr stored as the number 7: read as "7" (an error), which names no area.
    const loose = { ...TABLES.Aktiviteter[0], Nr: 7, Aktivitet: "Utan områdesnummer" };
    const report = build("T1", reportSnapshot({ Aktiviteter: [...TABLES.Aktiviteter, loose] }));
    expect(report.areas.map((a) => [a.nr, a.name, a.activities.map((r) => r.nr)])).toEqual([
      [1, "Riktat arbete i utsatta områden", ["1.1", "1.2", "1.10"]],
      [2, "Riktat arbete mot avgränsade platser", ["2.1", "2.2", "2.3"]],
      [null, "Aktiviteter utan giltigt områdesnummer", ["7"]],
    ]);
    expect(report.areas[2]).toMatchObject({ goal: null, situation: null, assessment: null });
  });

  it("leaves out an Omraden row without Nr", () => {
    const snapshot = reportSnapshot({
      Omraden: [...TABLES.Omraden, { ...AREA_1, Nr: null, Område: "Utan nummer" }],
    });
    expect(build("T1", snapshot).areas.map((a) => [a.nr, a.name])).toEqual([
      [1, "Riktat arbete i utsatta områden"],
      [2, "Riktat arbete mot avgränsade platser"],
    ]);
  });

  it("gives no area an assessment when the plan has no Bedömning table", () => {
    const report = build("T1", reportSnapshot({ Bedomning: undefined }));
    expect(report.areas.map((a) => [a.nr, a.assessment])).toEqual([
      [1, null],
      [2, null],
    ]);
  });

  it("takes the assessment of the report's year, not an earlier year's of the same period", () => {
    const earlier = { Område: 1, År: 2025, Period: "T1", "Samlad bedömning": "Förra årets bedömning." };
    const snapshot = reportSnapshot({ Bedomning: [earlier, ...(TABLES.Bedomning ?? [])] });
    expect(build("T1", snapshot).areas[0]?.assessment?.summary).toBe(
      "Samverkan i Vårberg och Bredäng är igång.",
    );
  });
});

describe("buildTertialReport's activities", () => {
  it("gives an activity without a name an empty name", () => {
    const [first, ...rest] = TABLES.Aktiviteter;
    const report = build("T1", reportSnapshot({ Aktiviteter: [{ ...first, Aktivitet: null }, ...rest] }));
    expect(activity(report, "1.1").name).toBe("");
    expect(report.overview.rows[0]).toMatchObject({ nr: "1.1", name: "" });
  });

  it("leaves out an indicator row without a name and shows one without outcomes empty", () => {
    const snapshot = reportSnapshot({
      Indikatorer: [
        ...TABLES.Indikatorer,
        { Aktivitet: "1.1", Indikator: null, Målvärde: 3, Enhet: "st" },
        { Aktivitet: "1.1", Indikator: "Trygghetsvandringar", Målvärde: 6, Enhet: "st per år" },
      ],
    });
    const indicators = activity(build("T1", snapshot), "1.1").indicators;
    expect(indicators.map((i) => [i.indicator, i.target, i.byPeriod, i.periodValue, i.earlier])).toEqual([
      ["Trygghetsvandringar", 6, { T1: null, T2: null, VB: null }, null, []],
    ]);
  });

  it.each<[Period, Period[]]>([
    ["T1", ["T1"]],
    ["T2", ["T2"]],
    ["VB", ["T1", "T2", "VB"]],
  ])("shows in the %s report the periods %j, the last of them its own", (period, shown) => {
    const report = activity(build(period), "1.1");
    expect(report.periods.map((p) => p.period)).toEqual(shown);
    expect(report.current).toBe(report.periods[report.periods.length - 1]);
  });
});
