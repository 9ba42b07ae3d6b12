/**
 * The simulated Excel's charts and manual page breaks (excel/chart.ts) as Microsoft's client
 * library meets them: what Excel documents, what is assumed where it documents nothing, and
 * that what is not modelled is refused loudly.
 */
import { describe, expect, it } from "vitest";
import { seedCells, SimulatedExcel, type SimulatedExcelOptions } from ".";

function dataExcel(options: SimulatedExcelOptions = {}): SimulatedExcel {
  const excel = new SimulatedExcel(options);
  seedCells(excel, "Data", "A1", [
    [1, 4, 7, "Trygghet"],
    [2, 5, 8, "Skola"],
    [3, 6, 9, "Fritid"],
  ]);
  seedCells(excel, "Annat", "A1", [["x"]]);
  return excel;
}

const sheetOf = (excel: SimulatedExcel, name: string) => excel.book.sheets.find((s) => s.name === name);

const failure = (promise: Promise<unknown>): Promise<{ code?: string }> =>
  promise.then(
    () => ({ code: "none" }),
    (error: { code?: string }) => error,
  );

describe("The simulated Excel's charts", () => {
  it("makes one series per column of numbers, adds series, and draws from the cells it is given", async () => {
    const excel = dataExcel();
    const loaded = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("BarStacked", sheet.getRange("A1:B3"), "Columns");
      const added = chart.series.add("Tredje");
      added.setValues(sheet.getRange("C1:C3"));
      added.setXAxisValues(sheet.getRange("D1:D3"));
      added.format.fill.setSolidColor("#c6efce");
      chart.load("name, id");
      const series = chart.series.load("items/name");
      const count = sheet.charts.getCount();
      await context.sync();
      return { name: chart.name, id: chart.id, series: series.items.map((s) => s.name), count: count.value };
    });
    expect(loaded).toEqual({
      name: "Chart 1",
      id: expect.stringMatching(/^\{chart-\d+\}$/),
      series: ["Series1", "Series2", "Tredje"],
      count: 1,
    });
    const chart = sheetOf(excel, "Data")?.charts[0];
    expect(chart?.series.map((s) => s.values?.ref)).toEqual([
      { top: 1, left: 1, bottom: 3, right: 1 },
      { top: 1, left: 2, bottom: 3, right: 2 },
      { top: 1, left: 3, bottom: 3, right: 3 },
    ]);
    expect(chart?.series[2]).toMatchObject({
      fill: "#C6EFCE",
      xValues: { ref: { top: 1, left: 4, bottom: 3, right: 4 } },
    });
  });

  it("follows a renamed sheet, covers setPosition's cells, and goes with its sheet", async () => {
    const excel = dataExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:A3"), "Columns");
      chart.setPosition("B5", "E12");
      sheet.name = "Siffror";
      await context.sync();
    });
    const chart = sheetOf(excel, "Siffror")?.charts[0];
    expect(chart?.series[0]?.values?.sheet.name).toBe("Siffror");
    expect(chart?.cells).toEqual({
      start: { top: 5, left: 2, bottom: 5, right: 2 },
      end: { top: 12, left: 5, bottom: 12, right: 5 },
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Siffror").delete();
      await context.sync();
    });
    expect(excel.book.sheets.flatMap((s) => s.charts)).toEqual([]);
  });

  it("refuses, loudly, what it does not model: text in the source, Excel's own choice, other types and colours", async () => {
    const faults: Error[] = [];
    const excel = dataExcel({ onFault: (fault) => faults.push(fault) });
    const attempt = (queue: (sheet: Excel.Worksheet) => void) =>
      failure(
        excel.run(async (context) => {
          queue(context.workbook.worksheets.getItem("Data"));
          await context.sync();
        }),
      );
    const codes = [
      await attempt((s) => s.charts.add("BarStacked", s.getRange("C1:D3"), "Columns")),
      await attempt((s) => s.charts.add("BarStacked", s.getRange("A1:B3"), "Auto")),
      await attempt((s) => s.charts.add("Pie", s.getRange("A1:A3"), "Columns")),
      await attempt((s) => {
        const chart = s.charts.add("BarStacked", s.getRange("A1:A3"), "Columns");
        chart.series.getItemAt(0).format.fill.setSolidColor("orange");
      }),
      await attempt((s) => s.charts.add("BarStacked", s.getRange("A1:A3"), "Columns").load("top")),
    ];
    expect(codes.map((c) => c.code)).toEqual(Array(5).fill("NotModelled"));
    expect(faults.map((f) => f.message)).toEqual([
      expect.stringContaining("ChartCollection.add over cells that hold text"),
      expect.stringContaining('ChartCollection.add(…, "Auto")'),
      expect.stringContaining('the chart type = "Pie"'),
      expect.stringContaining('the color "orange"'),
      expect.stringContaining("loading Chart.top"),
    ]);
  });
});

describe("The simulated Excel's manual page breaks", () => {
  it("adds a break above a range's top row once, counts and removes them", async () => {
    const excel = dataExcel();
    const counts = await excel.run(async (context) => {
      const breaks = context.workbook.worksheets.getItem("Data").horizontalPageBreaks;
      breaks.add("A10");
      breaks.add(context.workbook.worksheets.getItem("Data").getRange("B5:C9"));
      breaks.add("D5");
      const count = breaks.getCount();
      await context.sync();
      return count.value;
    });
    expect(counts).toBe(2);
    expect(sheetOf(excel, "Data")?.rowBreaks).toEqual([5, 10]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").horizontalPageBreaks.removePageBreaks();
      await context.sync();
    });
    expect(sheetOf(excel, "Data")?.rowBreaks).toEqual([]);
  });

  it("refuses a break above row 1 (not documented), and page breaks in an Excel before ExcelApi 1.9", async () => {
    const faults: Error[] = [];
    const excel = dataExcel({ onFault: (fault) => faults.push(fault) });
    const above = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").horizontalPageBreaks.add("A1");
        await context.sync();
      }),
    );
    expect(above.code).toBe("NotModelled");
    expect(faults[0]?.message).toContain("a page break above row 1");

    const older = dataExcel({ excelApi: "1.8" });
    const refused = await failure(
      older.run(async (context) => {
        context.workbook.worksheets.getItem("Data").horizontalPageBreaks.add("A5");
        await context.sync();
      }),
    );
    expect(refused.code).toBe("ApiNotFound");
    expect(sheetOf(older, "Data")?.rowBreaks).toEqual([]);
  });
});
