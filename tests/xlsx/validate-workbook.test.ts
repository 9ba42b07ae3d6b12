/** The real validator on workbooks written with raw exceljs and read through the adapter. */
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { rawDate, rawError, validatePlan, type Finding, type ValidationReport } from "../../src/plan";
import { ExceljsWorkbook } from "../../src/xlsx";
import { activityRow, followUpRow } from "../helpers/snapshot-builder";
import { addTable, bytesOf, planWorkbook } from "../helpers/xlsx-fixtures";

async function validate(book: ExcelJS.Workbook): Promise<ValidationReport> {
  const port = await ExceljsWorkbook.fromBuffer(await bytesOf(book), "plan.xlsx");
  return validatePlan(await port.readSnapshot(), { checkDate: "2026-05-20" });
}

function only(report: ValidationReport, rule: Finding["rule"]): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

describe("validatePlan on an .xlsx read by ExceljsWorkbook", () => {
  it("reports nothing on the valid plan", async () => {
    const report = await validate(planWorkbook());
    expect(report.findings).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it("accepts both a date cell and an ISO text date in Rapportdatum", async () => {
    const report = await validate(
      planWorkbook({
        Uppfoljning: [
          followUpRow({ Aktivitet: "1.1", Rapportdatum: rawDate("2026-05-10") }),
          followUpRow({ Aktivitet: "1.2", Rapportdatum: "2026-05-11" }),
        ],
      }),
    );
    expect(report.findings).toEqual([]);
  });

  it("reports an activity Nr typed as the number 1.1 as nr-not-text at its cell", async () => {
    const report = await validate(
      planWorkbook({
        Aktiviteter: [activityRow({ Nr: 1.1 }), activityRow({ Nr: "1.2", Aktivitet: "Bredäng" })],
      }),
    );
    const findings = only(report, "nr-not-text");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", address: "Aktiviteter!A2", value: "1.1", row: 1 });
  });

  it("reports a formula with a cached #N/A as formula-error", async () => {
    const book = planWorkbook();
    book.getWorksheet("Aktiviteter")!.getCell("G3").value = {
      formula: 'VLOOKUP("x",Deltagare!A:B,2,FALSE)',
      result: { error: "#N/A" },
    };
    const findings = only(await validate(book), "formula-error");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", address: "Aktiviteter!G3", value: "#N/A" });
  });

  it("reports an error value typed into a cell as formula-error", async () => {
    const report = await validate(
      planWorkbook({
        Aktiviteter: [
          activityRow({ Nr: "1.1", Sammankallande: rawError("#REF!") }),
          activityRow({ Nr: "1.2" }),
        ],
      }),
    );
    expect(only(report, "formula-error").map((f) => f.address)).toEqual(["Aktiviteter!G2"]);
  });

  it("reports merged cells in a table", async () => {
    const book = planWorkbook();
    book.getWorksheet("Aktiviteter")!.mergeCells("C2:D2");
    const findings = only(await validate(book), "merged-cells");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", table: "Aktiviteter", value: "C2:D2" });
  });

  it("warns about a blank row between data rows", async () => {
    const report = await validate(
      planWorkbook({
        Aktiviteter: [activityRow({ Nr: "1.1" }), {}, activityRow({ Nr: "1.2", Aktivitet: "B" })],
      }),
    );
    const findings = only(report, "blank-row");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "warning", table: "Aktiviteter", row: 2 });
  });

  it("says nothing about blank rows at the end of a table", async () => {
    const report = await validate(
      planWorkbook({
        Aktiviteter: [activityRow({ Nr: "1.1" }), activityRow({ Nr: "1.2", Aktivitet: "B" }), {}, {}],
      }),
    );
    expect(report.findings).toEqual([]);
  });

  it("quotes a sheet name with å, ä or ö in addresses", async () => {
    const report = await validate(
      planWorkbook({
        Uppfoljning: [followUpRow({ Aktivitet: "1.1", Period: "T3" }), followUpRow({ Aktivitet: "1.2" })],
      }),
    );
    const findings = only(report, "enum");
    expect(findings.map((f) => f.address)).toEqual(["'Uppföljning'!C2"]);
  });

  it("finds a table on a plain range sheet by its headers", async () => {
    const book = planWorkbook({ Omraden: null });
    const sheet = book.addWorksheet("Områden");
    sheet.addRow(["Nr", "Område", "Övergripande mål och syfte"]);
    sheet.addRow([1, "Riktat arbete i utsatta områden", "Minska brottsligheten."]);
    const report = await validate(book);
    expect(report.findings).toEqual([]);
  });

  it("reads a table placed below a title", async () => {
    const book = planWorkbook({ Deltagare: null });
    book.addWorksheet("Deltagare").getCell("A1").value = "Deltagare per aktivitet";
    addTable(book, {
      sheet: "Deltagare",
      name: "Deltagare",
      ref: "B4",
      headers: ["Aktivitet", "Part", "Kontakt"],
      rows: [
        ["1.1", "Stadsdelsförvaltningen", "Preventionsstrateg"],
        ["1.1", "Polisen", "Kommunpoliser"],
        ["1.1", "Utbildningsförvaltningen", "Rektor"],
        ["1.2", "Stadsdelsförvaltningen", "Preventionsstrateg"],
        ["1.2", "Polisen", "Kommunpoliser"],
        ["1.2", "Utbildningsförvaltningen", "Rektor"],
      ],
    });
    const report = await validate(book);
    expect(report.findings).toEqual([]);
  });
});
