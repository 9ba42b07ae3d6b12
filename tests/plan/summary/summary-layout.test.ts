import { describe, expect, it } from "vitest";
import {
  layoutPlansSummary,
  summarizePlans,
  type PlanSource,
  type PlansSummary,
  type WorkbookSnapshot,
} from "../../../src/plan";
import {
  countCells,
  districtSnapshot,
  FIXTURE_T2,
  FIXTURE_T2_DEVIATIONS,
} from "../../helpers/district-plans";
import { rowOf, shown } from "../../helpers/layout-cells";

function source(name: string, snapshot: WorkbookSnapshot): PlanSource {
  const refuse = async () => {
    throw new Error("never written");
  };
  return {
    name,
    open: async () => ({
      readSnapshot: async () => snapshot,
      createTables: refuse,
      appendRows: refuse,
      writeSheet: refuse,
      writeRows: refuse,
    }),
  };
}

async function summary(districts = 2): Promise<PlansSummary> {
  const names = ["Hägersten-Älvsjö", "Skärholmen", "Kista", "Rinkeby"];
  const sources = names
    .slice(0, districts)
    .map((d, i) => source(`${i}.xlsx`, districtSnapshot(d, i === 0 ? { reportedT2On: "2026-09-20" } : {})));
  const skipped = source("gammal.xlsx", districtSnapshot("Spånga", { year: 2025 }));
  return summarizePlans([...sources, skipped], {
    period: "T2",
    year: 2026,
    source: "planer",
    createdOn: "2026-09-30",
  });
}

