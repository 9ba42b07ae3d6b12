import { describe, expect, it } from "vitest";
import {
  createTertialReport,
  PlanWriteRefused,
  reportMarkerName,
  type LayoutRow,
  type SheetLayout,
} from "../../src/plan";
import { seedCells, type SimulatedExcel } from "../office-host";
import { planExcel } from "./plan-excel";
import { officeWorkbookOn } from "./support";

const MARKER = reportMarkerName("T1", 2026);

function report(excel: SimulatedExcel, policy: "refuse" | "free-name" = "refuse") {
  return createTertialReport(officeWorkbookOn(excel), { period: "T1", year: 2026 }, policy);
}

function sheetNames(excel: SimulatedExcel): string[] {
  return excel.book.sheets.map((s) => s.name);
}

function markerSheet(excel: SimulatedExcel): string | undefined {
  return excel.book.names.find((n) => n.name === MARKER)?.sheet?.name;
}

/** Every cell of a sheet as [address-less] values, with formulas. */
function cellsOf(excel: SimulatedExcel, name: string) {
  const sheet = excel.book.sheets.find((s) => s.name === name);
  return [...(sheet?.cells.values() ?? [])].flatMap((row) => [...row.values()]);
}

/** A payload limit small enough for `bigLayout` to need two requests. */
const LIMIT = 200_000;
const LONG = "Trygghetsvandring i Vårberg med polisen, skolan och bostadsbolaget. ".repeat(15);

/** A report sheet of `rows` rows of about 1 kB text each (205: two requests under `LIMIT`). */
function bigLayout(rows = 205): SheetLayout {
  const body: LayoutRow[] = Array.from({ length: rows }, (_, i) => ({
    cells: [
      { value: `${i + 1}`, style: "label" },
      { value: `Rad ${i + 1}: ${LONG}`, style: "text" },
    ],
    height: 30,
  }));
  return {
    name: "Rapport T1 2026",
    markerName: MARKER,
    columnWidths: [10, 80],
    rows: [{ cells: [{ value: "Stor rapport", style: "title" }], height: null }, ...body],
    merges: [],
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      repeatRows: { first: 1, last: 1 },
      footer: "Stor rapport – sida &P av &N",
    },
  };
}

/** Everything of the workbook a write must leave alone: sheets in order with their cells. */
function bookState(excel: SimulatedExcel) {
  return {
    sheets: structuredClone(excel.book.sheets),
    names: excel.book.names.map((n) => ({ name: n.name, sheet: n.sheet?.name, ref: n.ref })),
    active: excel.book.active?.name,
  };
}

describe("OfficeWorkbook.writeSheet", () => {
  it("writes the report in two syncs after the two that read the plan", async () => {
    const excel = planExcel();
    const result = await report(excel);
    expect(result).toMatchObject({ sheet: "Rapport T1 2026", replaced: false });
    expect(excel.syncCount).toBe(4);
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
    expect(sheetNames(excel).filter((n) => n.startsWith("atgardsplan-tmp"))).toEqual([]);
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

  it("writes a report of two requests in two syncs, the finishing actions in the second", async () => {
    const excel = planExcel({ payloadLimitBytes: LIMIT });
    const port = officeWorkbookOn(excel, { payloadLimitBytes: LIMIT });
    const result = await port.writeSheet(bigLayout(), "refuse");
    expect(result).toEqual({ sheet: "Rapport T1 2026", replaced: false });
    expect(excel.syncCount).toBe(2);
    expect(excel.syncs.reduce((sum, r) => sum + r.requestBytes, 0)).toBeGreaterThan(LIMIT);
    for (const request of excel.requests) expect(request.requestBytes).toBeLessThan(LIMIT);
    expect(sheetNames(excel).at(-1)).toBe("Rapport T1 2026");
    expect(sheetNames(excel).filter((n) => n.startsWith("atgardsplan-tmp"))).toEqual([]);
    expect(markerSheet(excel)).toBe("Rapport T1 2026");
    const sheet = excel.book.sheets.find((s) => s.name === "Rapport T1 2026");
    expect(sheet?.cells.get(206)?.get(2)?.value).toBe(`Rad 205: ${LONG}`);
    expect(sheet?.pageLayout.centerFooter).toBe("Stor rapport – sida &P av &N");
  });

  it("writes a report of one request in two syncs: the write, then the finishing actions", async () => {
    const excel = planExcel();
    const result = await officeWorkbookOn(excel).writeSheet(bigLayout(5), "refuse");
    expect(result).toEqual({ sheet: "Rapport T1 2026", replaced: false });
    expect(excel.syncCount).toBe(2);
    expect(markerSheet(excel)).toBe("Rapport T1 2026");
  });

  it("replaces its own earlier report of two requests in two syncs, in the same place", async () => {
    const excel = planExcel({ payloadLimitBytes: LIMIT });
    const port = officeWorkbookOn(excel, { payloadLimitBytes: LIMIT });
    await port.writeSheet(bigLayout(), "refuse");
    seedCells(excel, "Sist", "A1", [["x"]]);
    seedCells(excel, "Rapport T1 2026", "J400", [["gammalt"]]);
    const before = sheetNames(excel);
    const start = excel.syncCount;
    expect(await port.writeSheet(bigLayout(), "refuse")).toEqual({
      sheet: "Rapport T1 2026",
      replaced: true,
    });
    expect(excel.syncCount - start).toBe(2);
    expect(sheetNames(excel)).toEqual(before);
    expect(cellsOf(excel, "Rapport T1 2026").some((c) => c.value === "gammalt")).toBe(false);
    expect(markerSheet(excel)).toBe("Rapport T1 2026");
  });

  it("refuses beside the user's sheet: removes its unfinished sheet, every other sheet as it was", async () => {
    const excel = planExcel({ payloadLimitBytes: LIMIT });
    seedCells(excel, "Rapport T1 2026", "A1", [["Mina anteckningar"]]);
    seedCells(excel, "Sist", "B2", [["x"]]);
    const before = bookState(excel);
    const port = officeWorkbookOn(excel, { payloadLimitBytes: LIMIT });
    await expect(port.writeSheet(bigLayout(), "refuse")).rejects.toBeInstanceOf(PlanWriteRefused);
    expect(bookState(excel)).toEqual(before);
    // The first request's write and the removal; the rest of the layout is never sent.
    expect(excel.syncCount).toBe(2);
    expect(excel.syncs[1]?.labels.some((l) => l.endsWith(".Delete()"))).toBe(true);
  });

  it("removes its unfinished sheet when a request before the last fails, and reports the failure", async () => {
    const excel = planExcel({ payloadLimitBytes: LIMIT });
    const before = bookState(excel);
    excel.failSync(2);
    const port = officeWorkbookOn(excel, { payloadLimitBytes: LIMIT });
    // Three requests: the second fails, so the third, which finishes, is never sent.
    await expect(port.writeSheet(bigLayout(300), "refuse")).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(bookState(excel)).toEqual(before);
  });
});
