import { describe, expect, it } from "vitest";
import {
  bindPlan,
  defaultBindingPlan,
  locatePlanTables,
  PLAN_TABLES,
  planBinding,
  proposeBinding,
  validatePlan,
  type BindingPlan,
  type BindingProposal,
} from "../../src/plan";
import { ExcelError } from "../../src/excel";
import { ExceljsWorkbook } from "../../src/xlsx";
import {
  bookFingerprint,
  cellAt,
  excelFromExceljs,
  isValidBinding,
  readValues,
  SimulatedExcel,
  seedCells,
  seedTable,
  tableModel,
} from "../office-host";
import { getCell, readValue } from "../office-host/workbook/cells";
import { districtPlan, untidyPlan, workbookOfSheets, type SheetSpec } from "../helpers/binding-fixtures";
import { bytesOf, loadRaw } from "../helpers/xlsx-fixtures";
import { planExcel } from "./plan-excel";
import { officeWorkbookOn } from "./support";

const CHECK_DATE = "2026-05-10";

function excelOf(specs: SheetSpec[]): SimulatedExcel {
  return excelFromExceljs(workbookOfSheets(specs));
}

/** Every cell holding a value, by sheet and address (what a user typed). */
function cellValues(excel: SimulatedExcel): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const sheet of excel.book.sheets) {
    for (const [r, cells] of sheet.cells) {
      for (const c of cells.keys()) {
        const value = readValue(getCell(sheet, r, c));
        if (value !== "") values[`${sheet.name}!R${r}C${c}`] = value;
      }
    }
  }
  return values;
}

function tableNames(excel: SimulatedExcel): Record<string, string> {
  const ref = (t: { ref: { top: number; left: number; bottom: number; right: number } }) =>
    `R${t.ref.top}C${t.ref.left}:R${t.ref.bottom}C${t.ref.right}`;
  return Object.fromEntries(excel.book.tables.map((t) => [t.name, `${t.sheet.name}!${ref(t)}`]));
}

function withRename(proposal: BindingProposal): BindingPlan {
  return { ...defaultBindingPlan(proposal), allowRename: true };
}

/** A district plan whose activities are an Excel table called Tabell1. */
function excelWithTabell1(): SimulatedExcel {
  const specs = districtPlan();
  const activities = specs.find((s) => s.name === "Våra aktiviteter");
  const excel = excelOf(specs.filter((s) => s !== activities));
  const [headers = [], ...rows] = activities?.rows ?? [];
  seedTable(excel, {
    sheet: "Våra aktiviteter",
    name: "Tabell1",
    headers: headers.map(String),
    rows: rows.map((row) => row.map((v) => (typeof v === "object" ? null : v))),
  });
  return excel;
}

