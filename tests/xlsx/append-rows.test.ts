/** appendRows on files: the table grows, the grown table is saved, nothing else changes. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  planTemplate,
  rawDate,
  validatePlan,
  type TableLocation,
  type WorkbookSnapshot,
} from "../../src/plan";
import { ExceljsWorkbook, WorkbookFileError } from "../../src/xlsx";
import {
  addRange,
  addTable,
  asExcelWritesTables,
  bytesOf,
  loadRaw,
  tableParts,
} from "../helpers/xlsx-fixtures";

/** Every cell value of every sheet, by "Sheet!A1". */
function cellMap(book: ExcelJS.Workbook): Map<string, string> {
  const cells = new Map<string, string>();
  for (const sheet of book.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(`${sheet.name}!${cell.address}`, JSON.stringify([cell.value, cell.numFmt ?? null]));
      }),
    );
  }
  return cells;
}

function location(
  snapshot: WorkbookSnapshot,
  tableName: string,
  plan: TableLocation["table"],
): TableLocation {
  const table = snapshot.sheets.flatMap((s) => s.tables).find((t) => t.name === tableName);
  if (!table) throw new Error(`no table ${tableName}`);
  const { sheet, top, left, headers, rows } = table;
  return { table: plan, sheet, excelTable: table.name, top, left, headers, rowCount: rows.length };
}

function tableRef(book: ExcelJS.Workbook, sheet: string): string | undefined {
  const tables = book.getWorksheet(sheet)?.getTables() as unknown as { model: { tableRef: string } }[];
  return tables[0]?.model.tableRef;
}

function followUpBook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  addRange(book, "Områden", 1, 1, [
    ["Nr", "Område"],
    [1, "Trygghet"],
  ]);
  const sheet = addTable(book, {
    sheet: "Uppföljning",
    name: "Uppfoljning",
    headers: ["Aktivitet", "År", "Period", "Rapporterad datum"],
    rows: [
      ["1.1", 2026, "T1", new Date(Date.UTC(2026, 4, 2))],
      ["1.2", 2026, "T1", null],
    ],
  });
  sheet.getColumn(1).numFmt = "@";
  sheet.getCell("D2").numFmt = "yyyy-mm-dd";
  sheet.getCell("F1").value = "Anteckning bredvid";
  sheet.getCell("F9").value = "Längre ner";
  sheet.getCell("C3").dataValidation = { type: "list", allowBlank: true, formulae: ['"T1,T2,VB"'] };
  return book;
}

const NEW_ROWS = [
  ["1.1", 2026, "T2", rawDate("2026-09-01")],
  ["1.2", 2026, "T2", null],
] as const;

async function appendAndSave(
  bytes: Uint8Array,
): Promise<{ before: ExcelJS.Workbook; after: ExcelJS.Workbook; saved: Uint8Array }> {
  const port = await ExceljsWorkbook.fromBuffer(bytes, "plan.xlsx");
  await port.appendRows(location(await port.readSnapshot(), "Uppfoljning", "Uppfoljning"), NEW_ROWS);
  const saved = await port.toBuffer();
  return { before: await loadRaw(bytes), after: await loadRaw(saved), saved };
}

