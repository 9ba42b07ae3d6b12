/**
 * The summary's sheets as report documents, from small hand-made summaries: the words that
 * change with the number of districts, activities and deviations, what an empty list says,
 * the chart's size and title, and which rows are the total.
 */
import { describe, expect, it } from "vitest";
import {
  summaryDocuments,
  type DistrictCounts,
  type DistrictSummary,
  type PlansSummary,
  type ReportDocument,
} from "../../../src/plan";

const COUNTS: DistrictCounts = {
  activities: 1,
  reported: 1,
  met: 1,
  partly: 0,
  notMet: 0,
  notAssessed: 0,
  missing: 0,
  late: 0,
};

function district(name: string, change: Partial<DistrictSummary> = {}): DistrictSummary {
  return {
    file: `${name}.xlsx`,
    district: name,
    year: 2026,
    counts: COUNTS,
    activities: [
      {
        nr: "1.1",
        name: "Platssamverkan",
        convener: "Kommunpolis",
        statuses: [{ period: "T1", status: "met" }],
      },
    ],
    deviations: [
      { nr: "1.1", name: "Platssamverkan", kind: "late", text: "Sen rapport: 2 dagar (2026-05-22)" },
    ],
    ...change,
  };
}

function plansSummary(change: Partial<PlansSummary> = {}): PlansSummary {
  return {
    period: "T1",
    year: 2026,
    source: "planer",
    createdOn: null,
    districts: [district("Kista")],
    total: COUNTS,
    skipped: [],
    ...change,
  };
}

function documents(change: Partial<PlansSummary> = {}): {
  districts: ReportDocument;
  activities: ReportDocument;
  deviations: ReportDocument;
} {
  const [districts, activities, deviations] = summaryDocuments(plansSummary(change));
  if (!districts || !activities || !deviations) throw new Error("three sheets expected");
  return { districts, activities, deviations };
}

/** The texts of a document's title block, line by line. */
function titleLines(document: ReportDocument): string[] {
  const title = document.blocks[0];
  if (title?.kind !== "title") throw new Error("no title block");
  return title.lines.map((l) => l.text);
}

describe("the sheet Per stadsdel", () => {
  it("says one stadsdel, and leaves out Skapad when no day is given", () => {
    expect(titleLines(documents().districts)).toEqual([
      "Sammanställning av åtgärdsplanerna",
      "Tertial 1 (januari–april) 2026",
      "1 stadsdel · planerna i planer",
    ]);
  });

  it("reads from the title down: status table, its note, the chart kept with its heading, then the workbooks left out", () => {
    const { districts } = documents();
    const blocks = districts.blocks.slice(1);
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "table", "text", "keep", "heading", "text"]);
    expect(blocks[0]).toEqual({ kind: "heading", level: 1, text: "Status per stadsdel" });
    expect(blocks[2]).toEqual({
      kind: "text",
      style: "note",
      text:
        "Siffrorna är desamma som i varje stadsdels egen rapport för perioden. Saknas: aktiviteter " +
        "utan uppföljning för perioden. Sena rapporter: uppföljningar rapporterade efter rapportdagen.",
    });
    const keep = blocks[3];
    if (keep?.kind !== "keep") throw new Error("no keep block");
    expect(keep.withNext).toBe(false);
    expect(keep.blocks[0]).toEqual({ kind: "heading", level: 1, text: "Målet nått per stadsdel" });
    expect(keep.blocks[1]).toMatchObject({ kind: "chart", title: "Målet nått per stadsdel, T1 2026" });
    expect(blocks[4]).toEqual({ kind: "heading", level: 1, text: "Arbetsböcker som inte är med" });
    expect(blocks[5]).toEqual({ kind: "text", text: "Alla arbetsböcker i mappen är med.", style: "text" });
  });

  it("styles a district's counts as numbers and only the Totalt row as the total", () => {
    const table = documents().districts.blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no table");
    const styles = table.rows.slice(1).map((row) => [...new Set(row.map((c) => c.style))]);
    expect(styles).toEqual([["text", "number"], ["total"]]);
  });

  it("spans the list of workbooks left out over the sheet: 3 columns for the file, the rest for why", () => {
    const { districts } = documents({
      skipped: [{ file: "budget.xlsx", kind: "not-plan", reason: "ingen plan" }],
    });
    const table = districts.blocks.at(-1);
    if (table?.kind !== "table") throw new Error("no table of skipped workbooks");
    expect(table.rows.map((row) => row.map((c) => [c.value, c.span]))).toEqual([
      [
        ["Arbetsbok", 3],
        ["Varför den inte är med", 6],
      ],
      [
        ["budget.xlsx", 3],
        ["ingen plan", 6],
      ],
    ]);
  });

  it.each([
    [1, 170],
    [2, 170],
    [5, 190],
    [20, 490],
    [40, 600],
  ])("gives the chart of %i districts a height of %i pt", (n, height) => {
    const many = Array.from({ length: n }, (_, i) => district(`Stadsdel ${i + 1}`));
    const keep = documents({ districts: many }).districts.blocks.find((b) => b.kind === "keep");
    if (keep?.kind !== "keep") throw new Error("no keep block");
    expect(keep.blocks[1]).toMatchObject({ kind: "chart", height });
  });
});

describe("the sheets Alla aktiviteter and Avvikelser", () => {
  it("names the sheet and counts one activity and one deviation in one stadsdel", () => {
    const { activities, deviations } = documents();
    expect(titleLines(activities)).toEqual([
      "Alla aktiviteter · Sammanställning",
      "Tertial 1 (januari–april) 2026 · 1 aktivitet i 1 stadsdel",
    ]);
    expect(titleLines(deviations)).toEqual([
      "Avvikelser · Sammanställning",
      "Tertial 1 (januari–april) 2026 · 1 avvikelse i 1 stadsdel",
    ]);
  });

  it("counts deviations in the plural across stadsdelar", () => {
    const { deviations } = documents({ districts: [district("Kista"), district("Rinkeby")] });
    expect(titleLines(deviations)[1]).toBe("Tertial 1 (januari–april) 2026 · 2 avvikelser i 2 stadsdelar");
  });

  it("gives each list its column widths, one 13 wide per period so far", () => {
    const { activities, deviations } = documents({ period: "T2" });
    expect(activities.columnWidths).toEqual([22, 6, 32, 26, 13, 13]);
    expect(deviations.columnWidths).toEqual([22, 6, 28, 26, 40]);
  });

  it("repeats a list's header on every page, and says so in words when the list is empty", () => {
    const filled = documents();
    expect(filled.activities.repeatHeaderOf).toBe("list");
    expect(filled.activities.blocks[1]).toMatchObject({ kind: "table", headerRows: 1 });
    const empty = documents({ districts: [district("Kista", { activities: [], deviations: [] })] });
    for (const [document, text] of [
      [empty.activities, "Planerna har inga aktiviteter."],
      [empty.deviations, "Inga avvikelser för perioden."],
    ] as const) {
      expect(document.blocks[1]).toEqual({ kind: "text", text, style: "text" });
      expect(document).not.toHaveProperty("repeatHeaderOf");
    }
  });
});