describe("OfficeWorkbook.applyBinding", () => {
  it("makes every contract table an Excel table with its name, where the plan already was", async () => {
    const excel = excelOf(districtPlan());
    await bindPlan(officeWorkbookOn(excel));

    expect(tableNames(excel)).toEqual({
      Plan: "Info!R1C1:R2C3",
      Omraden: "Blad1!R1C1:R3C4",
      Aktiviteter: "Våra aktiviteter!R1C1:R4C8",
      Deltagare: "Parter!R1C1:R10C3",
      Indikatorer: "Indikatorer!R1C1:R2C7",
      Uppfoljning: "Uppföljning 2026!R1C1:R4C7",
      Utfall: "Utfall!R1C1:R2C6",
      Bedomning: "Bedömning!R1C1:R2C6",
    });
  });

  it("records a binding atgardsplan.<Table> for each table, in Excel's bindings and as the CLI's name", async () => {
    const excel = excelOf(districtPlan());
    await bindPlan(officeWorkbookOn(excel));

    expect(excel.book.bindings.map((b) => [b.id, b.type, b.table?.name])).toEqual(
      PLAN_TABLES.map((def) => [`atgardsplan.${def.name}`, "Table", def.name]),
    );
    const activities = excel.book.names.find((n) => n.name === "_atgardsplan_bind_Aktiviteter");
    expect(activities?.sheet?.name).toBe("Våra aktiviteter");
    expect(activities?.ref).toEqual({ top: 1, left: 1, bottom: 1, right: 8 });
  });

  it("leaves every cell value as it was and formats Nr cells as text", async () => {
    const excel = excelOf(districtPlan());
    const before = cellValues(excel);
    await bindPlan(officeWorkbookOn(excel));

    const after = cellValues(excel);
    expect(Object.fromEntries(Object.keys(before).map((key) => [key, after[key]]))).toEqual(before);
    const added = Object.keys(after).filter((key) => !(key in before));
    expect(
      added.every((key) => ["Indikatorer!", "Utfall!", "Bedömning!"].some((s) => key.startsWith(s))),
    ).toBe(true);
    expect(cellAt(excel, "Våra aktiviteter", "B2")?.numberFormat).toBe("@");
    expect(cellAt(excel, "Våra aktiviteter", "C2")?.numberFormat).toBe("General");
    expect(cellAt(excel, "Parter", "A9")?.value).toBe(2.1);
    expect(cellAt(excel, "Parter", "A9")?.numberFormat).toBe("@");
  });

  it("keeps a date cell's format in an Nr column", async () => {
    const specs = districtPlan();
    const excel = excelOf(specs);
    seedCells(excel, "Parter", "A10", [[{ date: "2026-02-01" }]]);
    await bindPlan(officeWorkbookOn(excel));

    expect(cellAt(excel, "Parter", "A10")?.numberFormat).toBe("yyyy-mm-dd");
    expect(cellAt(excel, "Parter", "A2")?.numberFormat).toBe("@");
  });

  it("binds a range under a title row, adds the missing column and creates the missing table", async () => {
    const excel = excelOf(untidyPlan());
    const before = cellValues(excel);
    await bindPlan(officeWorkbookOn(excel));

    expect(tableNames(excel)).toEqual(
      expect.objectContaining({
        Aktiviteter: "Våra aktiviteter!R3C1:R6C8",
        Deltagare: "Deltagare!R1C1:R2C6",
      }),
    );
    expect(cellAt(excel, "Våra aktiviteter", "H3")?.value).toBe("Löptid");
    expect(cellAt(excel, "Våra aktiviteter", "H4")?.value ?? null).toBeNull();
    const after = cellValues(excel);
    expect(Object.fromEntries(Object.keys(before).map((key) => [key, after[key]]))).toEqual(before);
    const report = validatePlan(await officeWorkbookOn(excel).readSnapshot(), { checkDate: CHECK_DATE });
    expect(report.findings.filter((f) => ["table-missing", "column-missing"].includes(f.rule))).toEqual([]);
  });

  it("refuses, changing nothing, when a cell stands where a column would be added", async () => {
    const excel = excelOf(untidyPlan());
    seedCells(excel, "Våra aktiviteter", "H5", [["Notering"]]);
    const before = cellValues(excel);
    const port = officeWorkbookOn(excel);

    const failure = bindPlan(port);
    await expect(failure).rejects.toBeInstanceOf(ExcelError);
    await expect(failure).rejects.toThrow(/cellen 'Våra aktiviteter'!H5 till höger om tabellen är inte tom/);
    expect(cellValues(excel)).toEqual(before);
    expect(excel.book.tables).toEqual([]);
    expect(excel.book.names).toEqual([]);
    expect(excel.book.bindings).toEqual([]);
  });

  it("refuses a range whose header is a formula, which a table would turn into text", async () => {
    const excel = excelOf(districtPlan());
    const header = cellAt(excel, "Blad1", "B1");
    if (header) header.formula = '="Samverkansområde"';
    const proposal = proposeBinding(await officeWorkbookOn(excel).readSnapshot());

    await expect(
      officeWorkbookOn(excel).applyBinding(planBinding(proposal, defaultBindingPlan(proposal))),
    ).rejects.toThrow(/rubriken i Blad1!B1/);
    expect(excel.book.tables).toEqual([]);
  });

  it("renames an existing table to the contract's name only when the user agrees", async () => {
    const kept = excelWithTabell1();
    await bindPlan(officeWorkbookOn(kept));
    expect(tableModel(kept, "Tabell1")).toBeDefined();
    expect(tableModel(kept, "Aktiviteter")).toBeUndefined();
    const located = locatePlanTables(await officeWorkbookOn(kept).readSnapshot());
    expect(located.tables.get("Aktiviteter")?.location.excelTable).toBe("Tabell1");

    const renamed = excelWithTabell1();
    await bindPlan(officeWorkbookOn(renamed), withRename);
    expect(tableModel(renamed, "Tabell1")).toBeUndefined();
    expect(tableModel(renamed, "Aktiviteter")?.sheet.name).toBe("Våra aktiviteter");
    expect(renamed.book.bindings.find((b) => b.id === "atgardsplan.Aktiviteter")?.table?.name).toBe(
      "Aktiviteter",
    );
  });
});

