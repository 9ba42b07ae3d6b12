import { describe, expect, it } from "vitest";
import { activityRow, planSnapshot, validPlanTables } from "../../helpers/snapshot-builder";
import { rawError, type RawValue } from "../../../src/plan";
import { allFields, onlyFinding, validate } from "../support";

function withFunding(value: RawValue) {
  const tables = validPlanTables();
  tables.Aktiviteter = [activityRow({ Nr: "1.1", Finansiering: value }), activityRow({ Nr: "1.2" })];
  return planSnapshot(tables);
}

describe("validatePlan", () => {
  it("reports a cell showing #VALUE! with the error code as value", () => {
    const report = validate(withFunding(rawError("#VALUE!")));

    expect(allFields(report)).toEqual([
      {
        rule: "formula-error",
        severity: "error",
        table: "Aktiviteter",
        column: "Finansiering",
        row: 1,
        address: "Aktiviteter!I2",
        value: "#VALUE!",
      },
    ]);
    expect(onlyFinding(report, "formula-error").message).toBe(
      '"Finansiering" visar felvärdet #VALUE!. Rätta formeln eller skriv in värdet direkt.',
    );
  });

  it.each(["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"])(
    "reports %s",
    (code) => {
      const finding = onlyFinding(validate(withFunding(rawError(code))), "formula-error");

      expect(finding.value).toBe(code);
      expect(finding.severity).toBe("error");
    },
  );

  it("reports an error in a required cell as formula-error, not as an empty cell", () => {
    const tables = validPlanTables();
    tables.Omraden = [{ ...tables.Omraden[0], Område: rawError("#REF!") }];
    const report = validate(planSnapshot(tables));

    expect(allFields(report)).toEqual([
      {
        rule: "formula-error",
        severity: "error",
        table: "Omraden",
        column: "Område",
        row: 1,
        address: "'Områden'!B2",
        value: "#REF!",
      },
    ]);
  });

  it("does not report text that merely starts with #", () => {
    expect(validate(withFunding("#1 prioritet: egen budget")).findings).toEqual([]);
  });
});
