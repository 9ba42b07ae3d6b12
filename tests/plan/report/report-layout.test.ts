import { describe, expect, it } from "vitest";
import {
  buildTertialReport,
  cell,
  layoutReportDocument,
  layoutTertialReport,
  locatePlanTables,
  parseRange,
  readPlanData,
  type LayoutCell,
  type Period,
  type ReportDocument,
  type SheetLayout,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { rowOf, shown } from "../../helpers/layout-cells";
import { FORMULA_LIKE, reportPlanTables, reportSnapshot } from "../../helpers/report-fixture";

function layout(period: Period, snapshot: WorkbookSnapshot = reportSnapshot()): SheetLayout {
  return layoutTertialReport(buildTertialReport(readPlanData(locatePlanTables(snapshot)), period, 2026));
}

/** The cell at an A1 address, e.g. "B17". */
function at(sheet: SheetLayout, a1: string): LayoutCell | null {
  const ref = parseRange(a1);
  if (!ref) throw new Error(a1);
  return sheet.rows[ref.top - 1]?.cells[ref.left - 1] ?? null;
}

function valueAt(sheet: SheetLayout, a1: string): unknown {
  return at(sheet, a1)?.value ?? null;
}

describe("layoutTertialReport", () => {
  it("names the sheet and its marker after the period and year", () => {
    expect([layout("T1").name, layout("T2").name, layout("VB").name]).toEqual([
      "Rapport T1 2026",
      "Rapport T2 2026",
      "Verksamhetsberättelse 2026",
    ]);
    expect(layout("T2").markerName).toBe("atgardsplan_rapport_T2_2026");
  });

  it("writes the title block at the top", () => {
    const sheet = layout("T2");
    expect(at(sheet, "A1")).toEqual({ value: "Åtgärdsplan för gemensamma prioriteringar", style: "title" });
    expect(valueAt(sheet, "A2")).toBe("Tertial 2 (maj–augusti) 2026: 2026-05-01–2026-08-31");
    expect(valueAt(sheet, "A3")).toBe(
      "Stadsdelsförvaltning: Skärholmen · Lokalpolisområde: Skärholmen · Diarienummer: SDF 2026/123",
    );
    expect(valueAt(sheet, "A4")).toBe(
      "Utfall hittills i år avser 2026-01-01–2026-08-31 · Rapportdag 2026-09-15.",
    );
  });

  it("opens with the overview: every activity with the period's deviations and its coloured status in T1 and T2", () => {
    const sheet = layout("T2");
    expect(at(sheet, "A6")).toEqual({ value: "Översikt", style: "heading" });
    expect(shown(sheet, 7)).toEqual(["Aktivitet", "Avvikelser T2 2026", "T1", "T2"]);
    expect([at(sheet, "G8"), at(sheet, "H8")]).toEqual([
      { value: "Uppfyllt", style: "status-met" },
      { value: "Uppfyllt", style: "status-met" },
    ]);
    expect([8, 9, 10, 11, 12, 13].map((r) => shown(sheet, r))).toEqual([
      ["1.1 Platssamverkan Vårberg", null, "Uppfyllt", "Uppfyllt"],
      [
        "1.2 Platssamverkan Bredäng",
        "Ej uppfyllt: Gruppen har inte träffats.\nSämre än T1: Delvis uppfyllt → Ej uppfyllt",
        "Delvis",
        "Ej uppfyllt",
      ],
      ["1.10 Trygghetsvandringar Vårberg", null, "Ej uppfyllt", "Delvis"],
      ["2.1 Platssamverkan Sätra", "Ej bedömt, utan kommentar", "Ej bedömt", "Ej bedömt"],
      ["2.2 Platssamverkan Skärholmen", "Ingen uppföljning för T2 2026", "Saknas", "Saknas"],
      ["2.3 Trygghetsinventeringar", "Sämre än T1: Uppfyllt → Delvis uppfyllt", "Uppfyllt", "Delvis"],
    ]);
    expect(at(sheet, "H12")?.style).toBe("status-missing");
    expect(sheet.merges).toContainEqual(parseRange("A8:B8"));
    expect(sheet.merges).toContainEqual(parseRange("C8:F8"));
    // Two deviations take two lines.
    expect(sheet.rows[8]?.height ?? 0).toBeGreaterThanOrEqual(2 * 12);
    // The VB shows all three, the last headed with the span it covers.
    expect(shown(layout("VB"), 7)).toEqual(["Aktivitet", "Avvikelser VB 2026", "T1", "T2", "Helår (VB)"]);
  });

  it("counts the statuses per area under the overview, the status headers coloured", () => {
    const sheet = layout("T1");
    const heading = rowOf(sheet, "Sammanfattning per område");
    expect(shown(sheet, heading + 1)).toEqual([
      "Område",
      "Aktiviteter",
      "Rapporterade",
      "Uppfyllt",
      "Delvis uppfyllt",
      "Ej uppfyllt",
      "Ej bedömt",
      "Saknas",
    ]);
    expect(sheet.rows[heading]?.cells.slice(3).map((c) => c?.style)).toEqual([
      "status-met",
      "status-partly",
      "status-not-met",
      "status-not-assessed",
      "status-missing",
    ]);
    expect(shown(sheet, heading + 2)).toEqual(["1. Riktat arbete i utsatta områden", 3, 3, 1, 1, 1, 0, 0]);
    expect(shown(sheet, heading + 3)).toEqual([
      "2. Riktat arbete mot avgränsade platser",
      3,
      2,
      1,
      0,
      0,
      1,
      1,
    ]);
    expect(shown(sheet, heading + 4)).toEqual(["Totalt", 6, 5, 2, 1, 1, 1, 1]);
  });

  it("starts a new page after the overview, with the chart of the statuses per area drawn from the summary", () => {
    const sheet = layout("T2");
    const chartHeading = rowOf(sheet, "Status per område");
    expect(sheet.pageBreaks?.[0]).toBe(chartHeading);
    const summary = rowOf(sheet, "Sammanfattning per område") + 1;
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts?.[0];
    expect(chart?.anchor).toEqual({ top: chartHeading + 1, left: 1, bottom: chartHeading + 1, right: 8 });
    expect(sheet.rows[chartHeading]?.height).toBeGreaterThanOrEqual(150);
    expect(chart?.categories).toEqual([
      "1. Riktat arbete i utsatta områden",
      "2. Riktat arbete mot avgränsade platser",
    ]);
    expect(chart?.categoryRef).toEqual({ top: summary + 1, left: 1, bottom: summary + 2, right: 1 });
    expect(chart?.series.map((s) => [s.name, s.values, s.ref?.left, s.ref?.top, s.ref?.bottom])).toEqual([
      ["Uppfyllt", [1, 0], 4, summary + 1, summary + 2],
      ["Delvis uppfyllt", [1, 1], 5, summary + 1, summary + 2],
      ["Ej uppfyllt", [1, 0], 6, summary + 1, summary + 2],
      ["Ej bedömt", [0, 1], 7, summary + 1, summary + 2],
      ["Saknas", [0, 1], 8, summary + 1, summary + 2],
    ]);
    // The series draw from the cells that show the same numbers.
    for (const s of chart?.series ?? []) {
      expect(
        [summary + 1, summary + 2].map((r) => sheet.rows[r - 1]?.cells[(s.ref?.left ?? 0) - 1]?.value),
      ).toEqual(s.values);
    }
  });

  it("gives each area its goal, lägesbild and the period's assessment before its activities", () => {
    const sheet = layout("T2");
    const area = rowOf(sheet, "1. Riktat arbete i utsatta områden", rowOf(sheet, "Status per område"));
    expect(at(sheet, `A${area}`)?.style).toBe("heading");
    const rows = [1, 2, 4, 5, 6, 7, 9].map((d) => shown(sheet, area + d));
    expect(rows).toEqual([
      ["Övergripande mål och syfte", "Minska brottsligheten."],
      ["Lägesbild", "–"],
      ["Bedömning T2 2026"],
      ["Samlad bedömning", "Bredäng har tappat fart under sommaren."],
      ["Analys", "Gruppen i Bredäng har inte träffats sedan maj."],
      ["Åtgärder framåt", "Ny sammankallande utses i september."],
      ["1.1 Platssamverkan Vårberg"],
    ]);
    // Without an assessment for the period the report says where to write it.
    const vb = layout("VB");
    expect(vb.rows.map((r) => r.cells[0]?.value)).toContain(
      "Ingen bedömning för VB 2026: skriv den i bladet Bedömning.",
    );
  });

  it("writes each activity's block in Nr order with a coloured status that also has its text", () => {
    const sheet = layout("T1");
    const first = rowOf(sheet, "1.1 Platssamverkan Vårberg", rowOf(sheet, "Status per område"));
    expect(at(sheet, `A${first}`)?.style).toBe("subheading");
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((d) => shown(sheet, first + d))).toEqual([
      ["Sammankallande", "SDF preventionsstrateg"],
      ["Mätbara mål", "Trygghetsmätning."],
      ["Målet nått", "Uppfyllt"],
      ["Kommentar", FORMULA_LIKE.comment11],
      ["Genomförda aktiviteter", "Fyra möten och en trygghetsvandring."],
      ["Möten T1 (jan–apr)", "4 av planerade 4"],
      ["Rapporterad av", "Anna Andersson"],
      ["Rapportdatum", { kind: "date", iso: "2026-05-10" }],
    ]);
    expect(at(sheet, `B${first + 3}`)).toEqual({ value: "Uppfyllt", style: "status-met" });
    const headings = sheet.rows
      .filter((r) => r.cells[0]?.style === "subheading")
      .map((r) => r.cells[0]?.value);
    expect(headings.filter((h) => /^\d+\.\d+ /.test(String(h)))).toEqual([
      "1.1 Platssamverkan Vårberg",
      "1.2 Platssamverkan Bredäng",
      "1.10 Trygghetsvandringar Vårberg",
      "2.1 Platssamverkan Sätra",
      "2.2 Platssamverkan Skärholmen",
      "2.3 Trygghetsinventeringar",
    ]);
    const statuses = sheet.rows.filter((r) => r.cells[0]?.value === "Målet nått").map((r) => r.cells[1]);
    expect(statuses).toEqual([
      { value: "Uppfyllt", style: "status-met" },
      { value: "Delvis uppfyllt", style: "status-partly" },
      { value: "Ej uppfyllt", style: "status-not-met" },
      { value: "Ej bedömt", style: "status-not-assessed" },
      { value: "Uppföljning saknas", style: "status-missing" },
      { value: "Uppfyllt", style: "status-met" },
    ]);
  });

  it("shows T2's meetings for the period and for the year so far", () => {
    const sheet = layout("T2");
    const block = rowOf(sheet, "1.2 Platssamverkan Bredäng", rowOf(sheet, "Status per område"));
    const meetings = rowOf(sheet, "Möten T2 (maj–aug)", block);
    expect([shown(sheet, meetings), shown(sheet, meetings + 1)]).toEqual([
      ["Möten T2 (maj–aug)", "Ej angivet (planerade 9)"],
      ["Möten hittills i år", "7 av planerade 17; T2 ej angivet"],
    ]);
  });

  it("writes the indicators as baseline → target → outcome for the period and the year so far, with earlier years", () => {
    const sheet = layout("T2");
    const header = rowOf(sheet, "Indikator");
    expect([0, 1, 2, 3, 4].map((d) => shown(sheet, header + d))).toEqual([
      [
        "Indikator",
        "Utgångsvärde (år)",
        "Målvärde",
        "Enhet",
        "Utfall T2 (maj–aug)",
        "Hittills i år (jan–aug)",
        "Tidigare år",
      ],
      ["Centrumbesiktningar", "–", 4, "st per år", 1, 3, "–"],
      ["Trygghetsvandringar", "5 (2024)", 8, "st per år", 4, 7, "2025: 6"],
      [null, "Kommentar T2: En inställd"],
      ["Andel trygga", "58 (2024)", 80, "%", 70, 70, "2025: 61"],
    ]);
  });

  it("says in the VB which span each column covers, and that they are not to be added", () => {
    const sheet = layout("VB");
    const first = rowOf(sheet, "1.1 Platssamverkan Vårberg", rowOf(sheet, "Status per område"));
    expect(shown(sheet, first + 3)).toEqual(["Uppföljning", "T1", "T2", "Helår (VB)"]);
    expect([at(sheet, `B${first + 4}`), at(sheet, `D${first + 4}`), at(sheet, `F${first + 4}`)]).toEqual([
      { value: "Uppfyllt", style: "status-met" },
      { value: "Uppfyllt", style: "status-met" },
      { value: "Uppföljning saknas", style: "status-missing" },
    ]);
    expect(sheet.merges).toContainEqual(parseRange(`B${first + 4}:C${first + 4}`));
    expect(sheet.merges).toContainEqual(parseRange(`F${first + 4}:H${first + 4}`));
    const note =
      "T1 avser januari–april, T2 maj–augusti och Helår (VB) hela året: lägg inte ihop kolumnerna.";
    expect(sheet.rows.filter((r) => r.cells[0]?.value === note)).toHaveLength(6);
    expect(shown(sheet, rowOf(sheet, "Indikator"))).toEqual([
      "Indikator",
      "Utgångsvärde (år)",
      "Målvärde",
      "Enhet",
      "T1",
      "T2",
      "Helår (VB)",
      "Tidigare år",
    ]);
  });

  it("lists the activities without follow-up last", () => {
    const sheet = layout("T2");
    const last = sheet.rows.length;
    expect(valueAt(sheet, `A${last - 2}`)).toBe("Aktiviteter utan uppföljning");
    expect(shown(sheet, last - 1)).toEqual(["Nr", "Aktivitet", "Sammankallande"]);
    expect(shown(sheet, last)).toEqual(["2.2", "Platssamverkan Skärholmen", "Fältassistenter"]);
  });

  it("is print-ready: A4 portrait, one page wide, title rows repeated, district, period and page numbers in the footer", () => {
    const sheet = layout("T1");
    expect(sheet.print).toEqual({
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      repeatRows: { first: 1, last: 2 },
      footer: "Skärholmen · Tertial 1 (januari–april) 2026 – sida &P av &N",
    });
    expect(sheet.merges).toContainEqual(parseRange("A1:H1"));
    expect(sheet.columnWidths).toHaveLength(8);
  });

  it("makes rows tall enough for long wrapped text", () => {
    const tables = reportPlanTables();
    const long = "Ett långt stycke om vad som har gjorts under perioden. ".repeat(12).trim();
    const snapshot = reportSnapshot({
      Uppfoljning: tables.Uppfoljning.map((r) =>
        r.Aktivitet === "1.1" && r.Period === "T1" ? { ...r, "Genomförda aktiviteter": long } : r,
      ),
    });
    const sheet = layout("T1", snapshot);
    const row = rowOf(sheet, "Genomförda aktiviteter");
    // 660 characters in B:H (84 wide, about 90 characters a line at 10 pt): at least 8 lines.
    expect(valueAt(sheet, `B${row}`)).toBe(long);
    expect(sheet.rows[row - 1]?.height ?? 0).toBeGreaterThanOrEqual(8 * 12);
    expect(sheet.rows[row - 3]?.height).toBeNull();
  });

  it("says so under an area without activities", () => {
    const tables = reportPlanTables();
    const area = {
      Nr: 3,
      Område: "Unga i risk för kriminalitet",
      "Övergripande mål och syfte": "Färre unga i brott.",
    };
    const sheet = layout("T1", reportSnapshot({ Omraden: [...tables.Omraden, area] }));
    const at3 = rowOf(sheet, "3. Unga i risk för kriminalitet", rowOf(sheet, "Status per område"));
    const after = sheet.rows.slice(at3).find((r) => r.cells[0]?.value === "Området har inga aktiviteter.");
    expect(after?.cells[0]).toEqual({ value: "Området har inga aktiviteter.", style: "paragraph" });
    const summary = rowOf(sheet, "Sammanfattning per område");
    expect(shown(sheet, summary + 4)).toEqual(["3. Unga i risk för kriminalitet", 0, 0, 0, 0, 0, 0, 0]);
  });

  it("places page breaks so that no activity's block is split and no heading ends a page", () => {
    const tables = reportPlanTables();
    const text = "Samverkansgruppen har träffats och följt upp läget i området. ".repeat(4).trim();
    const extra = Array.from({ length: 14 }, (_, i) => `1.${i + 11}`);
    const snapshot = reportSnapshot({
      Aktiviteter: [
        ...tables.Aktiviteter,
        ...extra.map((nr) => ({ ...tables.Aktiviteter[0], Nr: nr, Aktivitet: `Aktivitet ${nr}` })),
      ],
      Uppfoljning: [
        ...tables.Uppfoljning,
        ...extra.map((nr) => ({
          Aktivitet: nr,
          År: 2026,
          Period: "T2",
          "Målet nått": "Uppfyllt",
          "Genomförda aktiviteter": text,
        })),
      ],
    });
    const sheet = layout("T2", snapshot);
    const breaks = sheet.pageBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(3);
    // Each activity's block: from its heading to its last row before the blank row.
    const headings = sheet.rows.flatMap((r, i) =>
      r.cells[0]?.style === "subheading" && /^\d+\.\d+ /.test(String(r.cells[0]?.value)) ? [i + 1] : [],
    );
    expect(headings).toHaveLength(20);
    for (const first of headings) {
      let last = first;
      while (sheet.rows[last]?.cells.length) last++;
      expect(breaks.filter((b) => b > first && b <= last)).toEqual([]);
    }
    // The row before each break is never a heading.
    for (const b of breaks)
      expect(["heading", "subheading"]).not.toContain(sheet.rows[b - 2]?.cells[0]?.style);
  });
});