/** "Koppla plan"'s operations for the workbook as it is now (read, proposed, the defaults). */
async function operationsFor(excel: SimulatedExcel) {
  const proposal = proposeBinding(await officeWorkbookOn(excel).readSnapshot());
  return planBinding(proposal, defaultBindingPlan(proposal));
}

const sheetModel = (excel: SimulatedExcel, name: string) => {
  const sheet = excel.book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

describe("OfficeWorkbook.applyBinding checks everything before it changes anything", () => {
  it("finds a merge that starts above the range to convert (office-js 3611), and changes nothing", async () => {
    const excel = excelOf(untidyPlan());
    const operations = await operationsFor(excel);
    // A co-author merges B2:B3 after the proposal was read: it reaches into the header row 3,
    // though its top-left cell is above the range, where Excel does not look.
    sheetModel(excel, "Våra aktiviteter").merges.push({ top: 2, left: 2, bottom: 3, right: 2 });
    const before = bookFingerprint(excel);

    await expect(officeWorkbookOn(excel).applyBinding(operations)).rejects.toThrow(
      /Området 'Våra aktiviteter'!A3 har sammanfogade celler/,
    );
    expect(bookFingerprint(excel)).toEqual(before);
    expect(excel.faults).toEqual([]);
  });

  it("refuses a protected sheet before the first change, whatever its place among the tables", async () => {
    const excel = excelOf(untidyPlan());
    const operations = await operationsFor(excel);
    sheetModel(excel, "Våra aktiviteter").protected = true;
    const before = bookFingerprint(excel);

    await expect(officeWorkbookOn(excel).applyBinding(operations)).rejects.toThrow(
      /Bladet "Våra aktiviteter" är skyddat/,
    );
    expect(bookFingerprint(excel)).toEqual(before);
  });

  it("names a sheet that was deleted since the proposal, and changes nothing", async () => {
    const excel = excelOf(untidyPlan());
    const operations = await operationsFor(excel);
    const sheets = excel.book.sheets;
    sheets.splice(sheets.indexOf(sheetModel(excel, "Våra aktiviteter")), 1);
    const before = bookFingerprint(excel);

    await expect(officeWorkbookOn(excel).applyBinding(operations)).rejects.toThrow(
      /Bladet "Våra aktiviteter" finns inte längre i arbetsboken/,
    );
    expect(bookFingerprint(excel)).toEqual(before);
  });

  it("checks for merges in parts when the sheet has more than Excel lists at once", async () => {
    const excel = new SimulatedExcel();
    const rows = Array.from({ length: 700 }, (_, i) => [`1.${i}`, `Aktivitet ${i}`]);
    seedTable(excel, {
      sheet: "Aktiviteter",
      name: "Aktiviteter",
      at: "D1",
      headers: ["Nr", "Aktivitet"],
      rows,
    });
    const sheet = sheetModel(excel, "Aktiviteter");
    // The user's own form left of the table: 600 merged pairs, none touching it.
    for (let r = 1; r <= 600; r++) sheet.merges.push({ top: r, left: 1, bottom: r, right: 2 });
    const addColumn = [{ kind: "addColumns", table: "Aktiviteter", headers: ["Syfte"] }] as const;

    await officeWorkbookOn(excel).applyBinding(addColumn);
    expect(readValues(excel, "Aktiviteter", "F1")).toEqual([["Syfte"]]);
    expect(tableModel(excel, "Aktiviteter")?.ref).toEqual({ top: 1, left: 4, bottom: 701, right: 6 });
    expect(excel.syncs.some((r) => r.error === "GeneralException")).toBe(true);

    // One merged area among the 600 that does touch the new column is found.
    sheet.merges.push({ top: 400, left: 7, bottom: 401, right: 8 });
    const before = bookFingerprint(excel);
    await expect(
      officeWorkbookOn(excel).applyBinding([{ kind: "addColumns", table: "Aktiviteter", headers: ["Mål"] }]),
    ).rejects.toThrow(/cellen Aktiviteter!G400 till höger om tabellen är inte tom/);
    expect(bookFingerprint(excel)).toEqual(before);
  });
});

describe("OfficeWorkbook bindings", () => {
  it("survive renaming the sheet and the table, and find the table before another of the contract's name", async () => {
    const excel = excelOf(districtPlan());
    await bindPlan(officeWorkbookOn(excel));
    const activities = tableModel(excel, "Aktiviteter");
    if (!activities) throw new Error("no Aktiviteter");
    activities.name = "MinaAktiviteter";
    activities.sheet.name = "Aktiviteter 2026";
    // A table that merely has the contract's name: the binding wins over the name.
    seedTable(excel, {
      sheet: "Gammalt",
      name: "Aktiviteter",
      headers: ["Nr", "Aktivitet", "Syfte", "Mätbara mål", "Löptid", "Sammankallande", "Mötesfrekvens"],
      rows: [["9.9", "Gammal aktivitet", null, null, null, null, null]],
    });
    const port = officeWorkbookOn(excel);

    expect(excel.book.bindings.find((b) => b.id === "atgardsplan.Aktiviteter")?.table?.name).toBe(
      "MinaAktiviteter",
    );
    expect(await port.readBindings()).toContainEqual({
      id: "atgardsplan.Aktiviteter",
      tableName: "MinaAktiviteter",
    });
    const located = locatePlanTables(await port.readSnapshot());
    expect(located.tables.get("Aktiviteter")?.location).toEqual(
      expect.objectContaining({ sheet: "Aktiviteter 2026", excelTable: "MinaAktiviteter" }),
    );
    // The district's own column order: Namn, Nr, …
    expect(located.tables.get("Aktiviteter")?.rows.map((row) => row[1])).toEqual(["1.1", "1.2", "2.1"]);
  });

  it("reports a deleted table's binding as broken, and binding again records it anew", async () => {
    const excel = excelOf(districtPlan());
    await bindPlan(officeWorkbookOn(excel));
    const tables = excel.book.tables;
    tables.splice(
      tables.findIndex((t) => t.name === "Deltagare"),
      1,
    );
    const broken = excel.book.bindings.find((b) => b.id === "atgardsplan.Deltagare");
    expect(broken && isValidBinding(excel.book, broken)).toBe(false);

    const snapshot = await officeWorkbookOn(excel).readSnapshot();
    const expected = [{ id: "atgardsplan.Deltagare", table: "Deltagare" }];
    expect(locatePlanTables(snapshot).brokenBindings).toEqual(expected);
    expect(proposeBinding(snapshot).brokenBindings).toEqual(expected);
    expect(await officeWorkbookOn(excel).readBindings()).toContainEqual({
      id: "atgardsplan.Deltagare",
      tableName: null,
    });

    // Excel refuses to replace the broken Excel binding; the name binds the table even so.
    await bindPlan(officeWorkbookOn(excel));
    const again = locatePlanTables(await officeWorkbookOn(excel).readSnapshot());
    expect(again.brokenBindings).toBeUndefined();
    expect(again.tables.get("Deltagare")?.location).toEqual(
      expect.objectContaining({ sheet: "Parter", excelTable: "Deltagare" }),
    );
  });

  it("reports the binding of a table whose sheet was deleted as broken", async () => {
    const excel = planExcel();
    await bindPlan(officeWorkbookOn(excel));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Utfall").delete();
      await context.sync();
    });

    const located = locatePlanTables(await officeWorkbookOn(excel).readSnapshot());
    expect(located.brokenBindings).toEqual([{ id: "atgardsplan.Utfall", table: "Utfall" }]);
    expect(located.missing.map((def) => def.name)).toEqual(["Utfall"]);
  });

  it("finds a workbook bound by the command line", async () => {
    const book = await ExceljsWorkbook.fromBuffer(
      await bytesOf(workbookOfSheets(districtPlan())),
      "plan.xlsx",
    );
    await bindPlan(book);
    const raw = await loadRaw(await book.toBuffer());
    const excel = excelFromExceljs(raw);
    tableModel(excel, "Aktiviteter")!.name = "Tabell7";

    const snapshot = await officeWorkbookOn(excel).readSnapshot();
    expect(snapshot.bindings).toEqual(
      PLAN_TABLES.map((def) => ({
        id: `atgardsplan.${def.name}`,
        table: def.name === "Aktiviteter" ? "Tabell7" : def.name,
      })),
    );
    expect(locatePlanTables(snapshot).tables.get("Aktiviteter")?.location.excelTable).toBe("Tabell7");
  });
});

