/** createTables over the simulated Excel: the plan template's sheets are set up to print on A4. */
import { describe, expect, it } from "vitest";
import { PLAN_TABLES, planTemplate } from "../../src/plan";
import { SimulatedExcel } from "../office-host";
import { officeWorkbookOn } from "./support";

function pageLayoutOf(excel: SimulatedExcel, name: string) {
  const sheet = excel.book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.pageLayout;
}

describe("createTables", () => {
  it("writes the whole template in one sync after the one that checks the names", async () => {
    const excel = new SimulatedExcel();
    await officeWorkbookOn(excel).createTables(planTemplate());
    expect(excel.syncCount).toBe(2);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(PLAN_TABLES.map((t) => t.sheet));
  });

  it("sets every plan sheet to A4 landscape, one page wide, the header row on every page", async () => {
    const excel = new SimulatedExcel();
    await officeWorkbookOn(excel).createTables(planTemplate());
    for (const def of PLAN_TABLES) {
      expect(pageLayoutOf(excel, def.sheet)).toEqual({
        paperSize: "A4",
        orientation: "Landscape",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printTitleRows: "$1:$1",
        centerFooter: `${def.sheet} – sida &P av &N`,
      });
    }
  });

  it("leaves the page layout alone for a table without a print setup", async () => {
    const excel = new SimulatedExcel();
    const [plan] = planTemplate().filter((t) => t.name === "Plan");
    const { print: _print, ...bare } = plan!;
    await officeWorkbookOn(excel).createTables([bare]);
    expect(pageLayoutOf(excel, "Plan")).toMatchObject({
      paperSize: "Letter",
      orientation: "Portrait",
      printTitleRows: null,
    });
    const labels = excel.syncs.flatMap((r) => r.labels);
    expect(labels.some((l) => l.includes(".Tables.Add("))).toBe(true);
    expect(labels.filter((l) => l.includes("PageLayout"))).toEqual([]);
  });
});

describe("createTables row heights", () => {
  it("wraps text at the top of its cells and sets the heights the plan asks for", async () => {
    const excel = new SimulatedExcel();
    const [activities] = planTemplate({
      Aktiviteter: [["1.1", "Platssamverkan", "x".repeat(120), null, "Tillsvidare"]],
    }).filter((t) => t.name === "Aktiviteter");
    await officeWorkbookOn(excel).createTables([activities!]);
    const sheet = excel.book.sheets.find((s) => s.name === "Aktiviteter")!;
    // The first data row is sheet row 2; 120 characters in a 60-wide column: 47 points.
    expect(sheet.rowHeights.get(2)).toBe(47);
    expect(sheet.rowHeights.has(1)).toBe(false);
  });
});
