import { describe, expect, it } from "vitest";
import { activityRow, planSnapshot, planSnapshotWith, validPlanTables } from "../../helpers/snapshot-builder";
import { allFields, findingsOf, onlyFinding, validate } from "../support";

function withGoal(text: string | null, indicatorFor: string | null = null) {
  const tables = validPlanTables();
  tables.Aktiviteter = [activityRow({ Nr: "1.1" }), activityRow({ Nr: "1.2", "Mätbara mål": text })];
  if (indicatorFor)
    tables.Indikatorer = [{ Aktivitet: indicatorFor, Indikator: "Trygghetsvandringar", Målvärde: 8 }];
  return planSnapshot(tables);
}

describe("validatePlan", () => {
  it('reports Mätbara mål that is only "Under framtagande." (seed 3.1) when there is no indicator', () => {
    const report = validate(withGoal("Under framtagande."));

    expect(allFields(report)).toEqual([
      {
        rule: "measurable-goal-missing",
        severity: "warning",
        table: "Aktiviteter",
        column: "Mätbara mål",
        row: 2,
        address: "Aktiviteter!D3",
        value: "Under framtagande.",
      },
    ]);
    expect(onlyFinding(report, "measurable-goal-missing").message).toBe(
      'Aktivitet 1.2 saknar mätbara mål. Skriv ett mål i "Mätbara mål" eller lägg till en indikator med ' +
        "målvärde i Indikatorer.",
    );
  });

  it("reports an empty Mätbara mål (seed 3.2) with a null value", () => {
    const finding = onlyFinding(validate(withGoal(null)), "measurable-goal-missing");

    expect(finding.address).toBe("Aktiviteter!D3");
    expect(finding.value).toBeNull();
  });

  it("reports a Mätbara mål of only spaces", () => {
    expect(onlyFinding(validate(withGoal("   ")), "measurable-goal-missing").address).toBe("Aktiviteter!D3");
  });

  it('reports "Andra mätbara mål under framtagande" standing alone', () => {
    expect(
      onlyFinding(validate(withGoal("Andra mätbara mål under framtagande")), "measurable-goal-missing").row,
    ).toBe(2);
  });

  it("reports a placeholder goal when the indicator belongs to another activity", () => {
    expect(onlyFinding(validate(withGoal(null, "1.1")), "measurable-goal-missing").value).toBeNull();
  });

  it.each([
    "Trygghetsmätning. Andra mätbara mål under framtagande.",
    "Trygghetsmätningar. Andra mätbara mål under framtagande.",
    "Trygghetsmätning",
  ])("does not report the seed's goal %j", (text) => {
    expect(validate(withGoal(text)).findings).toEqual([]);
  });

  it("does not report an empty goal when the activity has an indicator", () => {
    expect(validate(withGoal(null, "1.2")).findings).toEqual([]);
    expect(validate(withGoal("Under framtagande.", "1.2")).findings).toEqual([]);
  });
});

describe("validatePlan, measurable-goal-missing without Indikatorer's Aktivitet column", () => {
  it("says nothing: which activities have indicators cannot be told", () => {
    const report = validate(
      planSnapshotWith({
        Aktiviteter: { rows: [activityRow({ Nr: "1.1", "Mätbara mål": null })] },
        Indikatorer: {
          headers: ["Indikator", "Målvärde"],
          rows: [{ Indikator: "Trygghetsvandringar", Målvärde: 8 }],
        },
      }),
    );
    expect(findingsOf(report, "measurable-goal-missing")).toEqual([]);
  });
});
