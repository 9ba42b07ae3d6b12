import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { ExceljsWorkbook } from "../../src/xlsx";

async function sheetXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
}

describe("writeWorkbookBuffer", () => {
  it("keeps Excel's automatic first page number on a user's sheet", async () => {
    const raw = new ExcelJS.Workbook();
    raw.addWorksheet("Mitt blad").getCell("A1").value = "Hej";
    const original = new Uint8Array((await raw.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await sheetXml(original)).not.toContain("useFirstPageNumber");

    const book = await ExceljsWorkbook.fromBuffer(original, "plan.xlsx");
    const saved = await book.toBuffer();

    expect(await sheetXml(saved)).not.toContain("useFirstPageNumber");
    expect(book.workbook.getWorksheet("Mitt blad")?.pageSetup.firstPageNumber).toBe(1);
  });

  it("keeps a first page number the user set", async () => {
    const raw = new ExcelJS.Workbook();
    const sheet = raw.addWorksheet("Mitt blad");
    sheet.getCell("A1").value = "Hej";
    sheet.pageSetup.firstPageNumber = 5;
    const original = new Uint8Array((await raw.xlsx.writeBuffer()) as ArrayBuffer);

    const saved = await (await ExceljsWorkbook.fromBuffer(original, "plan.xlsx")).toBuffer();

    expect(await sheetXml(saved)).toMatch(/firstPageNumber="5"[^>]*useFirstPageNumber="1"/);
  });
});
