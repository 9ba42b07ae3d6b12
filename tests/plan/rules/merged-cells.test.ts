import { describe, expect, it } from "vitest";
import { activityRow, planSnapshot, validPlanTables, withMerges } from "../../helpers/snapshot-builder";
import { fieldsOf, findingsOf, onlyFinding, validate } from "../support";

describe("validatePlan", () => {
  it("reports merged cells in the data body at their top-left cell, with the merged range as value", () => {
    // Sammankallande (G) merged over both activity rows: Excel keeps the value in G2 only.
    const tables = validPlanTables();
    tables.Aktiviteter = [
      activityRow({ Nr: "1.1", Aktivitet: "Platssamverkan Vårberg" }),
      activityRow({ Nr: "1.2", Aktivitet: "Platssamverkan Bredäng", Sammankallande: null }),
    ];
    const snapshot = withMerges(planSnapshot(tables), "Aktiviteter", [
      { top: 2, left: 7, bottom: 3, right: 7 },
    ]);
    const report = validate(snapshot);

    const finding = onlyFinding(report, "merged-cells");
    expect(fieldsOf(finding)).toEqual({
      rule: "merged-cells",
      severity: "error",
      table: "Aktiviteter",
      column: "Sammankallande",
      row: 1,
      address: "Aktiviteter!G2",
      value: "G2:G3",
    });
    expect(finding.message).toBe(
      "Cellerna G2:G3 är sammanfogade i tabellen Aktiviteter. Dela upp dem (Start → Sammanfoga och " +
        "centrera → Dela upp celler) och skriv värdet i varje rad.",
    );
    expect(report.valid).toBe(false);
  });

  it("reports a merge in the header row at the header cell, with no row", () => {
    const snapshot = withMerges(planSnapshot(), "Aktiviteter", [{ top: 1, left: 8, bottom: 1, right: 9 }]);
    const finding = onlyFinding(validate(snapshot), "merged-cells");

    expect(finding.row).toBeNull();
    expect(finding.column).toBe("Sammankallandes e-post");
    expect(finding.address).toBe("Aktiviteter!H1");
    expect(finding.value).toBe("H1:I1");
  });

  it("does not report merged cells outside the table, or on another sheet", () => {
    // The table is A1:J3; a title merged below it and a merge right of it touch no table cell.
    let snapshot = withMerges(planSnapshot(), "Aktiviteter", [
      { top: 10, left: 1, bottom: 10, right: 5 },
      { top: 1, left: 11, bottom: 3, right: 12 },
    ]);
    snapshot = withMerges(snapshot, "Plan", [{ top: 5, left: 1, bottom: 6, right: 2 }]);

    expect(findingsOf(validate(snapshot), "merged-cells")).toEqual([]);
  });
});
