import { describe, expect, it } from "vitest";
import { planTemplate, type CellInput } from "../../src/plan";
import { FakeExcel, readValues, tableModel, WEB_PAYLOAD_LIMIT } from "../fake-excel";
import { planExcel } from "./plan-excel";
import { officeWorkbookOn } from "./support";

const LONG = "Genomförda aktiviteter: trygghetsvandring, möten med skolan och polisen. ".repeat(14);

function followUp(i: number): CellInput[] {
  return [`1.${i}`, 2026, "T2", "Uppfyllt", null, `${i}: ${LONG}`, i % 9, "Anna Andersson", null];
}

describe("OfficeWorkbook payload chunking", () => {
  it("cuts a write of more than 5 MB into requests under Excel on the web's limit, data intact", async () => {
    const excel = planExcel();
    const rows = Array.from({ length: 6000 }, (_, i) => followUp(i));
    const location = {
      table: "Uppfoljning" as const,
      sheet: "Uppföljning",
      excelTable: "Uppfoljning",
      top: 1,
      left: 1,
      rowCount: 2,
      headers: planTemplate().find((t) => t.name === "Uppfoljning")?.headers ?? [],
    };
    await officeWorkbookOn(excel).appendRows(location, rows);
    const written = excel.batches.slice(1);
    expect(written.reduce((sum, b) => sum + b.bytes, 0)).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(written.length).toBeGreaterThan(1);
    for (const batch of excel.batches) expect(batch.bytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(readValues(excel, "Uppföljning", "A4:B4")).toEqual([["1.0", 2026]]);
    expect(readValues(excel, "Uppföljning", "F6003")).toEqual([[`5999: ${LONG}`]]);
    expect(tableModel(excel, "Uppfoljning")?.ref.bottom).toBe(6003);
    expect(excel.calls).not.toContain("rows.add");
  });

  it("cuts a large import the same way under a smaller limit", async () => {
    const limit = 60_000;
    const excel = new FakeExcel({ payloadLimitBytes: limit });
    const rows = Array.from({ length: 400 }, (_, i) => followUp(i));
    const tables = planTemplate({ Uppfoljning: rows }).filter((t) => t.name === "Uppfoljning");
    await officeWorkbookOn(excel, { payloadLimitBytes: limit }).createTables(tables);
    expect(excel.batches.length).toBeGreaterThan(3);
    for (const batch of excel.batches) expect(batch.bytes).toBeLessThan(limit);
    expect(tableModel(excel, "Uppfoljning")?.ref).toEqual({ top: 1, left: 1, bottom: 401, right: 9 });
    expect(readValues(excel, "Uppföljning", "A401:C401")).toEqual([["1.399", 2026, "T2"]]);
  });
});
