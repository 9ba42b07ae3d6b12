import { describe, expect, it } from "vitest";
import { createTertialReport, PlanWriteRefused, reportMarkerName } from "../../src/plan";
import { seedCells, type FakeExcel } from "../fake-excel";
import { planExcel } from "./plan-excel";
import { officeWorkbookOn } from "./support";

const MARKER = reportMarkerName("T1", 2026);

function report(excel: FakeExcel, policy: "refuse" | "free-name" = "refuse") {
  return createTertialReport(officeWorkbookOn(excel), { period: "T1", year: 2026 }, policy);
}

function sheetNames(excel: FakeExcel): string[] {
  return excel.book.sheets.map((s) => s.name);
}

function markerSheet(excel: FakeExcel): string | undefined {
  return excel.book.names.find((n) => n.name === MARKER)?.sheet?.name;
}

/** Every cell of a sheet as [address-less] values, with formulas. */
function cellsOf(excel: FakeExcel, name: string) {
  const sheet = excel.book.sheets.find((s) => s.name === name);
  return [...(sheet?.cells.values() ?? [])].flatMap((row) => [...row.values()]);
}

describe("OfficeWorkbook.writeSheet", () => {
  it("writes the report in two syncs after the one that read the plan", async () => {
    const excel = planExcel();
    const result = await report(excel);
    expect(result).toMatchObject({ sheet: "Rapport T1 2026", replaced: false });
    expect(excel.syncCount).toBe(3);
    expect(sheetNames(excel).at(-1)).toBe("Rapport T1 2026");
    expect(markerSheet(excel)).toBe("Rapport T1 2026");
  });

  it("lays the sheet out for print and styles it", async () => {
    const excel = planExcel();
    await report(excel);
    const sheet = excel.book.sheets.find((s) => s.name === "Rapport T1 2026");
    expect(sheet?.pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$2",
    });
    expect(sheet?.pageLayout.centerFooter).toMatch(/sida &P av &N/);
    const title = sheet?.cells.get(1)?.get(1);
    expect(title?.value).toBe("Åtgärdsplan för gemensamma prioriteringar");
    expect(title?.format).toMatchObject({ bold: true, size: 16 });
    expect(sheet?.merges.length).toBeGreaterThan(0);
    expect(sheet?.columnWidths.size).toBeGreaterThan(0);
  });

  it("keeps text from the plan that starts with = + - @ as text", async () => {
    const excel = planExcel();
    seedCells(excel, "Uppföljning", "F2", [["=Fyra möten"]]);
    await report(excel);
    const cells = cellsOf(excel, "Rapport T1 2026");
    expect(cells.some((c) => c.value === "=Fyra möten" && c.formula === undefined)).toBe(true);
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
  });

  it("refuses to overwrite the user's own sheet of the report's name, and leaves it as it was", async () => {
    const excel = planExcel();
    seedCells(excel, "Rapport T1 2026", "A1", [["Mina anteckningar"]]);
    await expect(report(excel)).rejects.toBeInstanceOf(PlanWriteRefused);
    expect(cellsOf(excel, "Rapport T1 2026").map((c) => c.value)).toEqual(["Mina anteckningar"]);
    expect(markerSheet(excel)).toBeUndefined();
  });

  it("writes under a free name beside the user's sheet, and replaces that copy next time", async () => {
    const excel = planExcel();
    seedCells(excel, "Rapport T1 2026", "A1", [["Mina anteckningar"]]);
    expect((await report(excel, "free-name")).sheet).toBe("Rapport T1 2026 (2)");
    const again = await report(excel, "free-name");
    expect(again).toMatchObject({ sheet: "Rapport T1 2026 (2)", replaced: true });
    expect(sheetNames(excel).filter((n) => n.startsWith("Rapport"))).toEqual([
      "Rapport T1 2026",
      "Rapport T1 2026 (2)",
    ]);
    expect(cellsOf(excel, "Rapport T1 2026").map((c) => c.value)).toEqual(["Mina anteckningar"]);
  });

  it("replaces its own earlier report in the same place among the sheets", async () => {
    const excel = planExcel();
    await report(excel);
    seedCells(excel, "Sist", "A1", [["x"]]);
    seedCells(excel, "Rapport T1 2026", "J40", [["gammalt"]]);
    const before = sheetNames(excel);
    const result = await report(excel);
    expect(result.replaced).toBe(true);
    expect(sheetNames(excel)).toEqual(before);
    expect(cellsOf(excel, "Rapport T1 2026").some((c) => c.value === "gammalt")).toBe(false);
    expect(markerSheet(excel)).toBe("Rapport T1 2026");
  });
});
