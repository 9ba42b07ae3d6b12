import { describe, expect, it } from "vitest";
import { activityRow, followUpRow, planSnapshot, validPlanTables } from "../../helpers/snapshot-builder";
import { allFields, onlyFinding, validate } from "../support";

describe("validatePlan", () => {
  it("reports a required cell holding only whitespace, at that cell", () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [activityRow({ Nr: "1.1" }), activityRow({ Nr: "1.2", Sammankallande: "  \n " })];
    const report = validate(planSnapshot(tables));

    expect(allFields(report)).toEqual([
      {
        rule: "required",
        severity: "error",
        table: "Aktiviteter",
        column: "Sammankallande",
        row: 2,
        address: "Aktiviteter!G3",
        value: null,
      },
    ]);
    // The row is about activity 1.2: the message says so rather than "rad 2".
    expect(onlyFinding(report, "required").message).toBe(
      '"Sammankallande" måste fyllas i för aktivitet 1.2.',
    );
  });

  it("reports an empty required cell in a table on a sheet whose name needs quotes", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [
      followUpRow({ Aktivitet: "1.1" }),
      followUpRow({ Aktivitet: "1.2", "Målet nått": null }),
    ];

    expect(allFields(validate(planSnapshot(tables)))).toEqual([
      {
        rule: "required",
        severity: "error",
        table: "Uppfoljning",
        column: "Målet nått",
        row: 2,
        address: "'Uppföljning'!D3",
        value: null,
      },
    ]);
  });

  it("names a follow-up row by its activity and period", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [
      followUpRow({ Aktivitet: "1.1" }),
      followUpRow({ Aktivitet: "1.2", "Målet nått": null }),
    ];

    expect(onlyFinding(validate(planSnapshot(tables)), "required").message).toBe(
      '"Målet nått" måste fyllas i för aktivitet 1.2, T1 2026.',
    );
  });

  it("names a row whose key is empty by Excel's row number and the sheet's name", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [followUpRow({ Aktivitet: "1.1" }), followUpRow({ Aktivitet: null })];
    tables.Uppfoljning = [...tables.Uppfoljning, followUpRow({ Aktivitet: "1.2" })];

    expect(onlyFinding(validate(planSnapshot(tables)), "required").message).toBe(
      '"Aktivitet" måste fyllas i på rad 3 i Uppföljning.',
    );
  });

  it("does not report a follow-up row not yet reported (only Aktivitet, År and Period filled in)", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [...tables.Uppfoljning, { Aktivitet: "1.1", År: 2026, Period: "T2" }];

    expect(validate(planSnapshot(tables)).findings).toEqual([]);
  });

  it("reports the empty required cells of a follow-up row with anything beyond its key filled in", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [
      ...tables.Uppfoljning,
      { Aktivitet: "1.1", År: 2026, Period: "T2", "Antal möten": 3 },
    ];

    expect(validate(planSnapshot(tables)).findings.map((f) => [f.rule, f.address, f.message])).toEqual([
      ["required", "'Uppföljning'!D4", '"Målet nått" måste fyllas i för aktivitet 1.1, T2 2026.'],
      ["required", "'Uppföljning'!F4", '"Genomförda aktiviteter" måste fyllas i för aktivitet 1.1, T2 2026.'],
    ]);
  });

  it("does not report empty optional cells", () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [
      activityRow({ Nr: "1.1", Finansiering: null, Kommunikation: "   " }),
      activityRow({ Nr: "1.2" }),
    ];
    tables.Uppfoljning = [
      followUpRow({ Aktivitet: "1.1", Kommentar: null, "Antal möten": null, "Rapporterad av": null }),
      followUpRow({ Aktivitet: "1.2" }),
    ];

    expect(validate(planSnapshot(tables)).findings).toEqual([]);
  });
});
