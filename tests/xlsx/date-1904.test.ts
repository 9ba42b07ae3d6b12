/**
 * A workbook that counts dates from 1904 (old Mac Excel; Excel → Options → "Use 1904 date
 * system"): `<workbookPr date1904="1"/>` in xl/workbook.xml, and every date cell's serial
 * 1,462 days smaller. The file here is made as such a workbook is stored: written with raw
 * exceljs in the 1900 system, then its XML changed, so the adapter's reading is not checked
 * against its own writing.
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { rawDate, validatePlan } from "../../src/plan";
import { ExceljsWorkbook } from "../../src/xlsx";
import { followUpRow } from "../helpers/snapshot-builder";
import { bytesOf, planWorkbook } from "../helpers/xlsx-fixtures";

/** 2026-05-10 as a serial number: 1900 system, and 1904 system. */
const SERIAL_1900 = 46152;
const SERIAL_1904 = SERIAL_1900 - 1462;

async function as1904(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  if (!workbook) throw new Error("no workbook.xml");
  const marked = /<workbookPr\b/.test(workbook)
    ? workbook.replace(/<workbookPr\b/, '<workbookPr date1904="1"')
    : workbook.replace(/(<workbook\b[^>]*>)/, '$1<workbookPr date1904="1"/>');
  zip.file("xl/workbook.xml", marked);
  let shifted = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = (await zip.file(name)?.async("string")) ?? "";
    const next = xml.replaceAll(`<v>${SERIAL_1900}</v>`, `<v>${SERIAL_1904}</v>`);
    if (next !== xml) shifted++;
    zip.file(name, next);
  }
  if (shifted === 0) throw new Error("no date cell of 2026-05-10 found to shift");
  return zip.generateAsync({ type: "uint8array" });
}

describe("ExceljsWorkbook on a workbook in the 1904 date system", () => {
  it("reads its dates as the dates Excel shows", async () => {
    const book = planWorkbook({
      Uppfoljning: [followUpRow({ Aktivitet: "1.1", Rapportdatum: rawDate("2026-05-10") })],
    });
    const port = await ExceljsWorkbook.fromBuffer(await as1904(await bytesOf(book)), "plan.xlsx");
    const snapshot = await port.readSnapshot();
    const table = snapshot.sheets.flatMap((s) => s.tables).find((t) => t.name === "Uppfoljning");
    const column = table?.headers.indexOf("Rapportdatum") ?? -1;
    expect(table?.rows[0]?.[column]).toEqual(rawDate("2026-05-10"));
    const report = validatePlan(snapshot, { checkDate: "2026-05-20" });
    expect(report.findings.filter((f) => f.rule === "report-date-range")).toEqual([]);
  });
});