describe("OfficeWorkbook binding round trips", () => {
  it("binds in two syncs, reads the bound plan back in two and then in one", async () => {
    const excel = excelOf(untidyPlan());
    const port = officeWorkbookOn(excel);
    const proposal = proposeBinding(await port.readSnapshot());
    const operations = planBinding(proposal, defaultBindingPlan(proposal));
    expect(operations.map((op) => op.kind)).toEqual(
      expect.arrayContaining(["convertRangeToTable", "addColumns", "formatColumnsAsText", "createTable"]),
    );

    const start = excel.syncCount;
    await port.applyBinding(operations);
    expect(excel.syncCount - start).toBe(2);
    // The tables and names it made are new to the read: the lists, then what they choose.
    const located = locatePlanTables(await port.readSnapshot());
    expect(excel.syncCount - start).toBe(4);
    expect(located.missing).toEqual([]);
    await port.readSnapshot();
    expect(excel.syncCount - start).toBe(5);
  });

  it("binds a plan whose tables have the contract's names in four round trips, reading included", async () => {
    const excel = planExcel();
    await bindPlan(officeWorkbookOn(excel));
    expect(excel.syncCount).toBe(4);
    expect(excel.book.bindings.map((b) => b.id)).toEqual(PLAN_TABLES.map((def) => `atgardsplan.${def.name}`));
    expect(excel.book.names.map((n) => n.name)).toEqual(
      PLAN_TABLES.map((def) => `_atgardsplan_bind_${def.name}`),
    );
  });

  it('records Excel\'s bindings with bindings.add(table range, "Table", id), never by a bare table name', async () => {
    const excel = planExcel();
    await bindPlan(officeWorkbookOn(excel));
    expect(excel.calls.filter((c) => c === "BindingCollection.Add")).toHaveLength(PLAN_TABLES.length);
    expect(excel.calls).not.toContain("BindingCollection.AddFromNamedItem");
  });

  it("reads only the Nr columns' formats to check a large plan", async () => {
    const excel = planExcel({ extraFollowUps: 10_000 });
    const port = officeWorkbookOn(excel);
    const proposal = proposeBinding(await port.readSnapshot());
    const start = excel.syncCount;
    await port.applyBinding(planBinding(proposal, defaultBindingPlan(proposal)));

    const [check] = excel.syncs.slice(start);
    // Uppföljning's 10,002 rows: its Aktivitet column's formats, not its 70,000 cells'.
    expect(check?.responseBytes).toBeGreaterThan(10_000 * 6);
    expect(check?.responseBytes).toBeLessThan(200_000);
  });

  it("reads the bindings in two syncs, and in one once the workbook has been read", async () => {
    const excel = planExcel();
    await bindPlan(officeWorkbookOn(excel));
    const port = officeWorkbookOn(excel);
    const expected = PLAN_TABLES.map((def) => ({ id: `atgardsplan.${def.name}`, tableName: def.name }));
    let start = excel.syncCount;
    expect(await port.readBindings()).toEqual(expected);
    expect(excel.syncCount - start).toBe(2);
    await port.readSnapshot();
    start = excel.syncCount;
    expect(await port.readBindings()).toEqual(expected);
    expect(excel.syncCount - start).toBe(1);
  });
});
