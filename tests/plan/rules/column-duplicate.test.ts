import { describe, expect, it } from "vitest";
import { ACTIVITIES_TABLE } from "../../../src/plan";
import { arrange, planSnapshotWith, validPlanTables } from "../../helpers/snapshot-builder";
import { allFields, findingsOf, onlyFinding, validate } from "../support";

const contractHeaders = ACTIVITIES_TABLE.columns.map((c) => c.header);

describe("validatePlan", () => {
  it("reports the second header for a column at its header cell, pointing to the first", () => {
    // "Namn" is an alias of Aktivitet (column B); here it is a tenth column, J.
    const report = validate(planSnapshotWith({ Aktiviteter: { headers: [...contractHeaders, "Namn"] } }));

    expect(allFields(report)).toEqual([
      {
        rule: "column-duplicate",
        severity: "error",
        table: "Aktiviteter",
        column: "Aktivitet",
        row: null,
        address: "Aktiviteter!K1",
        value: "Namn",
      },
    ]);
    expect(report.valid).toBe(false);
    expect(onlyFinding(report, "column-duplicate").message).toBe(
      'Rubriken "Namn" avser samma kolumn som kolumn B ("Aktivitet"). Ta bort en av dem eller byt rubrik.',
    );
  });

  it("reads the values from the first of the two columns", () => {
    const rows = validPlanTables().Aktiviteter.map((row) => [
      ...contractHeaders.map((h) => row[h] ?? null),
      "x",
    ]);
    const report = validate(
      planSnapshotWith({ Aktiviteter: { headers: [...contractHeaders, "Löptid:"], rows } }),
    );

    // "x" in the second Löptid column would be a pattern error if it were read.
    expect(findingsOf(report, "pattern")).toEqual([]);
    expect(onlyFinding(report, "column-duplicate").address).toBe("Aktiviteter!K1");
  });

  it("does not report headers that only look alike but name different columns", () => {
    // Upper case changes nothing: each header still names its own column.
    const layout = arrange(
      validPlanTables().Aktiviteter,
      contractHeaders.map((h) => [h.toUpperCase(), h] as const),
    );
    const report = validate(planSnapshotWith({ Aktiviteter: layout }));

    expect(findingsOf(report, "column-duplicate")).toEqual([]);
    expect(report.findings).toEqual([]);
  });
});
