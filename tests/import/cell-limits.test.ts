import { describe, expect, it } from "vitest";
import { fitRowsToCells } from "../../src/import/cell-limits";
import { PLAN_TABLES, type CellInput, type TableName } from "../../src/plan";

/** Every table of the plan, with no rows. */
function noRows(): Record<TableName, CellInput[][]> {
  const rows = {} as Record<TableName, CellInput[][]>;
  for (const def of PLAN_TABLES) rows[def.name] = [];
  return rows;
}

describe("fitRowsToCells", () => {
  it("leaves text of exactly 32,767 characters whole and says nothing", () => {
    const full = "a".repeat(32_767);
    const rows = noRows();
    rows.Omraden.push([1, "Område", full]);
    const notes: string[] = [];
    fitRowsToCells(rows, notes);
    expect(rows.Omraden).toEqual([[1, "Område", full]]);
    expect(notes).toEqual([]);
  });

  it("cuts longer text and names the column, the row and the sheet; a cell past the table's columns by number", () => {
    const long = "a".repeat(32_768);
    const rows = noRows();
    rows.Omraden.push([1, "Område", "Mål."], [2, "Område", long, null, null, long]);
    const notes: string[] = [];
    fitRowsToCells(rows, notes);
    const cut = `${"a".repeat(32_766)}…`;
    expect(rows.Omraden[1]).toEqual([2, "Område", cut, null, null, cut]);
    expect(notes).toEqual([
      'Texten för "Övergripande mål och syfte" på rad 2 i Områden har 32 768 tecken, men en cell i Excel ' +
        "rymmer högst 32 767: den kortades. Hela texten finns kvar i dokumentet.",
      'Texten för "kolumn 6" på rad 2 i Områden har 32 768 tecken, men en cell i Excel ' +
        "rymmer högst 32 767: den kortades. Hela texten finns kvar i dokumentet.",
    ]);
  });
});
