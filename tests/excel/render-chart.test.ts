/**
 * The report sheet's chart and manual page breaks through Office.js, on Microsoft's Excel client
 * against the simulated Excel, checked against what the .xlsx path writes for the same plan
 * (report-xlsx-reference.ts): the same series from the same cells in the same colours, the same
 * titles and axis, over the same cells, and page breaks above the same rows.
 */
import { describe, expect, it } from "vitest";
import { REQUIRED_EXCEL_API } from "../../src/excel";
import { createTertialReport, type RangeRef, type SheetLayout } from "../../src/plan";
import { bookFingerprint, excelFromExceljs, type SimulatedExcel } from "../office-host";
import type { SheetModel } from "../office-host/workbook/model";
import { buildReportWorkbook, reportPlanTables } from "../helpers/report-fixture";
import { xlsxReportReference } from "./report-xlsx-reference";
import { planExcel } from "./plan-excel";
import { officeWorkbookOn } from "./support";

const LONG_COMMENT = "Gruppen har inte träffats; skolan och polisen hittade ingen gemensam tid. ".repeat(40);

function reportSheet(excel: SimulatedExcel, name: string): SheetModel {
  const sheet = excel.book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function cellValues(sheet: SheetModel, ref: RangeRef): unknown[] {
  const values: unknown[] = [];
  for (let r = ref.top; r <= ref.bottom; r++) {
    for (let c = ref.left; c <= ref.right; c++) values.push(sheet.cells.get(r)?.get(c)?.value ?? null);
  }
  return values;
}

async function officeReport(excel: SimulatedExcel) {
  return createTertialReport(officeWorkbookOn(excel), { period: "T2" }, "refuse");
}

/** The plan's follow-up comment `from` (on the simulated Excel's Uppföljning sheet) becomes `to`. */
function editComment(excel: SimulatedExcel, from: string, to: string): void {
  const sheet = reportSheet(excel, "Uppföljning");
  for (const row of sheet.cells.values()) {
    for (const cell of row.values()) if (cell.value === from) cell.value = to;
  }
}

describe("OfficeWorkbook.writeSheet: the report's chart", () => {
  it("draws one stacked-bar chart from the report's own cells, as the .xlsx path does", async () => {
    const expected = await xlsxReportReference(buildReportWorkbook(), "T2");
    const excel = excelFromExceljs(buildReportWorkbook());
    const { sheet: name } = await officeReport(excel);
    expect(name).toBe(expected.sheet);
    const sheet = reportSheet(excel, name);

    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect(chart?.chartType).toBe("BarStacked");
    expect(chart?.name).toBe(expected.chartName);
    expect(chart?.series.map((s) => [s.name, s.fill])).toEqual(
      expected.series.map((s) => [s.name, `#${s.color}`]),
    );
    chart?.series.forEach((series, i) => {
      const reference = expected.series[i];
      expect(series.values?.sheet).toBe(sheet);
      expect(series.xValues?.sheet).toBe(sheet);
      expect(series.values?.ref).toEqual(reference?.values);
      expect(series.xValues?.ref).toEqual(reference?.categories);
      // The cells hold what the chart shows: the counts per area.
      expect(cellValues(sheet, series.values?.ref ?? reference!.values)).toEqual(reference?.cached);
      expect(series.hasDataLabels).toBe(true);
      expect(series.dataLabels).toMatchObject({ showValue: true, numberFormat: "0;;;" });
    });
    expect(chart?.series.length).toBe(expected.series.length);
    expect(chart?.title).toMatchObject({ text: expected.title, visible: true });
    expect(chart?.legend).toEqual({ visible: true, position: "Bottom" });
    expect(chart?.categoryAxis.reversePlotOrder).toBe(expected.categoriesTopToBottom);
    expect(chart?.categoryAxis.position).toBe("Maximum");
    expect(chart?.valueAxis).toMatchObject({
      minimum: 0,
      majorUnit: expected.majorUnit,
      title: { text: expected.valueAxisTitle, visible: true },
    });
    const { anchor } = expected;
    expect(chart?.cells).toEqual({
      start: { top: anchor.top, left: anchor.left, bottom: anchor.top, right: anchor.left },
      end: { top: anchor.bottom, left: anchor.right, bottom: anchor.bottom, right: anchor.right },
    });
  });

  it("writes the chart whole within the report's requests: one sync to read, two to write", async () => {
    const excel = excelFromExceljs(buildReportWorkbook());
    const port = officeWorkbookOn(excel);
    await port.readSnapshot();
    const before = excel.syncCount;
    const { sheet } = await createTertialReport(port, { period: "T2" }, "refuse");
    expect(excel.syncCount - before).toBe(3);
    expect(reportSheet(excel, sheet).charts).toHaveLength(1);
    // The chart proxy lives for one request only: everything of the chart goes in one.
    const chartRequests = excel.syncs.filter((r) => r.labels.some((l) => l.includes(".Charts.")));
    expect(chartRequests).toHaveLength(1);
  });

  it("leaves out a chart whose data is not on the sheet, and writes the rest", async () => {
    const layout: SheetLayout = {
      name: "Rapport T1 2026",
      markerName: "atgardsplan_test",
      columnWidths: [20, 10],
      rows: [
        { cells: [{ value: "Rapport", style: "title" }], height: null },
        { cells: [], height: 170 },
      ],
      merges: [],
      print: {
        paper: "A4",
        orientation: "portrait",
        fitToWidth: true,
        repeatRows: { first: 1, last: 1 },
        footer: "Rapport – sida &P av &N",
      },
      charts: [
        {
          kind: "stacked-bar",
          title: "Målet nått per område, T1 2026",
          categories: [],
          categoryRef: null,
          series: [{ name: "Uppfyllt", color: "C6EFCE", values: [], ref: null }],
          valueAxisTitle: "Antal aktiviteter",
          anchor: { top: 2, left: 1, bottom: 2, right: 2 },
        },
      ],
    };
    const excel = planExcel();
    const { sheet } = await officeWorkbookOn(excel).writeSheet(layout, "refuse");
    expect(reportSheet(excel, sheet).charts).toEqual([]);
    expect(reportSheet(excel, sheet).cells.get(1)?.get(1)?.value).toBe("Rapport");
  });

  it("needs no ExcelApi set beyond the one the add-in requires", async () => {
    const excel = excelFromExceljs(buildReportWorkbook(), { excelApi: REQUIRED_EXCEL_API });
    const { sheet } = await officeReport(excel);
    expect(reportSheet(excel, sheet).charts).toHaveLength(1);
    expect(reportSheet(excel, sheet).rowBreaks.length).toBeGreaterThan(0);
  });
});

describe("OfficeWorkbook.writeSheet: the report's page breaks", () => {
  it("breaks pages above the same rows as the .xlsx path", async () => {
    const expected = await xlsxReportReference(buildReportWorkbook(), "T2");
    expect(expected.pageStarts.length).toBeGreaterThan(0);
    const excel = excelFromExceljs(buildReportWorkbook());
    const { sheet } = await officeReport(excel);
    expect(reportSheet(excel, sheet).rowBreaks).toEqual(expected.pageStarts);
  });
});

describe("OfficeWorkbook.writeSheet: making the report again", () => {
  it("leaves one chart and the new report's page breaks", async () => {
    const tables = reportPlanTables();
    const changed = tables.Uppfoljning.find((r) => r.Kommentar === "Gruppen har inte träffats.");
    if (!changed) throw new Error("the fixture's comment is gone");
    const first = await xlsxReportReference(buildReportWorkbook(), "T2");
    changed.Kommentar = LONG_COMMENT;
    const second = await xlsxReportReference(buildReportWorkbook({ tables }), "T2");
    expect(second.pageStarts).not.toEqual(first.pageStarts);

    const excel = excelFromExceljs(buildReportWorkbook());
    await officeReport(excel);
    editComment(excel, "Gruppen har inte träffats.", LONG_COMMENT);
    const again = await officeReport(excel);
    expect(again.replaced).toBe(true);
    const sheet = reportSheet(excel, again.sheet);
    expect(excel.book.sheets.flatMap((s) => s.charts)).toHaveLength(1);
    expect(sheet.charts[0]?.series.map((s) => s.values?.ref)).toEqual(second.series.map((s) => s.values));
    expect(sheet.rowBreaks).toEqual(second.pageStarts);
  });

  it("leaves the user's own chart and page breaks on their sheet as they were", async () => {
    const excel = excelFromExceljs(buildReportWorkbook());
    await excel.run(async (context) => {
      const notes = context.workbook.worksheets.getItem("Anteckningar");
      const chart = notes.charts.add("ColumnClustered", notes.getRange("A2:A3"), "Columns");
      chart.title.text = "Mitt diagram";
      notes.horizontalPageBreaks.add("A3");
      await context.sync();
    });
    const notesPrint = () =>
      JSON.stringify(
        (JSON.parse(bookFingerprint(excel)) as { sheets: { name: string }[] }).sheets.find(
          (s) => s.name === "Anteckningar",
        ),
      );
    const before = notesPrint();
    expect(before).toContain("Mitt diagram");
    await officeReport(excel);
    await officeReport(excel);
    expect(notesPrint()).toBe(before);
    expect(excel.book.sheets.flatMap((s) => s.charts)).toHaveLength(2);
  });
});
