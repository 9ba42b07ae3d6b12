import { describe, expect, it } from "vitest";
import { activityRow, planSnapshot, planSnapshotWith, validPlanTables } from "../../helpers/snapshot-builder";
import { fieldsOf, findingsOf, onlyFinding, validate } from "../support";

describe("validatePlan", () => {
  it("reports an activity with no Deltagare row, at its Nr", () => {
    const tables = validPlanTables();
    tables.Deltagare = tables.Deltagare.filter((r) => r.Aktivitet !== "1.2");
    const report = validate(planSnapshot(tables));

    const finding = onlyFinding(report, "activity-without-participants");
    expect(fieldsOf(finding)).toEqual({
      rule: "activity-without-participants",
      severity: "warning",
      table: "Aktiviteter",
      column: "Nr",
      row: 2,
      address: "Aktiviteter!A3",
      value: "1.2",
    });
    expect(finding.message).toBe(
      "Aktivitet 1.2 har inga deltagare. Lägg till minst en rad i Deltagare med Aktivitet 1.2.",
    );
    // The contract is literal: each missing core party is reported as well.
    expect(findingsOf(report, "core-party-missing")).toHaveLength(3);
  });

  it("reports an activity Nr that appears twice once, at its first row (duplicate-key names the copy)", () => {
    const tables = validPlanTables();
    tables.Deltagare = tables.Deltagare.filter((r) => r.Aktivitet !== "1.2");
    tables.Aktiviteter = [...tables.Aktiviteter, activityRow({ Nr: "1.2", Aktivitet: "Kopia" })];
    const report = validate(planSnapshot(tables));

    expect(findingsOf(report, "activity-without-participants").map((f) => [f.address, f.value])).toEqual([
      ["Aktiviteter!A3", "1.2"],
    ]);
    expect(findingsOf(report, "duplicate-key").map((f) => f.address)).toEqual([
      "Aktiviteter!A3",
      "Aktiviteter!A4",
    ]);
  });

  it("does not report an activity whose only participant is another organisation", () => {
    const tables = validPlanTables();
    tables.Deltagare = [
      ...tables.Deltagare.filter((r) => r.Aktivitet !== "1.2"),
      { Aktivitet: "1.2", Part: "Stena Fastigheter", Kontakt: null },
    ];

    expect(findingsOf(validate(planSnapshot(tables)), "activity-without-participants")).toEqual([]);
  });

  it("does not report anything when Deltagare is missing: table-missing says it", () => {
    const report = validate(planSnapshot({ Deltagare: null }));

    expect(findingsOf(report, "activity-without-participants")).toEqual([]);
    expect(report.findings.map((f) => f.rule)).toEqual(["table-missing"]);
  });

  it("does not report when Deltagare has no Aktivitet column: column-missing says it", () => {
    const report = validate(planSnapshotWith({ Deltagare: { headers: ["Part", "Kontakt"] } }));

    expect(report.findings.map((f) => [f.rule, f.column])).toEqual([["column-missing", "Aktivitet"]]);
  });
});
