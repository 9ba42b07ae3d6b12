/**
 * `WorkbookPort.writeRows`, for every adapter: cells of rows that are as read are written
 * and nothing else changes; a row or table that changed since it was read is reported and
 * nothing at all is written. Fixtures are built with raw exceljs.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  rawDate,
  type RowsWrite,
  type TableLocation,
  type TableSnapshot,
  type WorkbookPort,
} from "../../src/plan";
import { addTable, DATE_FMT } from "../helpers/xlsx-fixtures";
import { locationOf as locationIn, tableOf, trimmed } from "./workbook-port-contract";

export type OpenWriteFixture = (fixture: ExcelJS.Workbook) => Promise<WorkbookPort>;

const locationOf = (table: TableSnapshot): TableLocation => locationIn(table, "Uppfoljning");

const HEADERS = ["Aktivitet", "År", "Period", "Genomförda aktiviteter", "Rapportdatum", "Anteckning"];

/** Uppföljning with two rows, a note of the user's in its last column, Rapportdatum formatted as a date and as text. */
function followUpBook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const sheet = addTable(book, {
    sheet: "Uppföljning",
    name: "Uppfoljning",
    headers: HEADERS,
    rows: [
      ["1.1", 2026, "T1", "Fyra möten.", null, "egen"],
      ["1.2", 2026, "T1", "Två möten.", null, null],
    ],
  });
  sheet.getColumn(1).numFmt = "@";
  sheet.getCell("E2").numFmt = DATE_FMT;
  sheet.getCell("E3").numFmt = "@";
  return book;
}

/** Every expected cell of a data row as it was read. */
function expectedOf(table: TableSnapshot, row: number) {
  return (table.rows[row - 1] ?? []).map((value, column) => ({ column, value }));
}

export function describeWriteRowsContract(label: string, open: OpenWriteFixture): void {
  describe(`WorkbookPort.writeRows (${label})`, () => {
    it("writes the given cells of a row as read and leaves every other cell as it is", async () => {
      const port = await open(followUpBook());
      const table = tableOf(await port.readSnapshot(), "Uppfoljning");
      const result = await port.writeRows({
        updates: [
          {
            location: locationOf(table),
            row: 1,
            expected: expectedOf(table, 1),
            cells: [
              { column: 3, value: "=inte en formel" },
              { column: 4, value: rawDate("2026-05-04") },
            ],
          },
        ],
        appends: [],
      });
      expect(result).toEqual({ written: true });
      const after = await port.readSnapshot();
      expect(trimmed(tableOf(after, "Uppfoljning").rows)).toEqual([
        ["1.1", 2026, "T1", "=inte en formel", rawDate("2026-05-04"), "egen"],
        ["1.2", 2026, "T1", "Två möten.", null, null],
      ]);
    });

    it("writes a date into a cell formatted as text as its ISO text", async () => {
      const port = await open(followUpBook());
      const table = tableOf(await port.readSnapshot(), "Uppfoljning");
      await port.writeRows({
        updates: [
          {
            location: locationOf(table),
            row: 2,
            expected: expectedOf(table, 2),
            cells: [{ column: 4, value: rawDate("2026-05-04") }],
          },
        ],
        appends: [],
      });
      expect(tableOf(await port.readSnapshot(), "Uppfoljning").rows[1]?.[4]).toBe("2026-05-04");
    });

    it("updates rows and adds rows in one write", async () => {
      const port = await open(followUpBook());
      const table = tableOf(await port.readSnapshot(), "Uppfoljning");
      await port.writeRows({
        updates: [
          {
            location: locationOf(table),
            row: 2,
            expected: expectedOf(table, 2),
            cells: [{ column: 3, value: "Tre." }],
          },
        ],
        appends: [{ location: locationOf(table), rows: [["1.10", 2026, "T2", "Nytt.", null, null]] }],
      });
      expect(trimmed(tableOf(await port.readSnapshot(), "Uppfoljning").rows)).toEqual([
        ["1.1", 2026, "T1", "Fyra möten.", null, "egen"],
        ["1.2", 2026, "T1", "Tre.", null, null],
        ["1.10", 2026, "T2", "Nytt.", null, null],
      ]);
    });

    it("writes nothing and names the row when a cell changed since it was read", async () => {
      const port = await open(followUpBook());
      const table = tableOf(await port.readSnapshot(), "Uppfoljning");
      const stale = expectedOf(table, 2).map((c) => (c.column === 3 ? { ...c, value: "Något annat." } : c));
      const write: RowsWrite = {
        updates: [
          {
            location: locationOf(table),
            row: 1,
            expected: expectedOf(table, 1),
            cells: [{ column: 3, value: "A" }],
          },
          { location: locationOf(table), row: 2, expected: stale, cells: [{ column: 3, value: "B" }] },
        ],
        appends: [{ location: locationOf(table), rows: [["1.3", 2026, "T1", "C", null, null]] }],
      };
      expect(await port.writeRows(write)).toEqual({
        written: false,
        changed: [{ table: "Uppfoljning", row: 2 }],
      });
      expect(trimmed(tableOf(await port.readSnapshot(), "Uppfoljning").rows)).toEqual(trimmed(table.rows));
    });

    it("adds no row to a table that grew since it was read", async () => {
      const port = await open(followUpBook());
      const table = tableOf(await port.readSnapshot(), "Uppfoljning");
      const stale = { ...locationOf(table), rowCount: table.rows.length - 1 };
      const result = await port.writeRows({
        updates: [],
        appends: [{ location: stale, rows: [["1.3", 2026, "T1", "C", null, null]] }],
      });
      expect(result).toEqual({ written: false, changed: [{ table: "Uppfoljning", row: null }] });
      expect(trimmed(tableOf(await port.readSnapshot(), "Uppfoljning").rows)).toHaveLength(2);
    });

    it("reports a table that is gone as changed", async () => {
      const port = await open(followUpBook());
      const table = tableOf(await port.readSnapshot(), "Uppfoljning");
      const gone = { ...locationOf(table), excelTable: "Finnsinte" };
      const result = await port.writeRows({
        updates: [
          { location: gone, row: 1, expected: expectedOf(table, 1), cells: [{ column: 3, value: "A" }] },
        ],
        appends: [],
      });
      expect(result).toEqual({ written: false, changed: [{ table: "Uppfoljning", row: null }] });
    });
  });
}
