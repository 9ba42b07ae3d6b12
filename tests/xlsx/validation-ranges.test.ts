import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { ExceljsWorkbook } from "../../src/xlsx";
import { dataValidations } from "../../src/xlsx/exceljs-internals";
import { ValidationLookup, validationRanges } from "../../src/xlsx/validation-ranges";
import { addTable, bytesOf, loadRaw } from "../helpers/xlsx-fixtures";

const list = (values: string): ExcelJS.DataValidation => ({ type: "list", formulae: [`"${values}"`] });

describe("validationRanges", () => {
  it("joins each column's run of identical cells into one range, ordered by row number", () => {
    const periods = list("T1,T2,VB");
    const model: Record<string, ExcelJS.DataValidation> = {};
    for (let row = 2; row <= 12; row++) model[`C${row}`] = periods;
    expect(validationRanges(model)).toEqual({ "C2:C12": periods });
  });

  it("keeps gaps, columns and different validations apart", () => {
    const periods = list("T1,T2,VB");
    const statuses = list("Uppfyllt,Ej uppfyllt");
    const result = validationRanges({
      C2: periods,
      C3: periods,
      C5: periods,
      D2: statuses,
      D3: { ...statuses },
      E2: periods,
      "F2:F9": statuses,
    });
    expect(result).toEqual({
      "C2:C3": periods,
      C5: periods,
      "D2:D3": statuses,
      E2: periods,
      "F2:F9": statuses,
    });
  });
});

describe("ExceljsWorkbook.toBuffer with data validations", () => {
  it("writes disjoint ranges where exceljs alone would overlap them", async () => {
    const book = new (await import("exceljs")).default.Workbook();
    const sheet = book.addWorksheet("Uppföljning");
    for (let row = 2; row <= 120; row++) sheet.getCell(`C${row}`).dataValidation = list("T1,T2,VB");
    const loaded = await ExceljsWorkbook.fromBuffer(await bytesOf(book), "plan.xlsx");
    const saved = await loaded.toBuffer();
    const xml = await (await JSZip.loadAsync(saved)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect([...xml.matchAll(/sqref="([^"]+)"/g)].map((m) => m[1])).toEqual(["C2:C120"]);
    const reread = (await loadRaw(saved)).getWorksheet("Uppföljning")!;
    expect(reread.getCell("C77").dataValidation).toMatchObject({ type: "list" });
    expect(reread.getCell("C121").dataValidation).toBeUndefined();
  });

  it("keeps the workbook's validations by cell after saving", async () => {
    const port = ExceljsWorkbook.empty();
    const sheet = port.workbook.addWorksheet("Blad1");
    sheet.getCell("A2").dataValidation = list("ja,nej");
    await port.toBuffer();
    expect(sheet.getCell("A2").dataValidation).toMatchObject({ type: "list" });
  });
});

describe("ValidationLookup", () => {
  it("finds a cell's validation by its address or a range holding it", () => {
    const periods = list("T1,T2,VB");
    const statuses = list("Uppfyllt");
    const lookup = new ValidationLookup({ C2: periods, "D2:E1000": statuses });
    expect(lookup.at(2, 3)).toBe(periods);
    expect(lookup.at(3, 3)).toBeUndefined();
    expect(lookup.at(1000, 5)).toBe(statuses);
    expect(lookup.at(1001, 5)).toBeUndefined();
    expect(lookup.at(500, 6)).toBeUndefined();
  });
});

describe("ExceljsWorkbook.appendRows with validations held as ranges", () => {
  it("extends a range's validation to new rows beyond it", async () => {
    const port = ExceljsWorkbook.empty();
    const sheet = addTable(port.workbook, {
      sheet: "Utfall",
      name: "Utfall",
      headers: ["Period"],
      rows: [["T1"], ["T2"]],
    });
    const periods = list("T1,T2,VB");
    dataValidations(sheet).add("A2:A3", periods);
    await port.appendRows(
      {
        table: "Utfall",
        sheet: "Utfall",
        excelTable: "Utfall",
        top: 1,
        left: 1,
        rowCount: 2,
        headers: ["Period"],
      },
      [["VB"]],
    );
    const reread = (await loadRaw(await port.toBuffer())).getWorksheet("Utfall")!;
    expect(reread.getCell("A4").dataValidation).toEqual(periods);
    expect(reread.getCell("A5").dataValidation).toBeUndefined();
  });
});
