import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { createTertialReport, prepareFollowUps, type SheetChart } from "../../src/plan";
import { ExceljsWorkbook } from "../../src/xlsx";
import { partText, relationshipsOf, sheetParts } from "../../src/xlsx/package-parts";
import { rowBreaksXml, withRowBreaks } from "../../src/xlsx/row-breaks";
import { sheetAdditions } from "../../src/xlsx/sheet-additions";
import { buildReportWorkbook } from "../helpers/report-fixture";

const SHEET =
  '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<sheetData/><pageSetup paperSize="9"/><headerFooter><oddFooter>x</oddFooter></headerFooter>' +
  '<tableParts count="0"/></worksheet>';

const CHART: SheetChart = {
  kind: "stacked-bar",
  title: "Diagram",
  categories: ["A"],
  categoryRef: null,
  series: [{ name: "Uppfyllt", color: "63BE7B", values: [1], ref: null }],
  valueAxisTitle: "Antal",
  anchor: { top: 3, left: 1, bottom: 3, right: 8 },
};

describe("rowBreaksXml and withRowBreaks", () => {
  it("writes a manual break above each row once, in order, by the 0-based index of the new page's first row", () => {
    expect(rowBreaksXml([61, 28, 1, 28])).toBe(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="27" max="16383" man="1"/><brk id="60" max="16383" man="1"/></rowBreaks>',
    );
    expect(rowBreaksXml([1])).toBe("");
  });

  it("puts the breaks after the footer and before what follows it, replacing any the sheet had", () => {
    const once = withRowBreaks(SHEET, rowBreaksXml([5]));
    expect(once).toContain('</headerFooter><rowBreaks count="1" manualBreakCount="1"><brk id="4"');
    expect(once).toMatch(/<\/rowBreaks><tableParts/);
    const twice = withRowBreaks(once, rowBreaksXml([9]));
    expect(twice.match(/<rowBreaks/g)).toHaveLength(1);
    expect(twice).toContain('<brk id="8"');
    expect(withRowBreaks(twice, "")).toBe(SHEET);
  });
});

describe("sheetAdditions", () => {
  it("adds a drawing and a chart part under free names, related to the sheet and to each other", () => {
    const taken = new Set(["xl/drawings/drawing1.xml", "xl/charts/chart1.xml"]);
    const additions = sheetAdditions(
      { charts: [CHART], pageBreaks: [5] },
      "Rapport T1 2026",
      "xl/worksheets/sheet3.xml",
      taken,
      new Set(["rId1", "rIdCharts"]),
    );
    expect(additions.parts.map((p) => [p.path, p.contentType])).toEqual([
      ["xl/drawings/drawing2.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
      ["xl/charts/chart2.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
    ]);
    expect(additions.parts[0]?.rels).toContain('Target="../charts/chart2.xml"');
    expect(additions.relationships).toEqual([
      {
        id: "rIdCharts1",
        type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
        target: "../drawings/drawing2.xml",
        external: false,
      },
    ]);
    const edited = additions.edit(SHEET);
    expect(edited).toMatch(
      /<\/headerFooter><rowBreaks[^>]*>.*<\/rowBreaks><drawing r:id="rIdCharts1"\/><tableParts/,
    );
    expect(edited).toContain('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
    expect(taken.size).toBe(2);
  });

  it("adds only the page breaks for a sheet without charts", () => {
    const additions = sheetAdditions(
      { pageBreaks: [5] },
      "Blad",
      "xl/worksheets/sheet1.xml",
      new Set(),
      new Set(),
    );
    expect([additions.parts, additions.relationships]).toEqual([[], []]);
    expect(additions.edit(SHEET)).toBe(withRowBreaks(SHEET, rowBreaksXml([5])));
  });
});

/** The report sheet's part, its XML, its drawing's charts and every chart part in the package. */
async function reportPackage(bytes: Uint8Array, sheet: string) {
  const zip = await JSZip.loadAsync(bytes);
  const part = (await sheetParts(zip)).find((s) => s.name === sheet)?.part ?? "";
  const xml = (await partText(zip, part)) ?? "";
  const drawings = (await relationshipsOf(zip, part)).filter((r) => r.type.endsWith("/drawing"));
  const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  const types = (await partText(zip, "[Content_Types].xml")) ?? "";
  return { xml, drawings, charts, types };
}

async function fixtureBook(): Promise<ExceljsWorkbook> {
  const bytes = new Uint8Array((await buildReportWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
  return ExceljsWorkbook.fromBuffer(bytes, "plan.xlsx");
}

describe("ExceljsWorkbook with a report sheet", () => {
  it("saves the report's chart and page breaks, which exceljs cannot write", async () => {
    const book = await fixtureBook();
    await createTertialReport(book, { period: "T2" }, "refuse");
    const saved = await reportPackage(await book.toBuffer(), "Rapport T2 2026");
    expect(saved.drawings).toHaveLength(1);
    expect(saved.charts).toEqual(["xl/charts/chart1.xml"]);
    expect(saved.types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(saved.xml.match(/<brk /g)).toHaveLength(3);
  });

  it("keeps them when another command saves the workbook, and does not double them when the report is made again", async () => {
    const book = await fixtureBook();
    await createTertialReport(book, { period: "T2" }, "refuse");
    const once = await book.toBuffer();
    const first = await reportPackage(once, "Rapport T2 2026");

    const prepared = await ExceljsWorkbook.fromBuffer(once, "plan.xlsx");
    expect((await prepareFollowUps(prepared, { period: "VB" })).added).toBe(6);
    const kept = await reportPackage(await prepared.toBuffer(), "Rapport T2 2026");
    expect(kept.drawings).toHaveLength(1);
    expect(kept.charts).toHaveLength(1);
    expect(/<rowBreaks.*<\/rowBreaks>/.exec(kept.xml)?.[0]).toBe(
      /<rowBreaks.*<\/rowBreaks>/.exec(first.xml)?.[0],
    );

    const again = await ExceljsWorkbook.fromBuffer(once, "plan.xlsx");
    expect((await createTertialReport(again, { period: "T2" }, "refuse")).replaced).toBe(true);
    const remade = await reportPackage(await again.toBuffer(), "Rapport T2 2026");
    expect(remade.drawings).toHaveLength(1);
    expect(remade.charts).toHaveLength(1);
    expect(remade.xml.match(/<rowBreaks/g)).toHaveLength(1);
    expect(remade.xml.match(/<drawing /g)).toHaveLength(1);
  });
});
