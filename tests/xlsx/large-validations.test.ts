/** Whole-column data validations: kept as ranges through load, append and save. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { ExceljsWorkbook } from "../../src/xlsx";
import { dataValidations } from "../../src/xlsx/exceljs-internals";
import { liftFromSheetXml } from "../../src/xlsx/large-validations";
import { addTable, bytesOf, loadRaw } from "../helpers/xlsx-fixtures";

const PERIODS: ExcelJS.DataValidation = {
  type: "list",
  allowBlank: true,
  formulae: ['"T1,T2,VB"'],
  showErrorMessage: true,
  errorTitle: "Fel period",
  error: 'Skriv "T1", "T2" eller "VB".',
};

/** A follow-up table with a list on the whole Period column, as Excel writes it. */
async function wholeColumnFile(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = addTable(book, {
    sheet: "Uppföljning",
    name: "Uppfoljning",
    headers: ["Aktivitet", "År", "Period"],
    rows: [["1.1", 2026, "T1"]],
  });
  (
    sheet as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add("C1:C1048576", PERIODS);
  sheet.getCell("E2").dataValidation = {
    type: "whole",
    operator: "greaterThan",
    formulae: [0],
    allowBlank: true,
  };
  return bytesOf(book);
}

async function sqrefs(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
  return [...xml.matchAll(/sqref="([^"]+)"/g)].map((m) => m[1] ?? "").sort();
}

describe("ExceljsWorkbook with a validation on a whole column", () => {
  it("holds it as one range, not a million cells", async () => {
    const port = await ExceljsWorkbook.fromBuffer(await wholeColumnFile(), "plan.xlsx");
    const model = dataValidations(port.workbook.getWorksheet("Uppföljning")!).model;
    expect(Object.keys(model).sort()).toEqual(["C1:C1048576", "E2"]);
    expect(model["C1:C1048576"]).toEqual(PERIODS);
  });

  it("saves it as it was, after appending rows", async () => {
    const port = await ExceljsWorkbook.fromBuffer(await wholeColumnFile(), "plan.xlsx");
    const table = (await port.readSnapshot()).sheets[0]!.tables[0]!;
    await port.appendRows(
      {
        table: "Uppfoljning",
        sheet: table.sheet,
        excelTable: table.name,
        top: 1,
        left: 1,
        rowCount: 1,
        headers: table.headers,
      },
      [["1.2", 2026, "T1"]],
    );
    const saved = await port.toBuffer();
    expect(await sqrefs(saved)).toEqual(["C1:C1048576", "E2"]);
    const reread = (await loadRaw(saved)).getWorksheet("Uppföljning")!;
    expect(reread.getCell("C3").dataValidation).toEqual(PERIODS);
    expect(reread.getCell("C3").value).toBe("T1");
    expect(reread.getCell("E2").dataValidation).toMatchObject({
      type: "whole",
      operator: "greaterThan",
      formulae: [0],
    });
  });
});

describe("liftFromSheetXml", () => {
  const sheet = (validations: string) =>
    `<worksheet><sheetData/><dataValidations count="2">${validations}</dataValidations><pageMargins/></worksheet>`;

  it("lifts a large validation as exceljs would model it, and leaves small ones", () => {
    const large =
      '<dataValidation type="list" allowBlank="1" showErrorMessage="1" error="Välj &quot;T1&quot;" sqref="C1:C1048576 D1:D1048576">' +
      "<formula1>&quot;T1,T2,VB&quot;</formula1></dataValidation>";
    const small =
      '<dataValidation type="whole" operator="greaterThan" sqref="E2:E10"><formula1>0</formula1></dataValidation>';
    const { xml, lifted } = liftFromSheetXml(sheet(large + small));
    expect(lifted).toEqual([
      {
        ranges: ["C1:C1048576", "D1:D1048576"],
        validation: {
          type: "list",
          allowBlank: true,
          showErrorMessage: true,
          error: 'Välj "T1"',
          formulae: ['"T1,T2,VB"'],
        },
      },
    ]);
    expect(xml).toBe(sheet(small));
  });

  it("removes the wrapper when nothing is left in it", () => {
    const large =
      '<x:dataValidation type="decimal" sqref="B1:B1048576"><x:formula1>1.5</x:formula1><x:formula2>9</x:formula2></x:dataValidation>';
    const { xml, lifted } = liftFromSheetXml(
      `<worksheet><dataValidations count="1">${large}</dataValidations></worksheet>`,
    );
    expect(xml).toBe("<worksheet></worksheet>");
    expect(lifted[0]?.validation).toEqual({ type: "decimal", operator: "between", formulae: [1.5, 9] });
  });
});
