import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readSheetModel, sheetTabs } from "../../src/preview/sheet-model";
import { addTable, bytesOf, loadRaw } from "../helpers/xlsx-fixtures";

/** A workbook as a user might have it, written and read back with raw exceljs. */
async function userWorkbook(): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  addTable(book, {
    sheet: "Aktiviteter",
    name: "Aktiviteter",
    headers: ["Nr", "Aktivitet", "Löptid"],
    rows: [
      ["1.10", "Platssamverkan", "Tillsvidare"],
      [null, null, null],
    ],
  });
  const notes = book.addWorksheet("Anteckningar");
  notes.getCell("A1").value = "Rubrik över tre kolumner";
  notes.mergeCells("A1:C1");
  notes.getCell("A1").font = { bold: true };
  notes.getCell("B3").value = 1.5;
  notes.getCell("C3").value = new Date("2026-05-15T00:00:00Z");
  notes.getCell("C3").numFmt = "yyyy-mm-dd";
  notes.getCell("D4").value = { richText: [{ text: "Fet " }, { text: "text" }] };
  notes.getCell("E5").value = "Uppfyllt";
  notes.getCell("E5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } };
  notes.getColumn(2).width = 30;
  book.addWorksheet("Dold", { state: "hidden" });
  book.addWorksheet("Mycket dold", { state: "veryHidden" });
  return loadRaw(await bytesOf(book));
}

describe("sheetTabs", () => {
  it("reports the sheets in order, hidden ones marked, very hidden ones left out", async () => {
    expect(sheetTabs(await userWorkbook())).toEqual([
      { name: "Aktiviteter", hidden: false },
      { name: "Anteckningar", hidden: false },
      { name: "Dold", hidden: true },
    ]);
  });
});

describe("readSheetModel", () => {
  it("reports each cell's text as Swedish Excel shows it: decimal comma, ISO dates, rich text joined", async () => {
    const model = readSheetModel(await userWorkbook(), "Anteckningar");
    expect(model?.cell(3, 2)).toMatchObject({ text: "1,5", numeric: true });
    expect(model?.cell(3, 3)).toMatchObject({ text: "2026-05-15", numeric: false });
    expect(model?.cell(4, 4)?.text).toBe("Fet text");
    expect(model?.cell(2, 2)).toBeNull();
  });

  it("reports bold text, fill colours (Målet nått in a report) and a merged range's span", async () => {
    const model = readSheetModel(await userWorkbook(), "Anteckningar");
    expect(model?.cell(1, 1)).toMatchObject({ text: "Rubrik över tre kolumner", bold: true });
    expect(model?.cell(5, 5)).toMatchObject({ text: "Uppfyllt", fill: "#C6EFCE", bold: false });
    expect([1, 2, 3, 4].map((c) => model?.span(1, c))).toEqual([3, 0, 0, 1]);
    expect(model?.lastRow).toBe(5);
    expect(model?.lastColumn).toBe(5);
  });

  it("reports column widths in pixels from the sheet's widths, a default elsewhere", async () => {
    const model = readSheetModel(await userWorkbook(), "Anteckningar");
    expect(model?.width(2)).toBe(215); // 30 characters
    expect(model?.width(1)).toBe(64); // Excel's default 8.43 characters
  });

  it("marks a table's header row and reaches to the table's blank last row", async () => {
    const model = readSheetModel(await userWorkbook(), "Aktiviteter");
    expect(model?.cell(1, 1)).toMatchObject({ text: "Nr", tableHeader: true });
    expect(model?.cell(2, 1)).toMatchObject({ text: "1.10", tableHeader: false });
    expect(model?.lastRow).toBe(3);
    expect(model?.lastColumn).toBe(3);
  });

  it("reports null for a sheet that does not exist", async () => {
    expect(readSheetModel(await userWorkbook(), "Saknas")).toBeNull();
  });

  it("reads a sheet without creating cells in it", async () => {
    const book = await userWorkbook();
    const before = await bytesOf(book);
    readSheetModel(book, "Anteckningar")?.cell(30, 30);
    const sheet = book.getWorksheet("Anteckningar");
    expect(sheet?.rowCount).toBe(5);
    expect((await bytesOf(book)).length).toBe(before.length);
  });
});
