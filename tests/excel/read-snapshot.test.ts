import { describe, expect, it } from "vitest";
import { bindPlan, locatePlanTables, reportMarkerName, validatePlan, type SheetLayout } from "../../src/plan";
import { seedCells, tableModel } from "../office-host";
import { planExcel } from "./plan-excel";
import { officeWorkbookOn } from "./support";

describe("OfficeWorkbook.readSnapshot", () => {
  it.each([10, 10_000])("reads a plan with %d extra follow-up rows in one sync", async (extra) => {
    const excel = planExcel({ extraFollowUps: extra });
    const located = locatePlanTables(await officeWorkbookOn(excel).readSnapshot());
    expect(excel.syncCount).toBe(1);
    expect(located.missing).toEqual([]);
    expect(located.tables.get("Uppfoljning")?.rows).toHaveLength(2 + extra);
  });

  it("reads a bound plan without asking for anything derived from a null object", async () => {
    const excel = planExcel();
    await bindPlan(officeWorkbookOn(excel));
    excel.nullDerived = "error";
    const start = excel.syncCount;
    const located = locatePlanTables(await officeWorkbookOn(excel).readSnapshot());
    expect(located.missing).toEqual([]);
    expect(excel.syncCount - start).toBe(1);
  });

  it("validates the plan it read like the plan it was seeded with", async () => {
    const excel = planExcel();
    const report = validatePlan(await officeWorkbookOn(excel).readSnapshot(), { checkDate: "2026-03-01" });
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it("reads every other table and the sheets' used ranges in a second sync when a plan table is not found by name", async () => {
    const excel = planExcel();
    const areas = tableModel(excel, "Omraden");
    if (!areas) throw new Error("no Omraden");
    areas.name = "Tabell1";
    const located = locatePlanTables(await officeWorkbookOn(excel).readSnapshot());
    expect(excel.syncCount).toBe(2);
    expect(located.tables.get("Omraden")?.location.excelTable).toBe("Tabell1");
    expect(located.missing).toEqual([]);
  });

  it("finds a plan table kept as a plain range by its headers", async () => {
    const excel = planExcel();
    const index = excel.book.tables.findIndex((t) => t.name === "Indikatorer");
    excel.book.tables.splice(index, 1);
    seedCells(excel, "Indikatorer", "A1", [
      ["Aktivitet", "Indikator", "Målvärde"],
      ["1.1", "Trygghetsvandringar", 8],
    ]);
    const located = locatePlanTables(await officeWorkbookOn(excel).readSnapshot());
    const table = located.tables.get("Indikatorer");
    expect(table?.location.excelTable).toBeNull();
    expect(table?.rows).toEqual([["1.1", "Trygghetsvandringar", 8, null, null, null, null]]);
  });

  it("reports merged cells inside a plan table", async () => {
    const excel = planExcel();
    excel.book.sheets
      .find((s) => s.name === "Aktiviteter")
      ?.merges.push({ top: 2, left: 2, bottom: 3, right: 2 });
    const snapshot = await officeWorkbookOn(excel).readSnapshot();
    expect(snapshot.sheets.find((s) => s.name === "Aktiviteter")?.merges).toEqual([
      { top: 2, left: 2, bottom: 3, right: 2 },
    ]);
    expect(excel.syncCount).toBe(1);
  });
});

/** A report sheet of `rows` rows, each with its first two cells merged. */
function mergedReport(rows: number): SheetLayout {
  return {
    name: "Verksamhetsberättelse 2026",
    markerName: reportMarkerName("VB", 2026),
    columnWidths: [20, 20],
    rows: Array.from({ length: rows }, (_, i) => ({
      cells: [{ value: `Rad ${i + 1}`, style: "text" }],
      height: null,
    })),
    merges: Array.from({ length: rows }, (_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 2 })),
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      repeatRows: { first: 1, last: 1 },
      footer: "Verksamhetsberättelse",
    },
  };
}

describe("OfficeWorkbook.readSnapshot of a workbook with the add-in's report sheets", () => {
  // Excel lists at most 512 merged areas of a range (Range.getMergedAreasOrNullObject); a
  // verksamhetsberättelse of some 25 activities has more. Reading every sheet (a plan table
  // not found by name, as after "Koppla plan" that kept the user's table names) must not
  // ask for the merged areas of the add-in's own report sheets.
  it.each([
    ["in one response", {}],
    ["in blocks", { responseLimitBytes: 40_000 }],
  ])("reads every sheet %s when a report sheet has more than 512 merged areas", async (_how, options) => {
    const excel = planExcel({ extraFollowUps: 300, ...options });
    await officeWorkbookOn(excel).writeSheet(mergedReport(600), "refuse");
    const areas = tableModel(excel, "Omraden");
    if (!areas) throw new Error("no Omraden");
    areas.name = "Tabell1";
    const located = locatePlanTables(await officeWorkbookOn(excel).readSnapshot());
    expect(located.missing).toEqual([]);
    expect(located.tables.get("Omraden")?.location.excelTable).toBe("Tabell1");
  });
});

describe("OfficeWorkbook.readSnapshot of a plan too large for one response", () => {
  it("reads it in blocks, each response under the limit, into the same snapshot", async () => {
    const limit = 60_000;
    const small = planExcel({ extraFollowUps: 400, responseLimitBytes: limit });
    const blocks = await officeWorkbookOn(small).readSnapshot();
    const refused = small.syncs.filter((r) => r.error === "ResponsePayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeLessThanOrEqual(3);
    expect(small.syncCount - refused.length).toBeGreaterThan(3);
    const whole = await officeWorkbookOn(planExcel({ extraFollowUps: 400 })).readSnapshot();
    expect(blocks).toEqual(whole);
  });

  it("reads tables found by header and plain ranges in blocks too", async () => {
    const change = (excel: ReturnType<typeof planExcel>) => {
      const areas = tableModel(excel, "Omraden");
      if (areas) areas.name = "Tabell1";
      excel.book.tables.splice(
        excel.book.tables.findIndex((t) => t.name === "Indikatorer"),
        1,
      );
      seedCells(excel, "Indikatorer", "B3", [
        ["Aktivitet", "Indikator", "Målvärde"],
        ["1.1", "Trygghetsvandringar", 8],
      ]);
      excel.book.sheets
        .find((s) => s.name === "Indikatorer")
        ?.merges.push({ top: 5, left: 2, bottom: 5, right: 3 });
      return excel;
    };
    const limited = change(planExcel({ extraFollowUps: 300, responseLimitBytes: 40_000 }));
    const blocks = await officeWorkbookOn(limited).readSnapshot();
    expect(limited.syncs.some((r) => r.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    const whole = await officeWorkbookOn(change(planExcel({ extraFollowUps: 300 }))).readSnapshot();
    expect(blocks).toEqual(whole);
  });
});
