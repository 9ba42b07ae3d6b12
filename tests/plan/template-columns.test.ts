import { describe, expect, it } from "vitest";
import { GOAL_STATUSES, PERIODS, PLAN_TABLES, isTextColumn, newTable, planTemplate } from "../../src/plan";
import type { TableName } from "../../src/plan/contract";

const def = (name: TableName) => PLAN_TABLES.find((t) => t.name === name)!;

describe("planTemplate, the columns' formats and lists", () => {
  it("formats each table's Nr and Aktivitet columns as text, dates as dates, and lists periods and goal statuses", () => {
    const formats = planTemplate().map((t) => ({
      name: t.name,
      textColumns: t.textColumns,
      dateColumns: t.dateColumns,
      lists: t.lists,
    }));

    expect(formats).toEqual([
      // Rapportdag T1, T2 and VB.
      { name: "Plan", textColumns: [], dateColumns: [5, 6, 7], lists: [] },
      // Områdets Nr is a number.
      { name: "Omraden", textColumns: [], dateColumns: [], lists: [] },
      { name: "Aktiviteter", textColumns: [0], dateColumns: [], lists: [] },
      { name: "Deltagare", textColumns: [0], dateColumns: [], lists: [] },
      { name: "Indikatorer", textColumns: [0], dateColumns: [], lists: [] },
      {
        name: "Uppfoljning",
        textColumns: [0],
        // Rapportdatum.
        dateColumns: [8],
        // Period; Målet nått.
        lists: [
          { column: 2, values: PERIODS },
          { column: 3, values: GOAL_STATUSES },
        ],
      },
      { name: "Utfall", textColumns: [0], dateColumns: [], lists: [{ column: 3, values: PERIODS }] },
      { name: "Bedomning", textColumns: [], dateColumns: [], lists: [{ column: 2, values: PERIODS }] },
    ]);
    expect(PERIODS).toEqual(["T1", "T2", "VB"]);
  });

  it("writes no rows unless given some", () => {
    expect(newTable(def("Aktiviteter")).rows).toEqual([]);
    expect(newTable(def("Aktiviteter")).rowHeights).toEqual([]);
  });

  it("wraps, and so heightens rows for, free-text columns only", () => {
    const long = "x".repeat(200);
    // Plan: Titel (text, 44 wide) and Rapportdag T1 (a date column, 14 wide).
    const titleRow = [long, "Skärholmen", null, 2026, null, null, null, null];
    const dateRow = ["Plan", "Skärholmen", null, 2026, null, long, null, null];

    expect(newTable(def("Plan"), [titleRow, dateRow]).rowHeights).toEqual([expect.any(Number), null]);
  });
});

describe("isTextColumn", () => {
  it.each([
    [0, true], // Nr
    [1, true], // Aktivitet
    [4, true], // Löptid (duration)
    [10, false], // past the last column
  ])("Aktiviteter's column %d: %s", (index, text) => {
    expect(isTextColumn(def("Aktiviteter"), index)).toBe(text);
  });

  it.each([
    [0, false], // Nr, a number
    [1, true], // Område
  ])("Omraden's column %d: %s", (index, text) => {
    expect(isTextColumn(def("Omraden"), index)).toBe(text);
  });
});
