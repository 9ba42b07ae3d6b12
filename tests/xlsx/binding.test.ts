import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { bindPlan, PLAN_TABLES, validatePlan, type Finding } from "../../src/plan";
import { ExceljsWorkbook, WorkbookFileError } from "../../src/xlsx";
import { districtPlan, untidyPlan, workbookOfSheets, type SheetSpec } from "../helpers/binding-fixtures";
import { bytesOf, loadRaw } from "../helpers/xlsx-fixtures";

const CHECK_DATE = "2026-05-10";

/** Every cell holding a value, by sheet and address, as JSON (what a user typed). */
function cellValues(book: ExcelJS.Workbook): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const sheet of book.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value !== null)
          values[`${sheet.name}!${cell.address}`] = JSON.parse(JSON.stringify(cell.value));
      }),
    );
  }
  return values;
}

function tableNames(book: ExcelJS.Workbook): Record<string, string> {
  const names: Record<string, string> = {};
  for (const sheet of book.worksheets) {
    for (const table of sheet.getTables() as unknown as { table: { name: string; tableRef: string } }[]) {
      names[table.table.name] = `${sheet.name}!${table.table.tableRef}`;
    }
  }
  return names;
}

const brief = (f: Finding) => `${f.rule} ${f.table} ${f.address ?? ""} ${f.value ?? ""}`;

async function bound(specs: SheetSpec[]) {
  const original = await bytesOf(workbookOfSheets(specs));
  const book = await ExceljsWorkbook.fromBuffer(original, "plan.xlsx");
  const before = validatePlan(await book.readSnapshot(), { checkDate: CHECK_DATE });
  const result = await bindPlan(book);
  const saved = await book.toBuffer();
  const reopened = await ExceljsWorkbook.fromBuffer(saved, "plan.xlsx");
  const after = validatePlan(await reopened.readSnapshot(), { checkDate: CHECK_DATE });
  return { original: await loadRaw(original), raw: await loadRaw(saved), before, after, result };
}

describe("ExceljsWorkbook.applyBinding", () => {
  it("makes every contract table an Excel table with its name, where the plan already was", async () => {
    const { raw } = await bound(districtPlan());

    expect(tableNames(raw)).toEqual({
      Plan: "Info!A1:C2",
      Omraden: "Blad1!A1:D3",
      Aktiviteter: "Våra aktiviteter!A1:H4",
      Deltagare: "Parter!A1:C10",
      Uppfoljning: "Uppföljning 2026!A1:G4",
      Indikatorer: "Indikatorer!A1:G2",
      Utfall: "Utfall!A1:F2",
      Bedomning: "Bedömning!A1:F2",
    });
  });

  it("leaves every cell value as it was, on every sheet", async () => {
    const { original, raw } = await bound(districtPlan());

    const after = cellValues(raw);
    const before = cellValues(original);
    const kept = Object.fromEntries(Object.keys(before).map((key) => [key, after[key]]));
    expect(kept).toEqual(before);
    const added = Object.keys(after).filter((key) => !(key in before));
    expect(
      added.every((key) => ["Indikatorer!", "Utfall!", "Bedömning!"].some((s) => key.startsWith(s))),
    ).toBe(true);
  });

  it("keeps the cells' own styles and formats Nr cells as text without changing a value", async () => {
    const { raw } = await bound(districtPlan());
    const activities = raw.getWorksheet("Våra aktiviteter")!;
    const parties = raw.getWorksheet("Parter")!;

    expect(activities.getCell("A1").font?.bold).toBe(true);
    expect(activities.getCell("A2").fill).toEqual(expect.objectContaining({ fgColor: { argb: "FFFFEB9C" } }));
    expect(activities.getCell("B2").numFmt).toBe("@");
    expect(activities.getCell("C2").numFmt).not.toBe("@");
    expect(parties.getCell("A9").value).toBe(2.1);
    expect(parties.getCell("A9").numFmt).toBe("@");
    // Formatting one cell must not reach others that shared its style.
    expect(parties.getCell("B9").numFmt).not.toBe("@");
  });

  it("finds the same findings after binding, less the tables that were missing", async () => {
    const { before, after } = await bound(districtPlan());

    expect(before.findings.filter((f) => f.rule === "table-missing").map((f) => f.table)).toEqual([
      "Indikatorer",
      "Utfall",
      "Bedomning",
    ]);
    expect(after.findings.map(brief)).toEqual(
      before.findings.filter((f) => f.rule !== "table-missing").map(brief),
    );
    expect(after.findings.map(brief)).toContain("nr-not-text Deltagare Parter!A9 2.1");
  });

  it("binds a range under a title row, adds the missing column and creates the missing table", async () => {
    const { original, raw, after } = await bound(untidyPlan());
    const activities = raw.getWorksheet("Våra aktiviteter")!;

    expect(tableNames(raw)).toEqual(
      expect.objectContaining({ Aktiviteter: "Våra aktiviteter!A3:H6", Deltagare: "Deltagare!A1:F2" }),
    );
    expect(activities.getCell("H3").value).toBe("Löptid");
    expect(activities.getCell("H4").value).toBeNull();
    expect(Object.keys((activities as unknown as { _merges: object })._merges)).toEqual(["A1"]);
    const after_ = cellValues(raw);
    const before = cellValues(original);
    expect(Object.fromEntries(Object.keys(before).map((k) => [k, after_[k]]))).toEqual(before);
    const structural = ["table-missing", "column-missing"];
    expect(after.findings.filter((f) => structural.includes(f.rule))).toEqual([]);
    expect(after.findings.filter((f) => f.rule === "required").map((f) => f.address)).toEqual([
      "'Våra aktiviteter'!H4",
      "'Våra aktiviteter'!H5",
      "'Våra aktiviteter'!H6",
    ]);
    expect(PLAN_TABLES.every((def) => def.name in tableNames(raw))).toBe(true);
  });

  it("refuses, changing nothing, when a cell stands where a column would be added", async () => {
    const specs = untidyPlan();
    const activities = specs.find((s) => s.name === "Våra aktiviteter")!;
    const rows = activities.rows.map((row, i) => (i === 4 ? [...row, "Notering"] : row));
    const original = await bytesOf(
      workbookOfSheets(specs.map((s) => (s === activities ? { ...s, rows } : s))),
    );
    const book = await ExceljsWorkbook.fromBuffer(original, "plan.xlsx");
    const snapshot = await book.readSnapshot();

    const failure = bindPlan(book);
    await expect(failure).rejects.toBeInstanceOf(WorkbookFileError);
    await expect(failure).rejects.toThrow(/cellen 'Våra aktiviteter'!H5 till höger om tabellen är inte tom/);
    expect(await book.readSnapshot()).toEqual(snapshot);
    expect(cellValues(await loadRaw(await book.toBuffer()))).toEqual(cellValues(await loadRaw(original)));
  });
});
