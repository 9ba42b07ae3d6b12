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
    expect(onlyFinding(report, "column-unknown").message).toBe(
      'Kolumnen "Ansvarig" hör inte till tabellen Områden och kontrolleras inte. Kända kolumner: Nr, ' +
        "Område, Övergripande mål och syfte, Lägesbild och Strategidokument. Byt rubrik om den var tänkt " +
        "som någon av dem.",
    );
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
