/**
 * The .xlsx path's report for a plan, read back from the package it writes: the chart part
 * (series names, colours, the cells each draws from, the cached values, titles, axis
 * orientation and step), the drawing's anchor and name, and the sheet's row breaks. The Office.js
 * report of the same plan is checked against it, so that the two paths draw the same chart and
 * break pages at the same rows without a test spelling out what either produces.
 */
import type ExcelJS from "exceljs";
import { createTertialReport, type Period, type RangeRef } from "../../src/plan";
import { ExceljsWorkbook } from "../../src/xlsx";
import {
  relationshipsOf,
  requiredText,
  sheetEntries,
  workbookPartOf,
} from "../../src/xlsx/package/package-graph";
import { XlsxPackage } from "../../src/xlsx/package/xlsx-package";
import { decodeXml } from "../../src/xlsx/xml-text";
import { parseAddress } from "../office-host/workbook/addresses";

export interface ReferenceSeries {
  readonly name: string;
  /** RRGGBB */
  readonly color: string;
  readonly values: RangeRef;
  readonly categories: RangeRef;
  readonly cached: readonly number[];
}

export interface XlsxReportReference {
  readonly sheet: string;
  readonly title: string;
  readonly valueAxisTitle: string;
  readonly categoriesTopToBottom: boolean;
  readonly majorUnit: number;
  readonly series: readonly ReferenceSeries[];
  /** The cells the drawing anchors the chart over, and its name. */
  readonly anchor: RangeRef;
  readonly chartName: string;
  readonly charts: number;
  /** Rows a new printed page begins at (a row break after row N begins a page at N + 1). */
  readonly pageStarts: readonly number[];
}

function one(pattern: RegExp, text: string): string {
  const match = pattern.exec(text);
  if (!match?.[1]) throw new Error(`${String(pattern)} not found in the .xlsx report`);
  return decodeXml(match[1]);
}

function cellsOf(formula: string, sheet: string): RangeRef {
  const parsed = parseAddress(formula);
  if (!parsed || parsed.sheet !== sheet) throw new Error(`${formula} is not a range on ${sheet}`);
  return parsed.ref;
}

function seriesOf(xml: string, sheet: string): ReferenceSeries[] {
  return [...xml.matchAll(/<c:ser>(.*?)<\/c:ser>/g)].map(([, ser = ""]) => ({
    name: one(/<c:tx><c:v>(.*?)<\/c:v><\/c:tx>/, ser),
    color: one(/<c:spPr><a:solidFill><a:srgbClr val="(\w{6})"\/>/, ser),
    values: cellsOf(one(/<c:val><c:numRef><c:f>(.*?)<\/c:f>/, ser), sheet),
    categories: cellsOf(one(/<c:cat><c:strRef><c:f>(.*?)<\/c:f>/, ser), sheet),
    cached: [...one(/<c:numCache>(.*?)<\/c:numCache>/, ser).matchAll(/<c:v>(.*?)<\/c:v>/g)].map(([, v]) =>
      Number(v),
    ),
  }));
}

function anchorOf(drawing: string): RangeRef {
  const at = (tag: string, part: string) =>
    Number(one(new RegExp(`<xdr:${tag}>.*?<xdr:${part}>(\\d+)<`), drawing));
  // From the top-left corner of the first cell to the top-left corner of the cell past the last.
  return {
    top: at("from", "row") + 1,
    left: at("from", "col") + 1,
    bottom: at("to", "row"),
    right: at("to", "col"),
  };
}

/** The report of `period` made through the .xlsx path on `book`, read back from the package. */
export async function xlsxReportReference(
  book: ExcelJS.Workbook,
  period: Period,
): Promise<XlsxReportReference> {
  const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
  const workbook = await ExceljsWorkbook.fromBuffer(bytes, "plan.xlsx");
  const { sheet } = await createTertialReport(workbook, { period }, "refuse");
  const pkg = await XlsxPackage.open(await workbook.toBuffer());
  const part = (await sheetEntries(pkg, await workbookPartOf(pkg))).find((s) => s.name === sheet)?.part ?? "";
  const sheetXml = await requiredText(pkg, part);
  const charts = pkg.parts().filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  const drawingRel = (await relationshipsOf(pkg, part)).find((r) => r.type.endsWith("/drawing"));
  if (!drawingRel || charts.length === 0) throw new Error("The .xlsx report has no chart");
  const drawingPart = pkg.parts().find((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f)) ?? "";
  const drawing = await requiredText(pkg, drawingPart);
  const chart = await requiredText(pkg, charts[0] ?? "");
  return {
    sheet,
    title: one(/<c:chart><c:title>.*?<a:t>(.*?)<\/a:t>/, chart),
    valueAxisTitle: one(/<c:valAx>.*?<a:t>(.*?)<\/a:t>/, chart),
    categoriesTopToBottom: one(/<c:catAx>.*?<c:orientation val="(\w+)"\/>/, chart) === "maxMin",
    majorUnit: Number(one(/<c:majorUnit val="(\d+)"\/>/, chart)),
    series: seriesOf(chart, sheet),
    anchor: anchorOf(drawing),
    chartName: one(/<xdr:cNvPr id="\d+" name="(.*?)"/, drawing),
    charts: charts.length,
    pageStarts: [...sheetXml.matchAll(/<brk id="(\d+)"/g)].map(([, id]) => Number(id) + 1),
  };
}
