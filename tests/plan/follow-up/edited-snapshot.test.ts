/**
 * applyRowEdits: the rows the form's check validates, as saving would write them.
 */
import { describe, expect, it } from "vitest";
import {
  applyRowEdits,
  type CellInput,
  type RawValue,
  type RowEdit,
  type SheetSnapshot,
  type TableLocation,
  type TableSnapshot,
  type WorkbookSnapshot,
} from "../../../src/plan";

const HEADERS = ["Första", "Andra"];

function table(name: string, sheet: string, rows: RawValue[][]): TableSnapshot {
  return { name, sheet, top: 1, left: 1, headers: HEADERS, rows };
}

function sheetOf(
  name: string,
  tables: TableSnapshot[],
  usedRange: SheetSnapshot["usedRange"] = null,
): SheetSnapshot {
  return {
    name,
    visibility: "visible",
    tables,
    usedRange,
    merges: [{ top: 9, left: 1, bottom: 9, right: 2 }],
  };
}

function at(sheet: string, excelTable: string | null, top = 1, left = 1): TableLocation {
  return { table: "Uppfoljning", sheet, excelTable, top, left, rowCount: 0, headers: HEADERS };
}

function edit(location: TableLocation, row: number | null, cells: Record<number, CellInput>): RowEdit {
  return { location, row, cells: new Map(Object.entries(cells).map(([k, v]) => [Number(k), v])) };
}

describe("applyRowEdits", () => {
  const tableA = table("A", "S", [
    ["a1", null],
    [null, null],
  ]);
  const tableB = table("B", "S", [["b1", "y"]]);
  const tableC = table("C", "T", [[null, null]]);
  const snapshot: WorkbookSnapshot = {
    sheets: [sheetOf("S", [tableA, tableB]), sheetOf("T", [tableC])],
    bindings: [],
  };
  const before = structuredClone(snapshot);

  it("adds rows after each table's last filled row, one after another, and changes rows in place", () => {
    const result = applyRowEdits(snapshot, [
      edit(at("S", "A"), null, { 1: "ny 1" }),
      edit(at("S", "B"), null, { 1: "ny b" }),
      edit(at("S", "A"), null, { 1: "ny 2" }),
      edit(at("S", "B"), 1, { 1: "ändrad" }),
      edit(at("T", "C"), null, { 0: "c" }),
    ]);
    expect(result.rows).toEqual([2, 2, 3, 1, 1]);
    expect(result.snapshot).toStrictEqual({
      sheets: [
        sheetOf("S", [
          table("A", "S", [
            ["a1", null],
            [null, "ny 1"],
            [null, "ny 2"],
          ]),
          table("B", "S", [
            ["b1", "ändrad"],
            [null, "ny b"],
          ]),
        ]),
        sheetOf("T", [table("C", "T", [["c", null]])]),
      ],
      bindings: [],
    });
    // The snapshot given is left as it was.
    expect(snapshot).toStrictEqual(before);
  });

  it("lands nowhere (row 0) when the sheet or the Excel table is not there", () => {
    const result = applyRowEdits(snapshot, [
      edit(at("Saknas", "A"), null, { 0: "x" }),
      edit(at("S", "Saknas"), null, { 0: "x" }),
      edit(at("T", null), null, { 0: "x" }),
    ]);
    expect(result.rows).toEqual([0, 0, 0]);
    expect(result.snapshot).toStrictEqual(before);
  });

  describe("a table that is a plain range", () => {
    const range = {
      top: 3,
      left: 2,
      rows: [
        ["Första", "Andra"],
        ["p1", "q1"],
        [null, null],
      ],
    };
    // Another sheet with a used range of its own, which no edit touches.
    const other = sheetOf("Q", [], { top: 1, left: 1, rows: [["Annat"]] });
    const plain: WorkbookSnapshot = { sheets: [sheetOf("P", [], range), other] };

    it("writes into the used range under its header row", () => {
      const result = applyRowEdits(plain, [edit(at("P", null, 3, 2), null, { 0: "p2" })]);
      expect(result.rows).toEqual([2]);
      expect(result.snapshot).toStrictEqual({
        sheets: [
          sheetOf("P", [], {
            top: 3,
            left: 2,
            rows: [
              ["Första", "Andra"],
              ["p1", "q1"],
              ["p2", null],
            ],
          }),
          other,
        ],
      });
    });

    it.each([
      ["another top", at("P", null, 2, 2)],
      ["another left", at("P", null, 3, 1)],
    ])("lands nowhere when the range starts elsewhere (%s)", (_, location) => {
      const result = applyRowEdits(plain, [edit(location, null, { 0: "x" })]);
      expect(result.rows).toEqual([0]);
      expect(result.snapshot).toStrictEqual(plain);
    });

    it("starts an empty used range with an empty header row", () => {
      const empty: WorkbookSnapshot = { sheets: [sheetOf("P", [], { top: 1, left: 1, rows: [] })] };
      const result = applyRowEdits(empty, [edit(at("P", null), null, { 1: "x" })]);
      expect(result.rows).toEqual([1]);
      expect(result.snapshot.sheets[0]?.usedRange?.rows).toStrictEqual([[], [null, "x"]]);
    });
  });
});
