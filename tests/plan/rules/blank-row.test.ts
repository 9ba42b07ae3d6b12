import { describe, expect, it } from "vitest";
import { activityRow, planSnapshot, validPlanTables } from "../../helpers/snapshot-builder";
import { allFields, onlyFinding, validate } from "../support";

describe("validatePlan", () => {
  it("reports an empty row between data rows as a warning at the row's first cell", () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [activityRow({ Nr: "1.1" }), {}, activityRow({ Nr: "1.2", Aktivitet: "Bredäng" })];
    const report = validate(planSnapshot(tables));

    expect(allFields(report)).toEqual([
      {
        rule: "blank-row",
        severity: "warning",
        table: "Aktiviteter",
        column: null,
        row: 2,
        address: "Aktiviteter!A3",
        value: null,
      },
    ]);
    expect(report.valid).toBe(true);
    // Excel's row 3 (header row 1), named by its sheet.
    expect(onlyFinding(report, "blank-row").message).toBe(
      "Rad 3 i Aktiviteter är tom men har rader med data under sig. Ta bort raden eller fyll i den.",
    );
  });

  it("treats a row of whitespace-only cells as empty", () => {
    const tables = validPlanTables();
    tables.Omraden = [
      ...tables.Omraden,
      { Nr: " ", Område: "\u00a0", "Övergripande mål och syfte": "  " },
      { Nr: 2, Område: "Unga", "Övergripande mål och syfte": "Förebygga." },
    ];
    tables.Aktiviteter = [...tables.Aktiviteter, activityRow({ Nr: "2.1" })];
    tables.Deltagare = [
      ...tables.Deltagare,
      { Aktivitet: "2.1", Part: "Stadsdelsförvaltningen", Kontakt: "Strateg" },
      { Aktivitet: "2.1", Part: "Polisen", Kontakt: "Kommunpoliser" },
      { Aktivitet: "2.1", Part: "Utbildningsförvaltningen", Kontakt: "Rektor" },
    ];
    const report = validate(planSnapshot(tables));

    expect(allFields(report)).toEqual([
      {
        rule: "blank-row",
        severity: "warning",
        table: "Omraden",
        column: null,
        row: 2,
        address: "'Områden'!A3",
        value: null,
      },
    ]);
  });

  it("does not report empty rows at the end of a table", () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [...tables.Aktiviteter, {}, {}, { Nr: "  " }];
    tables.Uppfoljning = [...tables.Uppfoljning, {}];

    expect(validate(planSnapshot(tables)).findings).toEqual([]);
  });
});
