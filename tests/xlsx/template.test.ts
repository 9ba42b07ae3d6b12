/** The plan template written by createTables, saved and read back with raw exceljs. */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { PLAN_TABLES, planTemplate, rawDate, validatePlan } from "../../src/plan";
import { ExceljsWorkbook } from "../../src/xlsx";
import { loadRaw, tableParts } from "../helpers/xlsx-fixtures";

interface RawTable {
  name: string;
  tableRef: string;
  headerRow: boolean;
  columns: { name: string; filterButton?: boolean }[];
  style: { theme?: string };
}

function rawTables(sheet: ExcelJS.Worksheet): RawTable[] {
  return (sheet.getTables() as unknown as { model: RawTable }[]).map((t) => t.model);
}

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = book.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

let bytes: Uint8Array;
let raw: ExcelJS.Workbook;

beforeAll(async () => {
  const book = ExceljsWorkbook.empty();
  await book.createTables(planTemplate());
  bytes = await book.toBuffer();
  raw = await loadRaw(bytes);
});

describe("createTables with the plan template", () => {
  it("writes every table on its sheet with the contract's headers", () => {
    expect(raw.worksheets.map((w) => w.name)).toEqual(PLAN_TABLES.map((t) => t.sheet));
    for (const def of PLAN_TABLES) {
      const [table, ...others] = rawTables(sheet(raw, def.sheet));
      expect(others).toEqual([]);
      expect(table?.name).toBe(def.name);
      expect(table?.headerRow).toBe(true);
      expect(table?.columns.map((c) => c.name)).toEqual(def.columns.map((c) => c.header));
      const headerCells = def.columns.map(
        (_, i) =>
          sheet(raw, def.sheet)
            .getRow(1)
            .getCell(i + 1).value,
      );
      expect(headerCells).toEqual(def.columns.map((c) => c.header));
    }
  });

  it("makes each table an Excel table with a style and filter buttons over one blank row", async () => {
    const [table] = rawTables(sheet(raw, "Aktiviteter"));
    expect(table?.tableRef).toBe("A1:J2");
    expect(table?.style.theme).toBe("TableStyleMedium2");
    // Filter buttons as Excel reads them: an autoFilter over the table, no button hidden.
    const parts = await tableParts(bytes);
    const part = parts.find((p) => p.includes('name="Aktiviteter"'));
    expect(part).toMatch(/<autoFilter ref="A1:J2"\/>/);
    expect(part).not.toMatch(/hiddenButton="(?:1|true)"/);
  });

  it("freezes the header row", () => {
    for (const def of PLAN_TABLES) {
      expect(sheet(raw, def.sheet).views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
  });

  it("formats the Nr columns as text far below the table", () => {
    const activities = sheet(raw, "Aktiviteter");
    expect(activities.getColumn(1).numFmt).toBe("@");
    for (const address of ["A2", "A3", "A500", "A1001"]) expect(activities.getCell(address).numFmt).toBe("@");
    expect(activities.getCell("B500").numFmt).not.toBe("@");
    for (const name of ["Deltagare", "Indikatorer", "Uppföljning", "Utfall"]) {
      expect(sheet(raw, name).getCell("A700").numFmt).toBe("@");
    }
  });

  it("formats date columns as dates", () => {
    expect(sheet(raw, "Plan").getColumn(6).numFmt).toBe("yyyy-mm-dd");
    expect(sheet(raw, "Uppföljning").getCell("I40").numFmt).toBe("yyyy-mm-dd");
  });

  it("sets the column widths of the contract", () => {
    const activities = PLAN_TABLES.find((t) => t.name === "Aktiviteter")!;
    const widths = activities.columns.map((_, i) => sheet(raw, "Aktiviteter").getColumn(i + 1).width);
    expect(widths).toEqual(activities.columns.map((c) => c.width));
  });

  it("wraps text, top-aligned", () => {
    expect(sheet(raw, "Aktiviteter").getCell("C2").alignment).toMatchObject({
      vertical: "top",
      wrapText: true,
    });
  });

  it("adds drop-down lists for Period and Målet nått with a Swedish error message", () => {
    const followUps = sheet(raw, "Uppföljning");
    for (const address of ["C2", "C1001"]) {
      expect(followUps.getCell(address).dataValidation).toMatchObject({
        type: "list",
        formulae: ['"T1,T2,VB"'],
        showErrorMessage: true,
        error: expect.stringContaining("Välj ett av värdena i listan"),
      });
    }
    expect(followUps.getCell("D2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Uppfyllt,Delvis uppfyllt,Ej uppfyllt,Ej bedömt"'],
    });
    expect(followUps.getCell("A2").dataValidation).toBeUndefined();
    expect(sheet(raw, "Utfall").getCell("D500").dataValidation).toMatchObject({ formulae: ['"T1,T2,VB"'] });
  });

  it("reads back with no data rows and no error findings", async () => {
    const port = await ExceljsWorkbook.fromBuffer(bytes, "mall.xlsx");
    const report = validatePlan(await port.readSnapshot(), { checkDate: "2026-05-20" });
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.valid).toBe(true);
  });
});

describe("createTables print setup", () => {
  it("sets every plan sheet to A4 landscape, one page wide and as many pages tall as needed", () => {
    for (const def of PLAN_TABLES) {
      expect(sheet(raw, def.sheet).pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: "1:1",
      });
    }
  });

  it("puts the sheet name and the page number in the centre footer", () => {
    expect(PLAN_TABLES.map((def) => sheet(raw, def.sheet).headerFooter.oddFooter)).toEqual([
      "&CPlan – sida &P av &N",
      "&COmråden – sida &P av &N",
      "&CAktiviteter – sida &P av &N",
      "&CDeltagare – sida &P av &N",
      "&CIndikatorer – sida &P av &N",
      "&CUppföljning – sida &P av &N",
      "&CUtfall – sida &P av &N",
      "&CBedömning – sida &P av &N",
    ]);
  });

  it("repeats the header row through a print-titles name for each sheet in the file", async () => {
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
    const titles = [...xml.matchAll(/<definedName name="_xlnm.Print_Titles"[^>]*>([^<]*)</g)].map((m) =>
      m[1]?.replace(/&apos;/g, "'"),
    );
    expect(titles).toEqual(PLAN_TABLES.map((def) => `'${def.sheet}'!$1:$1`));
    const sheetXml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet3.xml")!.async("string");
    expect(sheetXml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(sheetXml).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(sheetXml).toMatch(/<sheetPr[^>]*>\s*<pageSetUpPr fitToPage="1"\/>/);
  });

  it("keeps the print setup when the template is opened and saved again", async () => {
    const port = await ExceljsWorkbook.fromBuffer(bytes, "mall.xlsx");
    const again = await loadRaw(await port.toBuffer());
    const followUps = sheet(again, "Uppföljning");
    expect(followUps.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    });
    expect(followUps.headerFooter.oddFooter).toBe("&CUppföljning – sida &P av &N");
  });
});

