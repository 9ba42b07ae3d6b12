/**
 * The report sheet's chart and manual page breaks in the package: a drawing part related
 * from the sheet, a chart part related from the drawing, their content types, `<rowBreaks>`
 * where the layout breaks pages; kept when another command edits the workbook, and never
 * doubled when the report is made again.
 */
import { describe, expect, it } from "vitest";
import { createTertialReport, prepareFollowUps, type SheetLayout } from "../../src/plan";
import { ExceljsWorkbook } from "../../src/xlsx";
import {
  relationshipsOf,
  requiredText,
  sheetEntries,
  workbookPartOf,
} from "../../src/xlsx/package/package-graph";
import { XlsxPackage } from "../../src/xlsx/package/xlsx-package";
import { reportSheetSpec } from "../../src/xlsx/report-sheet-spec";
import { StyleSheet } from "../../src/xlsx/package/styles-append";
import { buildReportWorkbook } from "../helpers/report-fixture";

/** The report sheet's XML, its drawings, every chart part in the package and the content types. */
async function reportPackage(bytes: Uint8Array, sheet: string) {
  const pkg = await XlsxPackage.open(bytes);
  const workbook = await workbookPartOf(pkg);
  const part = (await sheetEntries(pkg, workbook)).find((s) => s.name === sheet)?.part ?? "";
  const xml = await requiredText(pkg, part);
  const drawings = (await relationshipsOf(pkg, part)).filter((r) => r.type.endsWith("/drawing"));
  const charts = pkg.parts().filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  const types = await requiredText(pkg, "[Content_Types].xml");
  return { xml, drawings, charts, types };
}

async function fixtureBook(): Promise<ExceljsWorkbook> {
  const bytes = new Uint8Array((await buildReportWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
  return ExceljsWorkbook.fromBuffer(bytes, "plan.xlsx");
}

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';

describe("reportSheetSpec", () => {
  it("breaks pages after the row before each break, once each, in order; a break above row 1 is none", () => {
    const layout = {
      name: "Rapport T1 2026",
      markerName: "m",
      rows: [],
      columnWidths: [],
      merges: [],
      print: {
        paper: "A4",
        orientation: "portrait",
        fitToWidth: true,
        repeatRows: { first: 1, last: 2 },
        footer: "",
      },
      pageBreaks: [61, 28, 1, 28],
    } as unknown as SheetLayout;
    expect(reportSheetSpec(layout, StyleSheet.parse(STYLES), false).rowBreaks).toEqual([27, 60]);
  });
});

describe("ExceljsWorkbook with a report sheet", () => {
  it("writes the report's chart as a drawing and a chart part, and its page breaks", async () => {
    const book = await fixtureBook();
    await createTertialReport(book, { period: "T2" }, "refuse");
    const saved = await reportPackage(await book.toBuffer(), "Rapport T2 2026");
    expect(saved.drawings).toHaveLength(1);
    expect(saved.charts).toEqual(["xl/charts/chart1.xml"]);
    expect(saved.types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(saved.xml).toMatch(/<\/rowBreaks><drawing r:id="rId\d+"\/>/);
    expect(saved.xml.match(/<brk /g)).toHaveLength(3);
  });

  it("keeps them when another command edits the workbook, and does not double them when the report is made again", async () => {
    const book = await fixtureBook();
    await createTertialReport(book, { period: "T2" }, "refuse");
    const once = await book.toBuffer();
    const first = await reportPackage(once, "Rapport T2 2026");

    const prepared = await ExceljsWorkbook.fromBuffer(once, "plan.xlsx");
    expect((await prepareFollowUps(prepared, { period: "VB" })).added).toBe(6);
    const kept = await reportPackage(await prepared.toBuffer(), "Rapport T2 2026");
    expect(kept.xml).toBe(first.xml);
    expect(kept.charts).toEqual(first.charts);

    const again = await ExceljsWorkbook.fromBuffer(once, "plan.xlsx");
    expect((await createTertialReport(again, { period: "T2" }, "refuse")).replaced).toBe(true);
    const remade = await reportPackage(await again.toBuffer(), "Rapport T2 2026");
    expect(remade.drawings).toHaveLength(1);
    expect(remade.charts).toHaveLength(1);
    expect(remade.xml.match(/<rowBreaks/g)).toHaveLength(1);
    expect(remade.xml.match(/<drawing /g)).toHaveLength(1);
  });
});
