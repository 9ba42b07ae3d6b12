import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildTertialReport,
  layoutTertialReport,
  locatePlanTables,
  PlanWriteRefused,
  readPlanData,
  type Period,
  type SheetLayout,
} from "../../src/plan";
import { definedNameSheets, writeSheetLayout } from "../../src/xlsx/write-sheet";
import { makeTempDir, removeTempDir } from "../helpers/cli";
import { FORMULA_LIKE, reportSnapshot, writeReportFixture } from "../helpers/report-fixture";
import { loadWorkbook, withoutSheets, workbookFingerprint } from "../helpers/workbook-fingerprint";

let dir = "";
beforeAll(() => {
  dir = makeTempDir("atgardsplan-write-sheet-");
});
afterAll(() => removeTempDir(dir));

function layout(period: Period): SheetLayout {
  return layoutTertialReport(
    buildTertialReport(readPlanData(locatePlanTables(reportSnapshot())), period, 2026),
  );
}

/** The fixture as saved and opened again, like a file a user has. */
async function fixture(name: string, userSheet?: string): Promise<ExcelJS.Workbook> {
  const path = join(dir, `${name}.xlsx`);
  await writeReportFixture(path, userSheet === undefined ? {} : { userSheet });
  return loadWorkbook(path);
}

async function saveAndReload(book: ExcelJS.Workbook, name: string): Promise<ExcelJS.Workbook> {
  const path = join(dir, `${name}-out.xlsx`);
  await book.xlsx.writeFile(path);
  return loadWorkbook(path);
}

