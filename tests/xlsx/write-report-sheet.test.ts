/**
 * A report sheet written into a user's workbook through the port (writeSheet): its cells,
 * looks and print setup as Excel reads them, and every other sheet as it was.
 */
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
import { ExceljsWorkbook } from "../../src/xlsx";
import { makeTempDir, removeTempDir } from "../helpers/cli";
import { FORMULA_LIKE, reportSnapshot, writeReportFixture } from "../helpers/report-fixture";
import { withoutSheets, workbookFingerprint } from "../helpers/workbook-fingerprint";
import { loadRaw } from "../helpers/xlsx-fixtures";

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

/** The fixture's bytes, as a file a user has. */
async function fixture(name: string, userSheet?: string): Promise<Uint8Array> {
  const path = join(dir, `${name}.xlsx`);
  await writeReportFixture(path, userSheet === undefined ? {} : { userSheet });
  return new Uint8Array(readFileSync(path));
}

async function open(bytes: Uint8Array): Promise<ExceljsWorkbook> {
  return ExceljsWorkbook.fromBuffer(bytes, "plan.xlsx");
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

async function workbookXml(bytes: Uint8Array): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) ?? "";
}

/** Moves a sheet to the front of the sheet list, as a user dragging its tab does. */
async function moveFirst(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const entry = new RegExp(`<sheet [^>]*name="${name}"[^>]*/>`).exec(xml)?.[0] ?? "";
  zip.file("xl/workbook.xml", xml.replace(entry, "").replace("<sheets>", `<sheets>${entry}`));
  return zip.generateAsync({ type: "uint8array" });
}