describe("ExceljsWorkbook.appendRows", () => {
  it("saves the grown table: reading the saved file shows the new rows", async () => {
    const { saved, after } = await appendAndSave(await bytesOf(followUpBook()));
    expect(tableRef(after, "Uppföljning")).toBe("A1:D5");
    const reread = await (await ExceljsWorkbook.fromBuffer(saved, "plan.xlsx")).readSnapshot();
    const table = reread.sheets.find((s) => s.name === "Uppföljning")?.tables[0];
    expect(table?.rows).toEqual([
      ["1.1", 2026, "T1", rawDate("2026-05-02")],
      ["1.2", 2026, "T1", null],
      ["1.1", 2026, "T2", rawDate("2026-09-01")],
      ["1.2", 2026, "T2", null],
    ]);
  });

  it("changes no other cell in the workbook", async () => {
    const { before, after } = await appendAndSave(await bytesOf(followUpBook()));
    const was = cellMap(before);
    const now = cellMap(after);
    const added = [...now.keys()].filter((k) => !was.has(k)).sort();
    expect(added).toEqual([
      "Uppföljning!A4",
      "Uppföljning!A5",
      "Uppföljning!B4",
      "Uppföljning!B5",
      "Uppföljning!C4",
      "Uppföljning!C5",
      "Uppföljning!D4",
    ]);
    for (const [address, value] of was) expect([address, now.get(address)]).toEqual([address, value]);
  });

  it("gives new cells the formats and drop-down lists of the row above", async () => {
    const { after } = await appendAndSave(await bytesOf(followUpBook()));
    const sheet = after.getWorksheet("Uppföljning")!;
    expect(sheet.getCell("A4").numFmt).toBe("@");
    expect(sheet.getCell("D4").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("C4").dataValidation).toMatchObject({ type: "list", formulae: ['"T1,T2,VB"'] });
    expect(sheet.getCell("C5").dataValidation).toMatchObject({ type: "list" });
  });

  it("keeps a table Excel wrote with its header row and visible filter buttons", async () => {
    const excelFile = await asExcelWritesTables(await bytesOf(followUpBook()));
    expect((await tableParts(excelFile))[0]).not.toContain("headerRowCount");
    const { saved } = await appendAndSave(excelFile);
    const [part] = await tableParts(saved);
    expect(part).toMatch(/ref="A1:D5"/);
    expect(part).not.toMatch(/headerRowCount="0"/);
    expect(part).not.toMatch(/hiddenButton="1"/);
    const reread = await (await ExceljsWorkbook.fromBuffer(saved, "plan.xlsx")).readSnapshot();
    expect(reread.sheets[1]?.tables[0]?.headers).toEqual(["Aktivitet", "År", "Period", "Rapporterad datum"]);
  });

  it("moves a totals row down below the new rows", async () => {
    const book = new ExcelJS.Workbook();
    addTable(book, {
      sheet: "Utfall",
      name: "Utfall",
      headers: ["Indikator", "Värde"],
      rows: [["Vandringar", 8]],
      totalsRow: true,
    });
    const port = await ExceljsWorkbook.fromBuffer(await bytesOf(book), "plan.xlsx");
    await port.appendRows(location(await port.readSnapshot(), "Utfall", "Utfall"), [["Besiktningar", 4]]);
    const after = await loadRaw(await port.toBuffer());
    expect(tableRef(after, "Utfall")).toBe("A1:B4");
    const sheet = after.getWorksheet("Utfall")!;
    expect([sheet.getCell("A3").value, sheet.getCell("B3").value]).toEqual(["Besiktningar", 4]);
    expect(sheet.getCell("A4").value).toBe("Total");
    expect(sheet.getCell("B4").formula).toContain("SUBTOTAL(109");
  });

  it("fills the blank row of a new template table instead of leaving it above the rows", async () => {
    const port = ExceljsWorkbook.empty();
    await port.createTables(planTemplate().filter((t) => t.name === "Uppfoljning"));
    const at = location(await port.readSnapshot(), "Uppfoljning", "Uppfoljning");
    expect(at.rowCount).toBe(1);
    await port.appendRows(at, [["1.1", 2026, "T1", null, null, null, null, null, null]]);
    const after = await loadRaw(await port.toBuffer());
    expect(tableRef(after, "Uppföljning")).toBe("A1:I2");
    expect(after.getWorksheet("Uppföljning")!.getCell("C2").value).toBe("T1");
  });

  it("appends below a plain range's last row", async () => {
    const book = new ExcelJS.Workbook();
    addRange(book, "Deltagare", 2, 2, [
      ["Aktivitet", "Part"],
      ["1.1", "Polisen"],
    ]);
    const port = await ExceljsWorkbook.fromBuffer(await bytesOf(book), "plan.xlsx");
    await port.appendRows(
      {
        table: "Deltagare",
        sheet: "Deltagare",
        excelTable: null,
        top: 2,
        left: 2,
        rowCount: 1,
        headers: ["Aktivitet", "Part"],
      },
      [["1.2", "MTR"]],
    );
    const snapshot = await port.readSnapshot();
    expect(snapshot.sheets[0]?.usedRange?.rows).toEqual([
      ["Aktivitet", "Part"],
      ["1.1", "Polisen"],
      ["1.2", "MTR"],
    ]);
  });

  it("refuses to write over cells below the table and changes nothing", async () => {
    const book = followUpBook();
    book.getWorksheet("Uppföljning")!.getCell("B5").value = "Egen anteckning";
    const bytes = await bytesOf(book);
    const port = await ExceljsWorkbook.fromBuffer(bytes, "plan.xlsx");
    const error = await port
      .appendRows(location(await port.readSnapshot(), "Uppfoljning", "Uppfoljning"), NEW_ROWS)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as WorkbookFileError).userMessage).toContain("'Uppföljning'!B5");
    expect(cellMap(await loadRaw(await port.toBuffer()))).toEqual(cellMap(await loadRaw(bytes)));
  });

  it("leaves a plan that validates the same after a save", async () => {
    const port = ExceljsWorkbook.empty();
    await port.createTables(planTemplate());
    const at = location(await port.readSnapshot(), "Omraden", "Omraden");
    await port.appendRows(at, [[1, "Trygghet", "Minska brott", null, null]]);
    const reread = await ExceljsWorkbook.fromBuffer(await port.toBuffer(), "plan.xlsx");
    const report = validatePlan(await reread.readSnapshot(), { checkDate: "2026-05-20" });
    expect(report.findings.map((f) => f.rule)).toEqual(["area-without-activities"]);
  });
});
