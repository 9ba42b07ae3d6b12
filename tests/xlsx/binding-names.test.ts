import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { bindPlan, locatePlanTables, proposeBinding } from "../../src/plan";
import { ExceljsWorkbook } from "../../src/xlsx";
import { districtPlan, workbookOfSheets } from "../helpers/binding-fixtures";
import { addTable, bytesOf, loadRaw } from "../helpers/xlsx-fixtures";

interface RawTable {
  model: { name: string; displayName?: string };
}

/** The district plan bound and saved, reopened with raw exceljs. */
async function boundRaw(): Promise<ExcelJS.Workbook> {
  const book = await ExceljsWorkbook.fromBuffer(await bytesOf(workbookOfSheets(districtPlan())), "plan.xlsx");
  await bindPlan(book);
  return loadRaw(await book.toBuffer());
}

async function reopen(raw: ExcelJS.Workbook): Promise<ExceljsWorkbook> {
  return ExceljsWorkbook.fromBuffer(await bytesOf(raw), "plan.xlsx");
}

/** Renames a sheet the way Excel does: defined names that refer to it follow. */
function renameSheetAsExcel(raw: ExcelJS.Workbook, from: string, to: string): void {
  raw.getWorksheet(from)!.name = to;
  const model = raw.definedNames.model as { name: string; ranges: string[] }[];
  raw.definedNames.model = model.map((d) => ({
    ...d,
    ranges: d.ranges.map((r) => r.replace(`'${from}'!`, `'${to}'!`)),
  }));
}

function renameTableRaw(raw: ExcelJS.Workbook, sheet: string, from: string, to: string): void {
  const tables = (raw.getWorksheet(sheet) as unknown as { tables: Record<string, RawTable> }).tables;
  const table = tables[from]!;
  delete tables[from];
  table.model.name = to;
  table.model.displayName = to;
  tables[to] = table;
}

describe("ExceljsWorkbook.readBindings", () => {
  it("reads back a binding per table, kept in the file as a defined name on its header row", async () => {
    const raw = await boundRaw();

    expect(raw.definedNames.model).toContainEqual({
      name: "_atgardsplan_bind_Aktiviteter",
      ranges: ["'Våra aktiviteter'!$A$1:$H$1"],
    });
    const book = await reopen(raw);
    expect(await book.readBindings()).toContainEqual({
      id: "atgardsplan.Aktiviteter",
      tableName: "Aktiviteter",
    });
    expect((await book.readBindings()).map((b) => b.id)).toHaveLength(8);
  });

  it("finds a table through its binding after its sheet and the table were renamed", async () => {
    const raw = await boundRaw();
    renameSheetAsExcel(raw, "Våra aktiviteter", "Aktiviteter 2026");
    renameTableRaw(raw, "Aktiviteter 2026", "Aktiviteter", "Tabell9");
    // A table that merely has the contract's name must not win over the bound one.
    addTable(raw, {
      sheet: "Gammalt",
      name: "Aktiviteter",
      headers: ["Nr", "Aktivitet", "Beskrivning och syfte", "Löptid", "Sammankallande"],
      rows: [["9.9", "Gammal", "Gammal", "Tillsvidare", "Ingen"]],
    });
    const book = await reopen(raw);

    expect(await book.readBindings()).toContainEqual({ id: "atgardsplan.Aktiviteter", tableName: "Tabell9" });
    const located = locatePlanTables(await book.readSnapshot());
    expect(located.tables.get("Aktiviteter")?.location).toEqual(
      expect.objectContaining({ sheet: "Aktiviteter 2026", excelTable: "Tabell9", rowCount: 3 }),
    );
  });

  it("reports a binding whose table was deleted, and binding again mends it", async () => {
    const raw = await boundRaw();
    raw.getWorksheet("Parter")!.removeTable("Deltagare");
    const book = await reopen(raw);

    expect(await book.readBindings()).toContainEqual({ id: "atgardsplan.Deltagare", tableName: null });
    const snapshot = await book.readSnapshot();
    expect(proposeBinding(snapshot).brokenBindings).toEqual([
      { id: "atgardsplan.Deltagare", table: "Deltagare" },
    ]);
    expect(locatePlanTables(snapshot).brokenBindings).toEqual([
      { id: "atgardsplan.Deltagare", table: "Deltagare" },
    ]);

    await bindPlan(book);
    const mended = await reopen(await loadRaw(await book.toBuffer()));
    expect(await mended.readBindings()).toContainEqual({
      id: "atgardsplan.Deltagare",
      tableName: "Deltagare",
    });
    expect(locatePlanTables(await mended.readSnapshot()).brokenBindings).toBeUndefined();
  });
});

describe("ExceljsWorkbook.applyBinding on existing tables", () => {
  it("renames a table only when allowed, and formulas that name it follow", async () => {
    const source = workbookOfSheets([]);
    addTable(source, {
      sheet: "Blad1",
      name: "Tabell1",
      headers: ["Aktivitet", "Part", "Kontakt"],
      rows: [["1.1", "Polisen", "Kommunpoliser"]],
    });
    source.getWorksheet("Blad1")!.getCell("F1").value = { formula: "COUNTA(Tabell1[Part])", result: 1 };

    const kept = await ExceljsWorkbook.fromBuffer(await bytesOf(source), "plan.xlsx");
    await bindPlan(kept);
    expect(await kept.readBindings()).toContainEqual({ id: "atgardsplan.Deltagare", tableName: "Tabell1" });

    const renamed = await ExceljsWorkbook.fromBuffer(await bytesOf(source), "plan.xlsx");
    const { operations } = await bindPlan(renamed, (proposal) => ({
      choices: Object.fromEntries(proposal.tables.map((t) => [t.def.name, t.chosen ?? "new"])),
      allowRename: true,
    }));
    expect(operations).toContainEqual({ kind: "renameTable", from: "Tabell1", to: "Deltagare" });
    const raw = await loadRaw(await renamed.toBuffer());
    expect(raw.getWorksheet("Blad1")!.getCell("F1").value).toEqual({
      formula: "COUNTA(Deltagare[Part])",
      result: 1,
    });
    expect(await (await reopen(raw)).readBindings()).toContainEqual({
      id: "atgardsplan.Deltagare",
      tableName: "Deltagare",
    });
  });

  it("leaves a date typed into a Nr column with its date format", async () => {
    const source = workbookOfSheets([
      {
        name: "Blad1",
        rows: [
          ["Aktivitet", "Part"],
          ["1.1", "Polisen"],
        ],
      },
    ]);
    const sheet = source.getWorksheet("Blad1")!;
    sheet.getCell("A3").value = new Date("2026-01-01T00:00:00Z");
    sheet.getCell("A3").numFmt = "yyyy-mm-dd";
    sheet.getCell("B3").value = "Polisen";
    const book = await ExceljsWorkbook.fromBuffer(await bytesOf(source), "plan.xlsx");
    await bindPlan(book);

    const raw = await loadRaw(await book.toBuffer());
    expect(raw.getWorksheet("Blad1")!.getCell("A3").numFmt).toBe("yyyy-mm-dd");
    expect(raw.getWorksheet("Blad1")!.getCell("A2").numFmt).toBe("@");
  });
});
