import { describe, expect, it } from "vitest";
import { AREAS_TABLE } from "../../../src/plan";
import { arrange, planSnapshotWith, validPlanTables } from "../../helpers/snapshot-builder";
import { allFields, onlyFinding, validate } from "../support";

const contractHeaders = AREAS_TABLE.columns.map((c) => c.header);

describe("validatePlan", () => {
  it("reports an extra column as info at its header cell, with the sheet's header", () => {
    const report = validate(planSnapshotWith({ Omraden: { headers: [...contractHeaders, "Ansvarig"] } }));

    expect(allFields(report)).toEqual([
      {
        rule: "column-unknown",
        severity: "info",
        table: "Omraden",
        column: "Ansvarig",
        row: null,
        address: "'Områden'!F1",
        value: "Ansvarig",
      },
    ]);
    expect(report.valid).toBe(true);
    const { message } = onlyFinding(report, "column-unknown");
    expect(message).toContain('"Ansvarig"');
    expect(message).toContain("Övergripande mål och syfte");
    expect(message).toContain("Byt rubrik");
  });

  it("does not report aliases or a column without a header", () => {
    const layout = arrange(validPlanTables().Omraden, [
      ["Nr", "Nr"],
      ["Samverkansområde", "Område"],
      ["Mål och syfte", "Övergripande mål och syfte"],
      ["Lägesbild", "Lägesbild"],
      ["Ev. strategidokument/policy", "Strategidokument"],
      [null, null],
    ]);
    const report = validate(planSnapshotWith({ Omraden: layout }));

    expect(report.findings).toEqual([]);
  });
});