/** The rows whose column A holds `value`. */
function rowsWith(ws: ExcelJS.Worksheet, value: string): number[] {
  const rows: number[] = [];
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === value) rows.push(n);
  });
  return rows;
}

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = book.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe("writeSheetLayout", () => {
  it("writes the report's cells, values as values and statuses coloured, and keeps them on reload", async () => {
    const book = await fixture("cells");
    expect(writeSheetLayout(book, layout("T1"), "refuse")).toEqual({
      sheet: "Rapport T1 2026",
      replaced: false,
    });
    const ws = sheet(await saveAndReload(book, "cells"), "Rapport T1 2026");
    expect(ws.getCell("A1").value).toBe("Åtgärdsplan för gemensamma prioriteringar");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    const summary = rowsWith(ws, "Sammanfattning per område")[0] ?? 0;
    expect(ws.getCell(summary + 2, 2).value).toBe(3);
    const [first, second] = rowsWith(ws, "Målet nått");
    expect(ws.getCell(`B${first}`).value).toBe("Uppfyllt");
    expect(ws.getCell(`B${first}`).fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFC6EFCE" },
    });
    expect(ws.getCell(`B${second}`).value).toBe("Delvis uppfyllt");
    expect(ws.getCell(`B${second}`).fill).toMatchObject({ fgColor: { argb: "FFFFEB9C" } });
    expect(ws.getCell(`B${first}`).border).toMatchObject({
      top: { style: "thin" },
      bottom: { style: "thin" },
    });
    expect(ws.getCell(`B${(first ?? 0) + 2}`).alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws.getColumn(1).width).toBe(24);
    expect(Object.keys((ws as unknown as { _merges: object })._merges)).toContain("A1");
  });

  it("writes text that starts with =, +, - or @ as text, never as a formula", async () => {
    const book = await fixture("formula");
    writeSheetLayout(book, layout("T1"), "refuse");
    const ws = sheet(await saveAndReload(book, "formula"), "Rapport T1 2026");
    const texts = [
      FORMULA_LIKE.comment11,
      FORMULA_LIKE.comment12,
      FORMULA_LIKE.done12,
      FORMULA_LIKE.comment110,
    ];
    const found: ExcelJS.Cell[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // Merged cells report their master's value; only the master holds it.
        if (cell.type !== ExcelJS.ValueType.Merge && texts.includes(cell.value as never)) found.push(cell);
      }),
    );
    expect(found.map((c) => c.value).sort()).toEqual([...texts].sort());
    for (const cell of found) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeFalsy();
    }
  });

  it("sets up printing and marks the sheet, and exceljs keeps both through save and reload", async () => {
    const book = await fixture("print");
    writeSheetLayout(book, layout("T2"), "refuse");
    const path = join(dir, "print-out.xlsx");
    await book.xlsx.writeFile(path);
    const ws = sheet(await loadWorkbook(path), "Rapport T2 2026");
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
    });
    expect(ws.headerFooter.oddFooter).toBe("&CSkärholmen · Tertial 2 (maj–augusti) 2026 – sida &P av &N");
    expect(definedNameSheets(await loadWorkbook(path), "atgardsplan_rapport_T2_2026")).toEqual([
      "Rapport T2 2026",
    ]);
    // What Excel reads: the XML itself.
    const zip = await JSZip.loadAsync(readFileSync(path));
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbookXml).toContain(
      `<definedName name="atgardsplan_rapport_T2_2026">&apos;Rapport T2 2026&apos;!$A$1</definedName>`,
    );
    expect(workbookXml).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="9">&apos;Rapport T2 2026&apos;!\$1:\$2<\/definedName>/,
    );
  });

  it("leaves every other sheet, table, style, data validation and defined name as it was", async () => {
    const before = workbookFingerprint(await saveAndReload(await fixture("same"), "same-before"));
    const book = await fixture("same");
    writeSheetLayout(book, layout("T1"), "refuse");
    const after = workbookFingerprint(await saveAndReload(book, "same-after"));
    expect(after.sheetOrder).toEqual([...before.sheetOrder, "Rapport T1 2026"]);
    expect(withoutSheets(after, ["Rapport T1 2026"], ["atgardsplan_rapport_T1_2026"])).toEqual(before);
    expect(before.definedNames.map((d) => d.name)).toContain("Startvarde");
  });

  it("replaces the sheet it made, in the same place among the sheets", async () => {
    const book = await fixture("replace");
    writeSheetLayout(book, layout("T1"), "refuse");
    const first = await saveAndReload(book, "replace-1");
    // The user moves the report first and writes in it; regenerating replaces it there.
    (sheet(first, "Rapport T1 2026") as unknown as { orderNo: number }).orderNo = -1;
    sheet(first, "Rapport T1 2026").getCell("A200").value = "gammalt";
    const reopened = await saveAndReload(first, "replace-2");
    expect(writeSheetLayout(reopened, layout("T1"), "refuse")).toEqual({
      sheet: "Rapport T1 2026",
      replaced: true,
    });
    const after = await saveAndReload(reopened, "replace-3");
    expect(after.worksheets.map((w) => w.name).filter((n) => n.startsWith("Rapport"))).toEqual([
      "Rapport T1 2026",
    ]);
    expect(after.worksheets[0]?.name).toBe("Rapport T1 2026");
    expect(sheet(after, "Rapport T1 2026").getCell("A200").value).toBeNull();
    expect(definedNameSheets(after, "atgardsplan_rapport_T1_2026")).toEqual(["Rapport T1 2026"]);
  });

  it("refuses to touch a user's own sheet of the same name", async () => {
    const book = await fixture("refuse", "Rapport T1 2026");
    const before = workbookFingerprint(book);
    const error = (() => {
      try {
        writeSheetLayout(book, layout("T1"), "refuse");
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PlanWriteRefused);
    expect((error as PlanWriteRefused).userMessage).toContain(
      'Bladet "Rapport T1 2026" finns redan och är inte skapat av atgardsplan',
    );
    expect(workbookFingerprint(book)).toEqual(before);
  });

  it("writes under a free name beside a user's sheet, and replaces that copy next time", async () => {
    const book = await fixture("free", "Rapport T1 2026");
    expect(writeSheetLayout(book, layout("T1"), "free-name")).toEqual({
      sheet: "Rapport T1 2026 (2)",
      replaced: false,
    });
    const reopened = await saveAndReload(book, "free");
    expect(writeSheetLayout(reopened, layout("T1"), "free-name")).toEqual({
      sheet: "Rapport T1 2026 (2)",
      replaced: true,
    });
    expect(sheet(reopened, "Rapport T1 2026").getCell("A1").value).toBe("Mitt eget blad");
  });

  it("leaves a report the user renamed alone and writes a new one", async () => {
    const book = await fixture("renamed");
    writeSheetLayout(book, layout("T1"), "refuse");
    sheet(book, "Rapport T1 2026").name = "Min T1";
    book.definedNames.remove("'Rapport T1 2026'!$A$1", "atgardsplan_rapport_T1_2026");
    book.definedNames.add("'Min T1'!$A$1", "atgardsplan_rapport_T1_2026");
    expect(writeSheetLayout(book, layout("T1"), "refuse")).toEqual({
      sheet: "Rapport T1 2026",
      replaced: false,
    });
    expect(book.getWorksheet("Min T1")?.getCell("A1").value).toBe(
      "Åtgärdsplan för gemensamma prioriteringar",
    );
    expect(definedNameSheets(book, "atgardsplan_rapport_T1_2026")).toEqual(["Rapport T1 2026"]);
  });

  it("refuses a layout whose merged ranges overlap, before exceljs sees them", async () => {
    const book = await fixture("overlap");
    const base = layout("T1");
    const bad: SheetLayout = { ...base, merges: [...base.merges, { top: 1, left: 2, bottom: 2, right: 3 }] };
    const sheets = book.worksheets.map((w) => w.name);
    expect(() => writeSheetLayout(book, bad, "refuse")).toThrow("Sammanfogade områden överlappar i B1:C2");
    expect(book.worksheets.map((w) => w.name)).toEqual(sheets);
  });
});