describe("createTables with rows", () => {
  it("writes text as text (even a leading =), numbers as numbers and dates as date cells", async () => {
    const book = ExceljsWorkbook.empty();
    await book.createTables(
      planTemplate({
        Plan: [["=Åtgärdsplan", "Skärholmen", null, 2026, "+46", rawDate("2026-05-15"), null, null]],
        Aktiviteter: [["1.10", "Platssamverkan", "Syfte", null, "Tillsvidare", null, "SDF", null, null]],
      }),
    );
    const reread = await loadRaw(await book.toBuffer());
    const plan = sheet(reread, "Plan");
    expect(plan.getCell("A2").type).toBe(3 /* ValueType.String */);
    expect(plan.getCell("A2").value).toBe("=Åtgärdsplan");
    expect(plan.getCell("A2").formula).toBeUndefined();
    expect(plan.getCell("E2").value).toBe("+46");
    expect(plan.getCell("D2").value).toBe(2026);
    expect(plan.getCell("F2").value).toEqual(new Date(Date.UTC(2026, 4, 15)));
    expect(plan.getCell("F2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet(reread, "Aktiviteter").getCell("A2").value).toBe("1.10");
    expect(rawTables(plan)[0]?.tableRef).toBe("A1:H2");
  });

  it("gives rows with wrapped text the height they need, so Excel shows it", async () => {
    const book = ExceljsWorkbook.empty();
    await book.createTables(
      planTemplate({
        Aktiviteter: [
          ["1.1", "Kort", "Syfte", null, "Tillsvidare", null, "SDF", null, null],
          ["1.2", "Lång", "x".repeat(120), null, "Tillsvidare", null, "SDF", null, null],
        ],
      }).filter((t) => t.name === "Aktiviteter"),
    );
    const activities = sheet(await loadRaw(await book.toBuffer()), "Aktiviteter");
    // 120 characters in the 60-wide "Beskrivning och syfte": 3 lines, 47 points.
    expect(activities.getRow(3).height).toBe(47);
    expect(activities.getRow(2).height).toBeUndefined();
    expect(activities.getCell("C3").alignment).toMatchObject({ wrapText: true, vertical: "top" });
  });

  it("writes a date before 1 March 1900 as Excel's serial for that date", async () => {
    const book = ExceljsWorkbook.empty();
    await book.createTables(
      planTemplate({
        Plan: [["Titel", "Skärholmen", null, 2026, null, rawDate("1900-01-01"), null, null]],
      }).filter((t) => t.name === "Plan"),
    );
    const reread = await loadRaw(await book.toBuffer());
    // exceljs reads serial 1 as 1899-12-31, counting from 1899-12-30 without Excel's 1900-02-29.
    expect(sheet(reread, "Plan").getCell("F2").value).toEqual(new Date(Date.UTC(1899, 11, 31)));
  });

  it("writes a date Excel cannot hold (before 1900) as its ISO text", async () => {
    const book = ExceljsWorkbook.empty();
    await book.createTables(
      planTemplate({
        Plan: [["Titel", "Skärholmen", null, 2026, null, rawDate("1850-06-01"), null, null]],
      }).filter((t) => t.name === "Plan"),
    );
    const reread = await loadRaw(await book.toBuffer());
    expect(sheet(reread, "Plan").getCell("F2").value).toBe("1850-06-01");
  });
});
