/**
 * The workbook port's contract, for every adapter: the same workbooks (built with raw
 * exceljs) must read as the same snapshot, and writes must read back the same way. Each
 * adapter's test file calls `describeWorkbookPortContract` with a way to open a fixture.
 * Assertions use the WorkbookPort interface only.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  isBlank,
  planTemplate,
  rawDate,
  rawError,
  type RawValue,
  type SheetSnapshot,
  type TableLocation,
  type TableSnapshot,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "../../src/plan";
import { addRange, addTable, DATE_FMT } from "../helpers/xlsx-fixtures";

export type OpenFixture = (fixture: ExcelJS.Workbook) => Promise<WorkbookPort>;

function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${snapshot.sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

export function tableOf(snapshot: WorkbookSnapshot, name: string): TableSnapshot {
  const table = snapshot.sheets.flatMap((s) => s.tables).find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
}

/** Data rows without trailing blank rows (adapters may keep or drop them). */
export function trimmed(rows: readonly (readonly RawValue[])[]): (readonly RawValue[])[] {
  const out = [...rows];
  while (out.length > 0 && (out[out.length - 1] ?? []).every(isBlank)) out.pop();
  return out;
}

function newBook(): ExcelJS.Workbook {
  return new ExcelJS.Workbook();
}

/** One column "Värde" on sheet "Värden" holding `value` in its only data row. */
async function readOne(open: OpenFixture, build: (cell: ExcelJS.Cell) => void): Promise<RawValue> {
  const book = newBook();
  const sheet = addTable(book, {
    sheet: "Värden",
    name: "Varden",
    headers: ["Nr", "Värde"],
    rows: [["1", null]],
  });
  build(sheet.getCell("B2"));
  const snapshot = await (await open(book)).readSnapshot();
  return tableOf(snapshot, "Varden").rows[0]?.[1] ?? null;
}

export function locationOf(table: TableSnapshot, plan: TableLocation["table"]): TableLocation {
  return {
    table: plan,
    sheet: table.sheet,
    excelTable: table.name,
    top: table.top,
    left: table.left,
    rowCount: table.rows.length,
    headers: table.headers,
  };
}