describe("layoutPlansSummary", () => {
  it("writes the sheets Per stadsdel, Alla aktiviteter and Avvikelser, each marked as the tool's", async () => {
    const sheets = layoutPlansSummary(await summary());
    expect(sheets.map((s) => [s.name, s.markerName])).toEqual([
      ["Per stadsdel", "atgardsplan_sammanstallning_stadsdelar"],
      ["Alla aktiviteter", "atgardsplan_sammanstallning_aktiviteter"],
      ["Avvikelser", "atgardsplan_sammanstallning_avvikelser"],
    ]);
    for (const sheet of sheets) {
      expect(sheet.print.footer).toBe("Sammanställning · Tertial 2 (maj–augusti) 2026 – sida &P av &N");
    }
  });

  it("gives one row per district with its counts and late reports, and the total", async () => {
    const [districts] = layoutPlansSummary(await summary());
    if (!districts) throw new Error("no sheet");
    expect(shown(districts, 1)).toEqual(["Sammanställning av åtgärdsplanerna"]);
    expect(shown(districts, 2)).toEqual(["Tertial 2 (maj–augusti) 2026"]);
    expect(shown(districts, 3)).toEqual(["2 stadsdelar · planerna i planer · Skapad 2026-09-30"]);
    const header = rowOf(districts, "Stadsdel");
    expect(shown(districts, header)).toEqual([
      "Stadsdel",
      "Aktiviteter",
      "Rapporterade",
      "Uppfyllt",
      "Delvis uppfyllt",
      "Ej uppfyllt",
      "Ej bedömt",
      "Saknas",
      "Sena rapporter",
    ]);
    expect(districts.rows[header - 1]?.cells.slice(3, 8).map((c) => c?.style)).toEqual([
      "status-met",
      "status-partly",
      "status-not-met",
      "status-not-assessed",
      "status-missing",
    ]);
    expect(shown(districts, header + 1)).toEqual([
      "Hägersten-Älvsjö",
      ...countCells({ ...FIXTURE_T2, late: 1 }),
    ]);
    expect(shown(districts, header + 2)).toEqual(["Skärholmen", ...countCells(FIXTURE_T2)]);
    expect(shown(districts, header + 3)).toEqual(["Totalt", 12, 10, 2, 4, 2, 2, 2, 1]);
  });

  it("draws the chart of the statuses per district from the district rows", async () => {
    const [districts] = layoutPlansSummary(await summary());
    if (!districts) throw new Error("no sheet");
    const header = rowOf(districts, "Stadsdel");
    const chart = districts.charts?.[0];
    expect(chart?.categories).toEqual(["Hägersten-Älvsjö", "Skärholmen"]);
    expect(chart?.categoryRef).toEqual({ top: header + 1, left: 1, bottom: header + 2, right: 1 });
    expect(chart?.series.map((s) => [s.name, s.values, s.ref?.left])).toEqual([
      ["Uppfyllt", [1, 1], 4],
      ["Delvis uppfyllt", [2, 2], 5],
      ["Ej uppfyllt", [1, 1], 6],
      ["Ej bedömt", [1, 1], 7],
      ["Saknas", [1, 1], 8],
    ]);
    expect((chart?.anchor.top ?? 0) > header + 3).toBe(true);
  });

  it("lists the workbooks that are not in the summary, with why", async () => {
    const [districts] = layoutPlansSummary(await summary());
    if (!districts) throw new Error("no sheet");
    const heading = rowOf(districts, "Arbetsböcker som inte är med");
    expect(shown(districts, heading + 1)).toEqual(["Arbetsbok", "Varför den inte är med"]);
    expect(shown(districts, heading + 2)).toEqual(["gammal.xlsx", "planen gäller 2025, inte 2026"]);
  });

  it("lists every activity of every district with its coloured status in T1 and T2, the header on every page", async () => {
    const [, activities] = layoutPlansSummary(await summary());
    if (!activities) throw new Error("no sheet");
    expect(shown(activities, 2)).toEqual(["Tertial 2 (maj–augusti) 2026 · 12 aktiviteter i 2 stadsdelar"]);
    expect(shown(activities, 3)).toEqual(["Stadsdel", "Nr", "Aktivitet", "Sammankallande", "T1", "T2"]);
    expect(activities.print.repeatRows).toEqual({ first: 1, last: 3 });
    expect(activities.rows).toHaveLength(3 + 12);
    expect(shown(activities, 5)).toEqual([
      "Hägersten-Älvsjö",
      "1.2",
      "Platssamverkan Bredäng",
      "Kommunpolis",
      "Delvis",
      "Ej uppfyllt",
    ]);
    expect(activities.rows[4]?.cells.slice(4).map((c) => c?.style)).toEqual([
      "status-partly",
      "status-not-met",
    ]);
    expect(shown(activities, 15)).toEqual([
      "Skärholmen",
      "2.3",
      "Trygghetsinventeringar",
      "SDF preventionsstrateg",
      "Uppfyllt",
      "Delvis",
    ]);
  });

  it("lists every district's deviations with their kind", async () => {
    const [, , deviations] = layoutPlansSummary(await summary());
    if (!deviations) throw new Error("no sheet");
    expect(shown(deviations, 3)).toEqual(["Stadsdel", "Nr", "Aktivitet", "Avvikelse", "Beskrivning"]);
    expect(deviations.rows).toHaveLength(3 + 2 * FIXTURE_T2_DEVIATIONS + 1);
    expect(shown(deviations, 4)).toEqual([
      "Hägersten-Älvsjö",
      "1.1",
      "Platssamverkan Vårberg",
      "Sen rapport",
      "Sen rapport: 5 dagar (2026-09-20)",
    ]);
    const kinds = deviations.rows.slice(3).map((r) => r.cells[3]?.value);
    expect(kinds).toContain("Uppföljning saknas");
    expect(kinds).toContain("Sämre än förra perioden");
  });

  it("keeps the chart on one page however many districts there are", async () => {
    const many = await summary(4);
    const wide: PlansSummary = {
      ...many,
      districts: Array.from({ length: 60 }, (_, i) => ({
        ...many.districts[i % 4]!,
        district: `Stadsdel ${i + 1}`,
      })),
    };
    const [districts] = layoutPlansSummary(wide);
    const anchor = districts?.charts?.[0]?.anchor;
    if (!districts || !anchor) throw new Error("no chart");
    const height = districts.rows
      .slice(anchor.top - 1, anchor.bottom)
      .reduce((a, r) => a + (r.height ?? 15), 0);
    expect(height).toBeLessThanOrEqual(600);
    const breaks = districts.pageBreaks ?? [];
    expect(breaks.filter((b) => b > anchor.top && b <= anchor.bottom)).toEqual([]);
  });
});