describe("writeSheet into a workbook file", () => {
  it("writes the report's cells, values as values and statuses coloured, as exceljs reads them back", async () => {
    const book = await open(await fixture("cells"));
    expect(await book.writeSheet(layout("T1"), "refuse")).toEqual({
      sheet: "Rapport T1 2026",
      replaced: false,
    });
    const ws = sheet(await loadRaw(await book.toBuffer()), "Rapport T1 2026");
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
    const book = await open(await fixture("formula"));
    await book.writeSheet(layout("T1"), "refuse");
    const ws = sheet(await loadRaw(await book.toBuffer()), "Rapport T1 2026");
    const texts = [
      FORMULA_LIKE.comment11,
      FORMULA_LIKE.comment12,
      FORMULA_LIKE.done12,
      FORMULA_LIKE.comment110,
    ];
    const found: ExcelJS.Cell[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Merge && texts.includes(cell.value as never)) found.push(cell);
      }),
    );
    expect(found.map((c) => c.value).sort()).toEqual([...texts].sort());
    for (const cell of found) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeFalsy();
    }
  });

  it("sets up printing and marks the sheet: the XML Excel reads", async () => {
    const book = await open(await fixture("print"));
    await book.writeSheet(layout("T2"), "refuse");
    const bytes = await book.toBuffer();
    const ws = sheet(await loadRaw(bytes), "Rapport T2 2026");
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
    });
    expect(ws.headerFooter.oddFooter).toBe("&CSkärholmen · Tertial 2 (maj–augusti) 2026 – sida &P av &N");
    const xml = await workbookXml(bytes);
    expect(xml).toContain(
      `<definedName name="atgardsplan_rapport_T2_2026">'Rapport T2 2026'!$A$1</definedName>`,
    );
    expect(xml).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="9">'Rapport T2 2026'!\$1:\$2<\/definedName>/,
    );
  });

  it("leaves every other sheet, table, style, data validation and defined name as it was", async () => {
    const bytes = await fixture("same");
    const before = workbookFingerprint(await loadRaw(bytes));
    const book = await open(bytes);
    await book.writeSheet(layout("T1"), "refuse");
    const after = workbookFingerprint(await loadRaw(await book.toBuffer()));
    expect(after.sheetOrder).toEqual([...before.sheetOrder, "Rapport T1 2026"]);
    expect(withoutSheets(after, ["Rapport T1 2026"], ["atgardsplan_rapport_T1_2026"])).toEqual(before);
    expect(before.definedNames.map((d) => d.name)).toContain("Startvarde");
  });

  it("replaces the sheet it made, in the same place among the sheets", async () => {
    const first = await open(await fixture("replace"));
    await first.writeSheet(layout("T1"), "refuse");
    // The user moves the report to the front; regenerating replaces it there.
    const moved = await open(await moveFirst(await first.toBuffer(), "Rapport T1 2026"));
    expect(await moved.writeSheet(layout("T1"), "refuse")).toEqual({
      sheet: "Rapport T1 2026",
      replaced: true,
    });
    const after = await loadRaw(await moved.toBuffer());
    expect(after.worksheets.map((w) => w.name).filter((n) => n.startsWith("Rapport"))).toEqual([
      "Rapport T1 2026",
    ]);
    expect(after.worksheets[0]?.name).toBe("Rapport T1 2026");
    const xml = await workbookXml(await moved.toBuffer());
    expect(xml.match(/atgardsplan_rapport_T1_2026/g)).toHaveLength(1);
    expect(xml).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">'Rapport T1 2026'!\$1:\$2/);
  });

  it("refuses to touch a user's own sheet of the same name, changing nothing", async () => {
    const bytes = await fixture("refuse", "Rapport T1 2026");
    const book = await open(bytes);
    const error = await book.writeSheet(layout("T1"), "refuse").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanWriteRefused);
    expect((error as PlanWriteRefused).userMessage).toContain(
      'Bladet "Rapport T1 2026" finns redan och är inte skapat av atgardsplan',
    );
    expect(book.changedParts()).toEqual([]);
  });

  it("writes under a free name beside a user's sheet, and replaces that copy next time", async () => {
    const book = await open(await fixture("free", "Rapport T1 2026"));
    expect(await book.writeSheet(layout("T1"), "free-name")).toEqual({
      sheet: "Rapport T1 2026 (2)",
      replaced: false,
    });
    const reopened = await open(await book.toBuffer());
    expect(await reopened.writeSheet(layout("T1"), "free-name")).toEqual({
      sheet: "Rapport T1 2026 (2)",
      replaced: true,
    });
    const after = await loadRaw(await reopened.toBuffer());
    expect(sheet(after, "Rapport T1 2026").getCell("A1").value).toBe("Mitt eget blad");
  });

  it("leaves a report the user renamed alone and writes a new one", async () => {
    const book = await open(await fixture("renamed"));
    await book.writeSheet(layout("T1"), "refuse");
    // The user renames the report sheet in Excel: the marker name follows it.
    const zip = await JSZip.loadAsync(await book.toBuffer());
    const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file("xl/workbook.xml", xml.replace(/Rapport T1 2026/g, "Min T1"));
    const renamed = await open(await zip.generateAsync({ type: "uint8array" }));
    expect(await renamed.writeSheet(layout("T1"), "refuse")).toEqual({
      sheet: "Rapport T1 2026",
      replaced: false,
    });
    const after = await loadRaw(await renamed.toBuffer());
    expect(sheet(after, "Min T1").getCell("A1").value).toBe("Åtgärdsplan för gemensamma prioriteringar");
    expect(await workbookXml(await renamed.toBuffer())).toContain(
      `<definedName name="atgardsplan_rapport_T1_2026">'Rapport T1 2026'!$A$1</definedName>`,
    );
  });

  it("refuses a layout whose merged ranges overlap, and changes nothing", async () => {
    const book = await open(await fixture("overlap"));
    const base = layout("T1");
    const bad: SheetLayout = { ...base, merges: [...base.merges, { top: 1, left: 2, bottom: 2, right: 3 }] };
    await expect(book.writeSheet(bad, "refuse")).rejects.toThrow("Sammanfogade områden överlappar i B1:C2");
    expect(book.changedParts()).toEqual([]);
  });
});

describe("writeSheet beyond Excel's last row", () => {
  it("refuses a layout of more rows than a sheet holds, and changes nothing", async () => {
    const book = await open(await fixture("rows"));
    const base = layout("T1");
    const tooLong: SheetLayout = { ...base, rows: new Array(1_048_577) };
    const error = await book.writeSheet(tooLong, "refuse").catch((e: unknown) => e);
    expect((error as { userMessage?: string }).userMessage).toBe(
      'Bladet "Rapport T1 2026" skulle behöva 1 048 577 rader, men ett Excel-blad rymmer högst 1 048 576. Inget skrevs.',
    );
    expect(book.changedParts()).toEqual([]);
  });
});
