import { describe, expect, it } from "vitest";
import {
  changedRows,
  rawDate,
  type RawValue,
  type RowUpdate,
  type RowsForTable,
  type TableLocation,
  type TableNow,
} from "../../src/plan";
import type { TableName } from "../../src/plan/contract";

const HEADERS = ["Aktivitet", "Period", "Kommentar"];

function location(
  table: TableName,
  headers: readonly (string | null)[] = HEADERS,
  rowCount = 2,
): TableLocation {
  return { table, sheet: table, excelTable: table, top: 1, left: 1, rowCount, headers };
}

/** Tables as they are now: each with headers and rows. */
function now(tables: Partial<Record<TableName, { headers?: (string | null)[]; rows: RawValue[][] }>>) {
  return (at: TableLocation): TableNow | null => {
    const table = tables[at.table];
    if (table === undefined) return null;
    return {
      headers: table.headers ?? HEADERS,
      rowCount: table.rows.length,
      row: (row) => table.rows[row - 1] ?? null,
    };
  };
}

const rows: RawValue[][] = [
  ["1.1", "T1", "Klart"],
  ["1.2", "T1", rawDate("2026-04-30")],
];

function update(table: TableName, row: number, expected: RawValue, headers?: (string | null)[]): RowUpdate {
  return {
    location: location(table, headers),
    row,
    expected: [
      { column: 0, value: row === 1 ? "1.1" : "1.2" },
      { column: 2, value: expected },
    ],
    cells: [{ column: 2, value: "Ny text" }],
  };
}

function append(
  table: TableName,
  added: RawValue[][],
  rowCount = 2,
  headers?: (string | null)[],
): RowsForTable {
  return { location: location(table, headers, rowCount), rows: added };
}

describe("changedRows", () => {
  it("finds nothing changed when every row holds what it held and every table is as read", () => {
    const write = {
      updates: [update("Uppfoljning", 1, "Klart"), update("Uppfoljning", 2, rawDate("2026-04-30"))],
      appends: [append("Uppfoljning", [["1.3", "T1", null]])],
    };

    expect(changedRows(write, now({ Uppfoljning: { rows } }))).toEqual([]);
  });

  it("names each changed row, and a table that is gone or has other headers, in the updates' order", () => {
    const write = {
      updates: [
        update("Aktiviteter", 1, "Klart"),
        update("Uppfoljning", 1, "Annat"),
        update("Utfall", 1, "Klart"),
        update("Uppfoljning", 3, null),
        update("Uppfoljning", 2, rawDate("2026-04-30")),
        update("Deltagare", 1, "Klart"),
        update("Indikatorer", 1, "Klart"),
      ],
      appends: [],
    };
    const tables = now({
      Uppfoljning: { rows },
      // A header renamed; a header removed at the end; one added at the end.
      Utfall: { headers: ["Aktivitet", "Period", "Anteckning"], rows },
      Deltagare: { headers: ["Aktivitet", "Period"], rows },
      Indikatorer: { headers: [...HEADERS, "Ny"], rows },
      // An empty header cell read as "" then, null now: the same.
      Bedomning: { headers: ["Aktivitet", "Period", null], rows },
    });

    expect(changedRows(write, tables)).toEqual([
      { table: "Aktiviteter", row: null },
      { table: "Uppfoljning", row: 1 },
      { table: "Utfall", row: null },
      { table: "Uppfoljning", row: 3 },
      { table: "Deltagare", row: null },
      { table: "Indikatorer", row: null },
    ]);
    expect(
      changedRows(
        { updates: [update("Bedomning", 1, "Klart", ["Aktivitet", "Period", ""])], appends: [] },
        tables,
      ),
    ).toEqual([]);
    expect(
      changedRows(
        { updates: [update("Uppfoljning", 1, "Klart", ["Aktivitet", "Period", null])], appends: [] },
        now({ Uppfoljning: { headers: ["Aktivitet", "Period", ""], rows } }),
      ),
    ).toEqual([]);
  });

  it("names a table rows are added to when it is gone, has other headers or other rows, after the updates", () => {
    const write = {
      updates: [update("Uppfoljning", 1, "Annat")],
      appends: [
        append("Aktiviteter", [["1.3"]]),
        append("Utfall", [["1.3"]]),
        append("Deltagare", [["1.3"]], 1),
        append("Indikatorer", [["1.3"]]),
        // Nothing to add: not checked.
        append("Bedomning", []),
      ],
    };
    const tables = now({
      Uppfoljning: { rows },
      Utfall: { headers: ["Aktivitet", "Period", "Anteckning"], rows },
      // Someone added a row since it was read.
      Deltagare: { rows },
      Indikatorer: { rows },
    });

    expect(changedRows(write, tables)).toEqual([
      { table: "Uppfoljning", row: 1 },
      { table: "Aktiviteter", row: null },
      { table: "Utfall", row: null },
      { table: "Deltagare", row: null },
    ]);
  });
});
