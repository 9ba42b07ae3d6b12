import { describe, expect, it } from "vitest";
import { INDICATORS_TABLE, OUTCOMES_TABLE, PARTICIPANTS_TABLE, locatePlanTables } from "../../src/plan";
import {
  activityRow,
  planSnapshot,
  planSnapshotWith,
  snapshotOf,
  validPlanTables,
} from "../helpers/snapshot-builder";
import { allFields, findingsOf, validate } from "./support";

const indicatorRows = [{ Aktivitet: "1.1", Indikator: "Trygghetsvandringar", Målvärde: 8 }];
const outcomeRows = [
  { Aktivitet: "1.1", Indikator: "Trygghetsvandringar", År: 2026, Period: "T1", Värde: 3 },
];

/** Activity 1.2 with an empty Sammankallande: a required finding at G3 of wherever the table is. */
function brokenActivities() {
  return [activityRow({ Nr: "1.1" }), activityRow({ Nr: "1.2", Sammankallande: null })];
}

describe("locatePlanTables", () => {
  it("finds a table by its Excel name, ignoring case, on any sheet", () => {
    const located = locatePlanTables(
      planSnapshotWith({ Aktiviteter: { sheet: "Blad2", excelTable: "AKTIVITETER" } }),
    );

    expect(located.tables.get("Aktiviteter")?.location).toEqual(
      expect.objectContaining({
        table: "Aktiviteter",
        sheet: "Blad2",
        excelTable: "AKTIVITETER",
        top: 1,
        left: 1,
      }),
    );
    expect(located.missing).toEqual([]);
  });

  it("finds a plain range by the headers in its sheet's first row when no table has the name", () => {
    const located = locatePlanTables(
      planSnapshotWith({ Aktiviteter: { excelTable: null, top: 3, left: 2 } }),
    );

    const table = located.tables.get("Aktiviteter");
    expect(table?.location).toEqual(
      expect.objectContaining({ sheet: "Aktiviteter", excelTable: null, top: 3, left: 2 }),
    );
    expect(table?.rows).toHaveLength(2);
  });

  it("finds a table named otherwise on a sheet named otherwise by its headers", () => {
    const located = locatePlanTables(
      planSnapshotWith({ Deltagare: { sheet: "Blad1", excelTable: "Tabell1" } }),
    );

    expect(located.tables.get("Deltagare")?.location).toEqual(
      expect.objectContaining({ sheet: "Blad1", excelTable: "Tabell1" }),
    );
  });

  it("takes a table by name even when a better-fitting table exists elsewhere", () => {
    const wrong = { name: "Deltagare", headers: ["Aktivitet", "Organisation"], rows: [["1.1", "Polisen"]] };
    const right = {
      name: "Tabell9",
      sheet: "Blad9",
      headers: PARTICIPANTS_TABLE.columns.map((c) => c.header),
      rows: [],
    };
    const snapshot = planSnapshotWith({ Deltagare: null }, snapshotOf([wrong, right]).sheets);

    expect(locatePlanTables(snapshot).tables.get("Deltagare")?.location.excelTable).toBe("Deltagare");
    const report = validate(snapshot);
    expect(findingsOf(report, "column-missing").map((f) => f.column)).toEqual(["Part"]);
  });

  it("does not take an Utfall-shaped range as Indikatorer when both exist, whatever the sheet order", () => {
    const outcomes = {
      name: "Tabell4",
      sheet: "Blad4",
      headers: OUTCOMES_TABLE.columns.map((c) => c.header),
      rows: outcomeRows,
    };
    const indicators = {
      name: "Tabell5",
      sheet: "Blad5",
      headers: INDICATORS_TABLE.columns.map((c) => c.header),
      rows: indicatorRows,
    };
    const snapshot = planSnapshotWith(
      { Indikatorer: null, Utfall: null },
      snapshotOf([outcomes, indicators]).sheets,
    );

    const located = locatePlanTables(snapshot);
    expect(located.tables.get("Indikatorer")?.location.excelTable).toBe("Tabell5");
    expect(located.tables.get("Utfall")?.location.excelTable).toBe("Tabell4");
    expect(validate(snapshot).findings).toEqual([]);
  });

  it("does the same for plain ranges", () => {
    const outcomes = { name: "Utfall", sheet: "Blad4", excelTable: null, rows: outcomeRows };
    const indicators = { name: "Indikatorer", sheet: "Blad5", excelTable: null, rows: indicatorRows };
    const snapshot = planSnapshotWith(
      { Indikatorer: null, Utfall: null },
      snapshotOf([outcomes, indicators]).sheets,
    );

    const located = locatePlanTables(snapshot);
    expect(located.tables.get("Indikatorer")?.location.sheet).toBe("Blad5");
    expect(located.tables.get("Utfall")?.location.sheet).toBe("Blad4");
  });

  it("leaves Indikatorer missing when only an Utfall-shaped range exists", () => {
    const outcomes = {
      name: "Tabell4",
      sheet: "Blad4",
      headers: OUTCOMES_TABLE.columns.map((c) => c.header),
      rows: outcomeRows,
    };
    const snapshot = planSnapshotWith({ Indikatorer: null, Utfall: null }, snapshotOf([outcomes]).sheets);

    const located = locatePlanTables(snapshot);
    expect(located.tables.get("Utfall")?.location.excelTable).toBe("Tabell4");
    expect(located.missing.map((d) => d.name)).toEqual(["Indikatorer"]);
    expect(allFields(validate(snapshot))).toEqual([
      {
        rule: "table-missing",
        severity: "info",
        table: "Indikatorer",
        column: null,
        row: null,
        address: null,
        value: null,
      },
    ]);
  });

  it("prefers the sheet the contract names when two ranges fit the headers", () => {
    const elsewhere = { name: "Deltagare", sheet: "Blad1", excelTable: "Tabell1", rows: [] };
    const snapshot = planSnapshotWith(
      { Deltagare: { excelTable: "Tabell2" } },
      snapshotOf([elsewhere]).sheets,
    );

    expect(locatePlanTables(snapshot).tables.get("Deltagare")?.location.sheet).toBe("Deltagare");
  });

  it("drops completely empty trailing rows", () => {
    const tables = validPlanTables();
    const located = locatePlanTables(planSnapshot({ Aktiviteter: [...tables.Aktiviteter, {}, { Nr: " " }] }));

    expect(located.tables.get("Aktiviteter")?.rows).toHaveLength(2);
  });
});