describe("layoutReportDocument", () => {
  const list = (rows: number): ReportDocument => ({
    name: "Lista",
    markerName: "atgardsplan_lista",
    footer: "Lista",
    columnWidths: [10, 20, 30],
    repeatHeaderOf: "list",
    blocks: [
      {
        kind: "title",
        lines: [
          { text: "Lista", style: "title" },
          { text: "Tertial 2", style: "subheading" },
        ],
      },
      {
        kind: "table",
        id: "list",
        headerRows: 1,
        rows: [
          [cell("A", "header"), cell("B", "header"), cell("C", "header")],
          ...Array.from({ length: rows }, (_, i) => [
            cell(i, "number"),
            cell("x", "text"),
            cell("y", "text"),
          ]),
        ],
      },
    ],
  });

  it("lays a document out on its own columns, the title across all of them", () => {
    const sheet = layoutReportDocument(list(3));
    expect(sheet.columnWidths).toEqual([10, 20, 30]);
    expect(sheet.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 3 });
    expect(shown(sheet, 3)).toEqual(["A", "B", "C"]);
  });

  it("repeats a long list's header row under the title on every printed page", () => {
    const sheet = layoutReportDocument(list(300));
    expect(sheet.print.repeatRows).toEqual({ first: 1, last: 3 });
    const breaks = sheet.pageBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(3);
    // Every page but the first starts with a list row: the header is printed by the repeat.
    for (const b of breaks) expect(sheet.rows[b - 1]?.cells[0]?.style).toBe("number");
  });

  it("repeats only the title rows without a list to repeat", () => {
    const { repeatHeaderOf: _, ...plain } = list(3);
    expect(layoutReportDocument(plain).print.repeatRows).toEqual({ first: 1, last: 2 });
  });

  it("spreads a chart taller than a row can be over rows of its own", () => {
    const doc: ReportDocument = {
      ...list(2),
      blocks: [
        ...list(2).blocks,
        {
          kind: "chart",
          title: "Diagram",
          categories: ["a", "b"],
          series: [{ name: "S", color: "63BE7B", values: [1, 2] }],
          valueAxisTitle: "Antal",
          height: 1000,
          source: { table: "list", firstRow: 1, categoryColumn: 2, valueColumns: [1] },
        },
      ],
    };
    const sheet = layoutReportDocument(doc);
    const chart = sheet.charts?.[0];
    expect(chart?.anchor).toEqual({ top: 7, left: 1, bottom: 9, right: 3 });
    const heights = sheet.rows.slice(6, 9).map((r) => r.height ?? 0);
    expect(heights.every((h) => h <= 409)).toBe(true);
    expect(heights.reduce((a, b) => a + b, 0)).toBeCloseTo(1000);
    expect(chart?.categoryRef).toEqual({ top: 4, left: 2, bottom: 5, right: 2 });
  });
});
