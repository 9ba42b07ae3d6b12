import { describe, expect, it } from "vitest";
import {
  bindPlan,
  createTertialReport,
  locatePlanTables,
  PLAN_TABLES,
  prepareFollowUps,
  reportMarkerName,
  validatePlan,
  type SheetLayout,
} from "../../src/plan";
import { cellAt, seedCells, seedTable, SimulatedExcel, tableModel } from "../office-host";
import { planExcel } from "./plan-excel";
import { officeWorkbookOn } from "./support";

describe("OfficeWorkbook.readSnapshot", () => {
  it.each([10, 10_000])(
    "reads a plan with %d extra follow-up rows in two syncs when the pane opens, then in one",
    async (extra) => {
      const excel = planExcel({ extraFollowUps: extra });
      const port = officeWorkbookOn(excel);
      const located = locatePlanTables(await port.readSnapshot());
      expect(excel.syncCount).toBe(2);
      expect(located.missing).toEqual([]);
      expect(located.tables.get("Uppfoljning")?.rows).toHaveLength(2 + extra);

      const again = locatePlanTables(await port.readSnapshot());
      expect(excel.syncCount).toBe(3);
      expect(again.tables.get("Uppfoljning")?.rows).toHaveLength(2 + extra);
    },
  );

  it("reads what changed since the last read in a second sync: a table renamed by a co-author", async () => {
    const excel = planExcel();
    const port = officeWorkbookOn(excel);
    await port.readSnapshot();
    const areas = tableModel(excel, "Omraden");
    if (areas) areas.name = "Tabell1";
    const start = excel.syncCount;
    const located = locatePlanTables(await port.readSnapshot());
    expect(excel.syncCount - start).toBe(2);
    expect(located.tables.get("Omraden")?.location.excelTable).toBe("Tabell1");
  });

  it("reads the workbook afresh when a table it knew has been deleted since", async () => {
    const excel = planExcel();
    const port = officeWorkbookOn(excel);
    await port.readSnapshot();
    excel.book.tables.splice(
      excel.book.tables.findIndex((t) => t.name === "Bedomning"),
      1,
    );
    const start = excel.syncCount;
    const located = locatePlanTables(await port.readSnapshot());
    // Its cells are still there: found by their headers, as a plain range.
    expect(located.tables.get("Bedomning")?.location.excelTable).toBeNull();
    expect(excel.syncs.slice(start).map((r) => r.error)).toEqual(["ItemNotFound", null, null]);
  });

  it("validates the plan it read like the plan it was seeded with", async () => {
    const excel = planExcel();
    const report = validatePlan(await officeWorkbookOn(excel).readSnapshot(), { checkDate: "2026-03-01" });
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it("reads every other table and the used ranges of sheets without one when a plan table is not found by name", async () => {
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
    sheetModel(excel, "Aktiviteter").merges.push({ top: 2, left: 2, bottom: 3, right: 2 });
    const snapshot = await officeWorkbookOn(excel).readSnapshot();
    expect(snapshot.sheets.find((s) => s.name === "Aktiviteter")?.merges).toEqual([
      { top: 2, left: 2, bottom: 3, right: 2 },
    ]);
    expect(excel.syncCount).toBe(2);
  });

  it("reports a merge that starts above a table and reaches into it (office-js 3611)", async () => {
    const excel = new SimulatedExcel();
    const def = PLAN_TABLES.find((t) => t.name === "Omraden");
    if (!def) throw new Error("no Omraden");
    seedTable(excel, {
      sheet: "Områden",
      name: "Omraden",
      at: "A3",
      headers: def.columns.map((c) => c.header),
      rows: [["1", "Trygghet i Vårberg", null, null]],
    });
    // B2:B4: its top-left cell is above the header row 3.
    sheetModel(excel, "Områden").merges.push({ top: 2, left: 2, bottom: 4, right: 2 });
    const report = validatePlan(await officeWorkbookOn(excel).readSnapshot(), { checkDate: "2026-03-01" });
    expect(report.findings.filter((f) => f.rule === "merged-cells").map((f) => f.message)).toEqual([
      expect.stringContaining("Cellerna B2:B4 är sammanfogade i tabellen Områden"),
    ]);
  });

  it("reads a user's sheet with more merged areas than Excel lists at once, in parts", async () => {
    const excel = planExcel();
    const areas = tableModel(excel, "Omraden");
    if (areas) areas.name = "Tabell1"; // every sheet is read
    seedCells(excel, "Formulär", "A1", [["Anmälan"]]);
    const form = sheetModel(excel, "Formulär");
    for (let r = 1; r <= 600; r++) form.merges.push({ top: r, left: 1, bottom: r, right: 3 });
    seedCells(excel, "Formulär", "A600", [["Sista raden"]]);
    const port = officeWorkbookOn(excel);

    const snapshot = await port.readSnapshot();
    expect(snapshot.sheets.find((s) => s.name === "Formulär")?.merges).toHaveLength(600);
    expect(locatePlanTables(snapshot).missing).toEqual([]);
    expect(excel.syncs.filter((r) => r.error === "GeneralException").length).toBeGreaterThan(0);
    expect(await port.readSnapshot()).toEqual(snapshot);
  });

  it("reads the dates of a workbook that counts from 1904", async () => {
    const excel = new SimulatedExcel({ date1904: true });
    const def = PLAN_TABLES.find((t) => t.name === "Uppfoljning");
    if (!def) throw new Error("no Uppfoljning");
    seedTable(excel, {
      sheet: "Uppföljning",
      name: "Uppfoljning",
      headers: ["Aktivitet", "Datum"],
      rows: [["1.1", { date: "2026-05-15" }]],
    });
    expect(cellAt(excel, "Uppföljning", "B2")?.value).toBe(44_695); // 2026-05-15 counted from 1904
    const snapshot = await officeWorkbookOn(excel).readSnapshot();
    const table = snapshot.sheets.flatMap((s) => s.tables).find((t) => t.name === "Uppfoljning");
    expect(table?.rows).toEqual([["1.1", { kind: "date", iso: "2026-05-15" }]]);
  });
});

/**
 * Excel documents what it answers for a null object (`…OrNullObject`), not for an object
 * derived from one. The simulated Excel answers that either way; the add-in must not ask.
 */
describe.each(["error", "null-object"] as const)(
  "OfficeWorkbook reads and writes whatever Excel answers for an object derived from a null object (%s)",
  (nullDerived) => {
    const workbooks: [string, () => SimulatedExcel][] = [
      ["a whole plan", () => planExcel({ nullDerived })],
      [
        "a plan missing tables, one kept as a plain range, one renamed",
        () => {
          const excel = planExcel({ nullDerived });
          const tables = excel.book.tables;
          tables.splice(
            tables.findIndex((t) => t.name === "Indikatorer"),
            1,
          );
          tables.splice(
            tables.findIndex((t) => t.name === "Bedomning"),
            1,
          );
          const areas = tableModel(excel, "Omraden");
          if (areas) areas.name = "Tabell1";
          seedCells(excel, "Tom", "A1", [[null]]);
          return excel;
        },
      ],
      [
        "an empty workbook",
        () => {
          const excel = new SimulatedExcel({ nullDerived });
          seedCells(excel, "Blad1", "A1", [[null]]);
          return excel;
        },
      ],
    ];

    it.each(workbooks)("validates %s, asking nothing of a null object", async (_name, make) => {
      const excel = make();
      const port = officeWorkbookOn(excel);
      const first = validatePlan(await port.readSnapshot(), { checkDate: "2026-06-10" });
      const again = validatePlan(await port.readSnapshot(), { checkDate: "2026-06-10" });
      expect(again).toEqual(first);
      expect(excel.nullDerivedPaths).toEqual([]);
      expect(excel.syncs.filter((r) => r.error !== null)).toEqual([]);
    });

    it("binds a plan with a broken binding and a missing sheet, asking nothing of a null object", async () => {
      const excel = planExcel({ nullDerived });
      const port = officeWorkbookOn(excel);
      await bindPlan(port);
      excel.book.tables.splice(
        excel.book.tables.findIndex((t) => t.name === "Utfall"),
        1,
      );
      await bindPlan(port);
      expect(locatePlanTables(await port.readSnapshot()).missing).toEqual([]);
      expect(await port.readBindings()).toHaveLength(PLAN_TABLES.length);
      expect(excel.nullDerivedPaths).toEqual([]);
    });

    it("writes a report twice and appends follow-up rows, asking nothing of a null object", async () => {
      const excel = planExcel({ nullDerived });
      const port = officeWorkbookOn(excel);
      await createTertialReport(port, { period: "T1", year: 2026 }, "free-name");
      await createTertialReport(port, { period: "T1", year: 2026 }, "free-name");
      await prepareFollowUps(port, { period: "T2", year: 2026 });
      expect(excel.nullDerivedPaths).toEqual([]);
      expect(excel.syncs.filter((r) => r.error !== null)).toEqual([]);
    });
  },
);

const sheetModel = (excel: SimulatedExcel, name: string) => {
  const sheet = excel.book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

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