describe("validatePlan", () => {
  it("reports a missing required table as an error and a missing optional one as info", () => {
    const report = validate(planSnapshot({ Omraden: null, Indikatorer: null }));

    expect(report.findings.map((f) => [f.rule, f.table, f.severity])).toEqual([
      ["table-missing", "Omraden", "error"],
      ["table-missing", "Indikatorer", "info"],
    ]);
  });
});

describe("validatePlan", () => {
  it("quotes a sheet name with a non-ASCII letter: 'Uppföljning'!B4", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [...tables.Uppfoljning, { ...tables.Uppfoljning[0], Period: "T2", År: "tjugo" }];

    expect(findingsOf(validate(planSnapshot(tables)), "type").map((f) => f.address)).toEqual([
      "'Uppföljning'!B4",
    ]);
  });

  it.each([
    ["Blad1", "Blad1!G3"],
    ["Plan 2026", "'Plan 2026'!G3"],
    ["Kim's plan", "'Kim''s plan'!G3"],
    ["Åtgärder", "'Åtgärder'!G3"],
  ])("writes the address on sheet %j as %s", (sheet, address) => {
    const report = validate(planSnapshotWith({ Aktiviteter: { sheet, rows: brokenActivities() } }));

    expect(findingsOf(report, "required").map((f) => f.address)).toEqual([address]);
  });

  it("offsets addresses by where the table starts on its sheet", () => {
    const report = validate(planSnapshotWith({ Aktiviteter: { top: 4, left: 3, rows: brokenActivities() } }));

    // Header in row 4 from column C: Sammankallande is the 7th column (I), data row 2 is sheet row 6.
    expect(findingsOf(report, "required").map((f) => f.address)).toEqual(["Aktiviteter!I6"]);
  });

  it("writes addresses of a plain range relative to its used range", () => {
    const report = validate(
      planSnapshotWith({ Aktiviteter: { excelTable: null, top: 2, left: 2, rows: brokenActivities() } }),
    );

    expect(findingsOf(report, "required").map((f) => f.address)).toEqual(["Aktiviteter!H4"]);
  });
});
