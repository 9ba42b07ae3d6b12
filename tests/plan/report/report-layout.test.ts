import { describe, expect, it } from "vitest";
import {
  buildTertialReport,
  layoutTertialReport,
  locatePlanTables,
  parseRange,
  readPlanData,
  type LayoutCell,
  type Period,
  type SheetLayout,
  type WorkbookSnapshot,
} from "../../../src/plan";
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

function rowValues(sheet: SheetLayout, row: number): unknown[] {
  return (sheet.rows[row - 1]?.cells ?? []).map((c) => c?.value ?? null);
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

  it("writes the summary per area with coloured status headers and a total", () => {
    const sheet = layout("T1");
    expect(valueAt(sheet, "A6")).toBe("Sammanfattning per område");
    expect(rowValues(sheet, 7)).toEqual([
      "Område",
      "Aktiviteter",
      "Rapporterade",
      "Uppfyllt",
      "Delvis uppfyllt",
      "Ej uppfyllt",
      "Ej bedömt",
      "Saknas",
    ]);
    expect(["D7", "E7", "F7", "G7", "H7"].map((a) => at(sheet, a)?.style)).toEqual([
      "status-met",
      "status-partly",
      "status-not-met",
      "status-not-assessed",
      "status-missing",
    ]);
    expect(rowValues(sheet, 8)).toEqual(["1. Riktat arbete i utsatta områden", 3, 3, 1, 1, 1, 0, 0]);
    expect(rowValues(sheet, 9)).toEqual(["2. Riktat arbete mot avgränsade platser", 3, 2, 1, 0, 0, 1, 1]);
    expect(rowValues(sheet, 10)).toEqual(["Totalt", 6, 5, 2, 1, 1, 1, 1]);
  });

  it("writes each activity's block in Nr order with a coloured status that also has its text", () => {
    const sheet = layout("T1");
    expect(valueAt(sheet, "A12")).toBe("1. Riktat arbete i utsatta områden");
    expect(valueAt(sheet, "A14")).toBe("1.1 Platssamverkan Vårberg");
    expect(rowValues(sheet, 15).slice(0, 2)).toEqual(["Sammankallande", "SDF preventionsstrateg"]);
    expect(rowValues(sheet, 16).slice(0, 2)).toEqual(["Mätbara mål", "Trygghetsmätning."]);
    expect(at(sheet, "A17")?.value).toBe("Målet nått");
    expect(at(sheet, "B17")).toEqual({ value: "Uppfyllt", style: "status-met" });
    expect(rowValues(sheet, 18).slice(0, 2)).toEqual(["Kommentar", FORMULA_LIKE.comment11]);
    expect(rowValues(sheet, 19).slice(0, 2)).toEqual([
      "Genomförda aktiviteter",
      "Fyra möten och en trygghetsvandring.",
    ]);
    expect(rowValues(sheet, 20).slice(0, 2)).toEqual(["Antal möten", "4 av planerade 4"]);
    expect(rowValues(sheet, 21).slice(0, 2)).toEqual(["Rapporterad av, datum", "Anna Andersson, 2026-05-10"]);
    const headings = sheet.rows
      .slice(4)
      .map((r) => r.cells[0])
      .filter((c) => c?.style === "subheading")
      .map((c) => c?.value);
    expect(headings).toEqual([
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

  it("writes the indicators with the period's outcome and the year so far in T2", () => {
    const sheet = layout("T2");
    expect(rowValues(sheet, 65).slice(0, 6)).toEqual([
      "Indikator",
      "Målvärde",
      "Enhet",
      "Utfall perioden",
      "Utfall hittills i år",
      "Kommentar",
    ]);
    expect(rowValues(sheet, 66).slice(0, 5)).toEqual(["Centrumbesiktningar", 4, "st per år", 1, 3]);
    expect(rowValues(sheet, 67).slice(0, 6)).toEqual([
      "Trygghetsvandringar",
      8,
      "st per år",
      4,
      7,
      "En inställd",
    ]);
    expect(rowValues(sheet, 68).slice(0, 5)).toEqual(["Andel trygga", 80, "%", 70, 70]);
  });

  it("lists the activities without follow-up last", () => {
    const sheet = layout("T2");
    const last = sheet.rows.length;
    expect(valueAt(sheet, `A${last - 2}`)).toBe("Aktiviteter utan uppföljning");
    expect([
      valueAt(sheet, `A${last - 1}`),
      valueAt(sheet, `B${last - 1}`),
      valueAt(sheet, `F${last - 1}`),
    ]).toEqual(["Nr", "Aktivitet", "Sammankallande"]);
    expect([valueAt(sheet, `A${last}`), valueAt(sheet, `B${last}`), valueAt(sheet, `F${last}`)]).toEqual([
      "2.2",
      "Platssamverkan Skärholmen",
      "Fältassistenter",
    ]);
  });

  it("puts T1, T2 and VB side by side in the verksamhetsberättelse", () => {
    const sheet = layout("VB");
    expect([
      valueAt(sheet, "A17"),
      valueAt(sheet, "B17"),
      valueAt(sheet, "D17"),
      valueAt(sheet, "F17"),
    ]).toEqual(["Uppföljning", "Tertial 1", "Tertial 2", "Verksamhetsberättelse"]);
    expect([at(sheet, "B18"), at(sheet, "D18"), at(sheet, "F18")]).toEqual([
      { value: "Uppfyllt", style: "status-met" },
      { value: "Uppfyllt", style: "status-met" },
      { value: "Uppföljning saknas", style: "status-missing" },
    ]);
    expect(sheet.merges).toContainEqual(parseRange("B18:C18"));
    expect(sheet.merges).toContainEqual(parseRange("F18:H18"));
  });

  it("is print-ready: A4 portrait, one page wide, title rows repeated, page numbers in the footer", () => {
    const sheet = layout("T1");
    expect(sheet.print).toEqual({
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      repeatRows: { first: 1, last: 2 },
      footer: "Tertial 1 (januari–april) 2026 – sida &P av &N",
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
    // 660 characters in B:H (84 wide, about 90 characters a line at 10 pt): at least 8 lines.
    expect(valueAt(sheet, "B19")).toBe(long);
    expect(sheet.rows[18]?.height ?? 0).toBeGreaterThanOrEqual(8 * 12);
    expect(sheet.rows[14]?.height).toBeNull();
  });

  it("says so under an area without activities", () => {
    const tables = reportPlanTables();
    const area = {
      Nr: 3,
      Område: "Unga i risk för kriminalitet",
      "Övergripande mål och syfte": "Färre unga i brott.",
    };
    const sheet = layout("T1", reportSnapshot({ Omraden: [...tables.Omraden, area] }));
    const at3 = sheet.rows.findIndex(
      (r) => r.cells[0]?.value === "3. Unga i risk för kriminalitet" && r.cells[0]?.style === "heading",
    );
    expect(sheet.rows[at3 + 1]?.cells[0]).toEqual({ value: "Området har inga aktiviteter.", style: "text" });
    expect(rowValues(sheet, 10)).toEqual(["3. Unga i risk för kriminalitet", 0, 0, 0, 0, 0, 0, 0]);
  });
});