export function describeWorkbookPortContract(label: string, open: OpenFixture): void {
  describe(`WorkbookPort contract (${label})`, () => {
    describe("readSnapshot", () => {
      it("reports every sheet in tab order with its visibility", async () => {
        const book = newBook();
        addRange(book, "Först", 1, 1, [["a"]]);
        book.addWorksheet("Dold").state = "hidden";
        book.addWorksheet("Mycket dold").state = "veryHidden";
        addRange(book, "Sist", 1, 1, [["b"]]);
        const snapshot = await (await open(book)).readSnapshot();
        expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual([
          ["Först", "visible"],
          ["Dold", "hidden"],
          ["Mycket dold", "veryHidden"],
          ["Sist", "visible"],
        ]);
      });

      it("reports a table by name with its headers, rows and position", async () => {
        const book = newBook();
        addRange(book, "Aktiviteter", 1, 1, [["Planens aktiviteter"]]);
        addTable(book, {
          sheet: "Aktiviteter",
          name: "Aktiviteter",
          ref: "C3",
          headers: ["Nr", "Aktivitet", "Löptid"],
          rows: [
            ["1.1", "Platssamverkan Vårberg", "Tillsvidare"],
            ["1.2", "Platssamverkan Bredäng", "2026-01-01–2026-12-31"],
          ],
        });
        const table = tableOf(await (await open(book)).readSnapshot(), "Aktiviteter");
        expect(table).toEqual({
          name: "Aktiviteter",
          sheet: "Aktiviteter",
          top: 3,
          left: 3,
          headers: ["Nr", "Aktivitet", "Löptid"],
          rows: [
            ["1.1", "Platssamverkan Vårberg", "Tillsvidare"],
            ["1.2", "Platssamverkan Bredäng", "2026-01-01–2026-12-31"],
          ],
        });
      });

      it("reports several tables on one sheet", async () => {
        const book = newBook();
        addTable(book, { sheet: "Två", name: "Forsta", headers: ["A"], rows: [["x"]] });
        addTable(book, { sheet: "Två", name: "Andra", ref: "C1", headers: ["B"], rows: [["y"], ["z"]] });
        const sheet = sheetOf(await (await open(book)).readSnapshot(), "Två");
        expect(sheet.tables.map((t) => [t.name, t.left, t.rows]).sort()).toEqual([
          ["Andra", 3, [["y"], ["z"]]],
          ["Forsta", 1, [["x"]]],
        ]);
      });

      it("leaves a totals row out of the data rows", async () => {
        const book = newBook();
        addTable(book, {
          sheet: "Utfall",
          name: "Utfall",
          headers: ["Indikator", "Värde"],
          rows: [
            ["Centrumbesiktningar", 4],
            ["Trygghetsvandringar", 8],
          ],
          totalsRow: true,
        });
        const table = tableOf(await (await open(book)).readSnapshot(), "Utfall");
        expect(table.rows).toEqual([
          ["Centrumbesiktningar", 4],
          ["Trygghetsvandringar", 8],
        ]);
      });

      it("reports a plain range sheet's used range from its top-left used cell", async () => {
        const book = newBook();
        addRange(book, "Områden", 3, 2, [
          ["Nr", "Område", null],
          [1, "Riktat arbete", "Minska brottsligheten."],
        ]);
        const sheet = sheetOf(await (await open(book)).readSnapshot(), "Områden");
        expect(sheet.tables).toEqual([]);
        expect(sheet.usedRange).toEqual({
          top: 3,
          left: 2,
          rows: [
            ["Nr", "Område", null],
            [1, "Riktat arbete", "Minska brottsligheten."],
          ],
        });
      });

      it("reports an empty sheet without a used range", async () => {
        const book = newBook();
        book.addWorksheet("Tomt");
        const sheet = sheetOf(await (await open(book)).readSnapshot(), "Tomt");
        expect(sheet.usedRange).toBeNull();
        expect(sheet.tables).toEqual([]);
      });

      it("reads a date cell as a date", async () => {
        const value = await readOne(open, (cell) => {
          cell.value = new Date(Date.UTC(2026, 4, 14));
          cell.numFmt = DATE_FMT;
        });
        expect(value).toEqual(rawDate("2026-05-14"));
      });

      it("drops a date cell's time of day", async () => {
        const value = await readOne(open, (cell) => {
          cell.value = new Date(Date.UTC(2026, 11, 31, 23, 59));
          cell.numFmt = "yyyy-mm-dd hh:mm";
        });
        expect(value).toEqual(rawDate("2026-12-31"));
      });

      it.each([
        [1, "1900-01-01"],
        [59, "1900-02-28"],
        [61, "1900-03-01"],
        [46156, "2026-05-14"],
      ])("reads date serial %d as Excel shows it (%s)", async (serial, iso) => {
        const value = await readOne(open, (cell) => {
          cell.value = serial;
          cell.numFmt = DATE_FMT;
        });
        expect(value).toEqual(rawDate(iso));
      });

      it("keeps an ISO date typed as text as text", async () => {
        const value = await readOne(open, (cell) => {
          cell.value = "2026-05-14";
          cell.numFmt = "@";
        });
        expect(value).toBe("2026-05-14");
      });

      it("keeps the number 1.1 a number", async () => {
        expect(await readOne(open, (cell) => (cell.value = 1.1))).toBe(1.1);
      });

      it("keeps a number stored as text as text", async () => {
        const value = await readOne(open, (cell) => {
          cell.value = "1.10";
          cell.numFmt = "@";
        });
        expect(value).toBe("1.10");
      });

      it("reads booleans", async () => {
        expect(await readOne(open, (cell) => (cell.value = true))).toBe(true);
      });

      it("reads an error value", async () => {
        expect(await readOne(open, (cell) => (cell.value = { error: "#REF!" }))).toEqual(rawError("#REF!"));
      });

      it("reads a formula with a cached error as the error", async () => {
        const value = await readOne(open, (cell) => {
          cell.value = { formula: 'VLOOKUP("x",A1:A2,2,FALSE)', result: { error: "#N/A" } };
        });
        expect(value).toEqual(rawError("#N/A"));
      });

      it("reads a formula with a cached number as the number", async () => {
        expect(await readOne(open, (cell) => (cell.value = { formula: "2*3", result: 6 }))).toBe(6);
      });

      it("reads a formula with a cached text as the text", async () => {
        const value = await readOne(
          open,
          (cell) => (cell.value = { formula: '"Pol"&"isen"', result: "Polisen" }),
        );
        expect(value).toBe("Polisen");
      });

      it("reads a formula with a cached date as the date", async () => {
        const value = await readOne(open, (cell) => {
          cell.value = { formula: "DATE(2026,5,14)", result: new Date(Date.UTC(2026, 4, 14)) };
          cell.numFmt = DATE_FMT;
        });
        expect(value).toEqual(rawDate("2026-05-14"));
      });

      it("reads shared formulas as their cached results", async () => {
        const book = newBook();
        const sheet = addTable(book, {
          sheet: "Värden",
          name: "Varden",
          headers: ["Antal", "Dubbelt"],
          rows: [
            [1, null],
            [2, null],
            [3, null],
          ],
        });
        const master = { formula: "A2*2", result: 2, shareType: "shared", ref: "B2:B4" };
        sheet.getCell("B2").value = master as ExcelJS.CellFormulaValue;
        sheet.getCell("B3").value = { sharedFormula: "B2", result: 4 };
        sheet.getCell("B4").value = { sharedFormula: "B2", result: 6 };
        const table = tableOf(await (await open(book)).readSnapshot(), "Varden");
        expect(table.rows.map((r) => r[1])).toEqual([2, 4, 6]);
      });

      it("reads an array formula as its cached result", async () => {
        const value = await readOne(open, (cell) => {
          const array = { formula: "SUM(A2:A2*2)", result: 42, shareType: "array", ref: cell.address };
          cell.value = array as ExcelJS.CellFormulaValue;
        });
        expect(value).toBe(42);
      });

      it("reads a formula without a cached result as empty", async () => {
        expect(await readOne(open, (cell) => (cell.value = { formula: "NOW()" }))).toBeNull();
      });

      it("reads rich text as its text", async () => {
        const value = await readOne(open, (cell) => {
          cell.value = { richText: [{ text: "Plats" }, { font: { bold: true }, text: "samverkan" }] };
        });
        expect(value).toBe("Platssamverkan");
      });

      it("reads a hyperlink as its text", async () => {
        const value = await readOne(
          open,
          (cell) => (cell.value = { text: "Polisen", hyperlink: "https://polisen.se" }),
        );
        expect(value).toBe("Polisen");
      });

      it("keeps whitespace inside text as it is", async () => {
        expect(await readOne(open, (cell) => (cell.value = "  två  mellanslag\nny rad "))).toBe(
          "  två  mellanslag\nny rad ",
        );
      });

      it("reports merged ranges and reads their hidden cells as empty", async () => {
        const book = newBook();
        const sheet = addTable(book, {
          sheet: "Sammanfogat",
          name: "Sammanfogat",
          headers: ["A", "B", "C"],
          rows: [
            ["x", "y", "z"],
            ["u", "v", "w"],
          ],
        });
        sheet.mergeCells("A2:B3");
        const snapshot = await (await open(book)).readSnapshot();
        expect(sheetOf(snapshot, "Sammanfogat").merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 2 }]);
        expect(tableOf(snapshot, "Sammanfogat").rows).toEqual([
          ["x", null, "z"],
          [null, null, "w"],
        ]);
      });

      it("keeps a blank row in the middle as a row of nulls", async () => {
        const book = newBook();
        addTable(book, {
          sheet: "Luckor",
          name: "Luckor",
          headers: ["Nr", "Namn"],
          rows: [
            ["1.1", "Första"],
            [null, null],
            ["1.2", "Andra"],
          ],
        });
        const table = tableOf(await (await open(book)).readSnapshot(), "Luckor");
        expect(table.rows).toEqual([
          ["1.1", "Första"],
          [null, null],
          ["1.2", "Andra"],
        ]);
      });

      it("reads trailing blank table rows as blank (if at all)", async () => {
        const book = newBook();
        addTable(book, {
          sheet: "Luckor",
          name: "Luckor",
          headers: ["Nr", "Namn"],
          rows: [
            ["1.1", "Första"],
            [null, null],
            [null, null],
          ],
        });
        const table = tableOf(await (await open(book)).readSnapshot(), "Luckor");
        expect(trimmed(table.rows)).toEqual([["1.1", "Första"]]);
        expect(table.rows.length).toBeLessThanOrEqual(3);
      });
    });

    describe("createTables", () => {
      it("adds each table on its own sheet, readable at once", async () => {
        const port = await open(newBook());
        const [plan, areas] = planTemplate({
          Omraden: [[1, "Riktat arbete i utsatta områden", "=Minska brottsligheten", null, null]],
        }).filter((t) => t.name === "Plan" || t.name === "Omraden");
        await port.createTables([plan!, areas!]);
        const snapshot = await port.readSnapshot();
        expect(snapshot.sheets.map((s) => s.name)).toEqual(["Plan", "Områden"]);
        const table = tableOf(snapshot, "Omraden");
        expect([table.sheet, table.top, table.left]).toEqual(["Områden", 1, 1]);
        expect(table.headers).toEqual(areas!.headers);
        expect(trimmed(table.rows)).toEqual([
          [1, "Riktat arbete i utsatta områden", "=Minska brottsligheten", null, null],
        ]);
        expect(trimmed(tableOf(snapshot, "Plan").rows)).toEqual([]);
      });

      it("writes dates as dates and text that looks like a number as text", async () => {
        const port = await open(newBook());
        const followUps = planTemplate({
          Uppfoljning: [["1.10", 2026, "T1", "Uppfyllt", null, "Möten", 4, "Anna", rawDate("2026-05-14")]],
        }).find((t) => t.name === "Uppfoljning")!;
        await port.createTables([followUps]);
        const rows = tableOf(await port.readSnapshot(), "Uppfoljning").rows;
        expect(trimmed(rows)).toEqual([
          ["1.10", 2026, "T1", "Uppfyllt", null, "Möten", 4, "Anna", rawDate("2026-05-14")],
        ]);
      });

      it("refuses a sheet name that is taken, and writes nothing", async () => {
        const book = newBook();
        addRange(book, "Aktiviteter", 1, 1, [["Egen anteckning"]]);
        const port = await open(book);
        const tables = planTemplate().filter((t) => t.name === "Omraden" || t.name === "Aktiviteter");
        await expect(port.createTables(tables)).rejects.toMatchObject({
          userMessage: expect.stringContaining('"Aktiviteter"'),
        });
        const snapshot = await port.readSnapshot();
        expect(snapshot.sheets.map((s) => s.name)).toEqual(["Aktiviteter"]);
        expect(sheetOf(snapshot, "Aktiviteter").usedRange?.rows).toEqual([["Egen anteckning"]]);
      });
    });

    describe("appendRows", () => {
      it("appends rows below a table's last row and the table grows to hold them", async () => {
        const book = newBook();
        addTable(book, {
          sheet: "Uppföljning",
          name: "Uppfoljning",
          headers: ["Aktivitet", "År", "Period"],
          rows: [["1.1", 2026, "T1"]],
        });
        addRange(book, "Uppföljning", 1, 5, [["Anteckning"], [null], [null], [null], ["Under"]]);
        const port = await open(book);
        const before = tableOf(await port.readSnapshot(), "Uppfoljning");
        await port.appendRows(locationOf(before, "Uppfoljning"), [
          ["1.1", 2026, "T2"],
          ["1.2", 2026, "T2"],
        ]);
        const after = await port.readSnapshot();
        expect(tableOf(after, "Uppfoljning").rows).toEqual([
          ["1.1", 2026, "T1"],
          ["1.1", 2026, "T2"],
          ["1.2", 2026, "T2"],
        ]);
      });

      it("fills a new, empty table from its first row", async () => {
        const port = await open(newBook());
        await port.createTables(planTemplate().filter((t) => t.name === "Deltagare"));
        const empty = tableOf(await port.readSnapshot(), "Deltagare");
        await port.appendRows(locationOf(empty, "Deltagare"), [
          ["1.1", "Polisen", "Kommunpoliser", null, null, null],
        ]);
        const table = tableOf(await port.readSnapshot(), "Deltagare");
        expect(table.rows[0]).toEqual(["1.1", "Polisen", "Kommunpoliser", null, null, null]);
        expect(trimmed(table.rows)).toHaveLength(1);
      });
    });
  });
}
