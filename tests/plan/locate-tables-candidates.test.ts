import { describe, expect, it } from "vitest";
import {
  ACTIVITIES_TABLE,
  locatePlanTables,
  rawDate,
  rawError,
  type RawValue,
  type SheetSnapshot,
} from "../../src/plan";
import { activityRow, snapshotOf, validPlanTables, type TableInput } from "../helpers/snapshot-builder";

const ALL = ACTIVITIES_TABLE.columns.map((c) => c.header);
const REQUIRED = ACTIVITIES_TABLE.columns.filter((c) => c.required).map((c) => c.header);

/** The small valid plan's tables as Excel tables, without Aktiviteter. */
function otherTables(): TableInput[] {
  return Object.entries(validPlanTables())
    .filter(([name]) => name !== "Aktiviteter")
    .map(([name, rows]) => ({ name, rows }));
}

/** A sheet without tables whose used range holds `headers` and then `rows`, from A1. */
function rangeSheet(name: string, headers: readonly RawValue[], rows: readonly (readonly RawValue[])[] = []) {
  return {
    name,
    visibility: "visible",
    tables: [],
    merges: [],
    usedRange: { top: 1, left: 1, rows: [headers, ...rows] },
  } satisfies SheetSnapshot;
}

function activitiesOn(...sheets: SheetSnapshot[]) {
  return locatePlanTables(snapshotOf(otherTables(), sheets)).tables.get("Aktiviteter");
}

describe("locatePlanTables, finding a table by its headers", () => {
  it("names a header cell that holds no text as the sheet shows it", () => {
    const headers: RawValue[] = [...ALL, null, 2026, true, rawDate("2026-04-30"), rawError("#N/A")];

    expect(activitiesOn(rangeSheet("Blad1", headers))?.location.headers).toEqual([
      ...ALL,
      null,
      "2026",
      "SANT",
      "2026-04-30",
      "#N/A",
    ]);
  });

  it("takes a range named as the contract's sheet before one that fits more columns", () => {
    const located = activitiesOn(rangeSheet("Blad1", ALL), rangeSheet("Aktiviteter", REQUIRED));

    expect(located?.location.sheet).toBe("Aktiviteter");
  });

  it("takes, of two ranges on sheets named otherwise, the one that fits more columns", () => {
    const more = [...ALL, "Anteckningar"];

    expect(activitiesOn(rangeSheet("Blad1", REQUIRED), rangeSheet("Blad2", more))?.location.sheet).toBe(
      "Blad2",
    );
    expect(activitiesOn(rangeSheet("Blad2", more), rangeSheet("Blad1", REQUIRED))?.location.sheet).toBe(
      "Blad2",
    );
  });

  it("takes, of two ranges with the same columns, the one with fewer columns it does not know", () => {
    const extra = [...ALL, "Anteckningar"];

    expect(activitiesOn(rangeSheet("Blad1", extra), rangeSheet("Blad2", ALL))?.location.sheet).toBe("Blad2");
  });

  it("does not read the used range of a sheet that holds an Excel table as a table", () => {
    const sheet: SheetSnapshot = {
      ...rangeSheet("Blad1", ALL, [["1.1", "Trygghetsvandring"]]),
      tables: [{ name: "Anteckningar", sheet: "Blad1", top: 10, left: 1, headers: ["Anteckning"], rows: [] }],
    };

    const located = locatePlanTables(snapshotOf(otherTables(), [sheet]));

    expect(located.tables.has("Aktiviteter")).toBe(false);
    expect(located.missing.map((d) => d.name)).toEqual(["Aktiviteter"]);
  });

  it("gives a range whose rows are all blank no rows", () => {
    const located = activitiesOn(
      rangeSheet("Blad1", ALL, [
        [null, "  "],
        ["", null],
      ]),
    );

    expect(located?.rows).toEqual([]);
    expect(located?.location.rowCount).toBe(2);
  });
});

describe("locatePlanTables, bindings before names", () => {
  it("gives a bound table to its plan table even when it bears another plan table's name", () => {
    const tables = validPlanTables();
    const snapshot = snapshotOf([
      ...otherTables().filter((t) => t.name !== "Deltagare"),
      // Deltagare's rows in an Excel table that was renamed "Aktiviteter", and bound to Deltagare.
      { name: "Deltagare", excelTable: "Aktiviteter", rows: tables.Deltagare },
      { name: "Aktiviteter", excelTable: "Tabell1", rows: [activityRow({ Nr: "1.1" })] },
    ]);

    const located = locatePlanTables({
      ...snapshot,
      bindings: [{ id: "atgardsplan.Deltagare", table: "Aktiviteter" }],
    });

    expect(located.tables.get("Deltagare")?.location.excelTable).toBe("Aktiviteter");
    expect(located.tables.get("Aktiviteter")?.location.excelTable).toBe("Tabell1");
  });
});
