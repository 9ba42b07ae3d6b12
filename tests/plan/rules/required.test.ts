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
    const { message } = onlyFinding(report, "required");
    expect(message).toContain('"Sammankallande" måste fyllas i');
    expect(message).toContain("rad 2");
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
