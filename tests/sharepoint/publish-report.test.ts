import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildReportFile } from "../../src/cli/publish-report";
import { ExceljsWorkbook } from "../../src/xlsx";
import { planBytes } from "./support";

async function openRaw(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

function texts(sheet: ExcelJS.Worksheet): string[] {
  const found: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => found.push(String(cell.value))));
  return found;
}

describe("buildReportFile", () => {
  it("makes a workbook holding the report sheet alone, named after the period and title", async () => {
    const plan = await ExceljsWorkbook.fromBuffer(await planBytes(), "plan.xlsx");
    const file = await buildReportFile(plan, { period: "T1", createdOn: "2026-05-20" });
    expect(file.fileName).toBe("Rapport T1 2026 – Åtgärdsplan för gemensamma prioriteringar.xlsx");
    const report = await openRaw(file.bytes);
    expect(report.worksheets.map((ws) => ws.name)).toEqual(["Rapport T1 2026"]);
    const sheet = report.getWorksheet("Rapport T1 2026")!;
    expect(sheet.getCell("A1").value).toBe("Åtgärdsplan för gemensamma prioriteringar");
    expect(sheet.getCell("A2").value).toBe("Tertial 1 (januari–april) 2026: 2026-01-01–2026-04-30");
    expect(sheet.getCell("A3").value).toBe("Stadsdelsförvaltning: Skärholmen");
    const all = texts(sheet);
    expect(all).toContain("1.1 Platssamverkan Vårberg");
    expect(all).toContain("1.2 Platssamverkan Bredäng");
    expect(all).toContain("Fyra möten och en trygghetsvandring.");
  });

  it("leaves the plan workbook as it was", async () => {
    const plan = await ExceljsWorkbook.fromBuffer(await planBytes(), "plan.xlsx");
    const sheetsBefore = plan.workbook.worksheets.map((ws) => ws.name);
    await buildReportFile(plan, { period: "T2" });
    expect(plan.workbook.worksheets.map((ws) => ws.name)).toEqual(sheetsBefore);
  });
});
