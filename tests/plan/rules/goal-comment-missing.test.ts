import { describe, expect, it } from "vitest";
import { followUpRow, planSnapshot, validPlanTables } from "../../helpers/snapshot-builder";
import { allFields, onlyFinding, validate } from "../support";

function withFollowUp(overrides: Parameters<typeof followUpRow>[0]) {
  const tables = validPlanTables();
  tables.Uppfoljning = [followUpRow({ Aktivitet: "1.1", ...overrides }), followUpRow({ Aktivitet: "1.2" })];
  return planSnapshot(tables);
}

describe("validatePlan", () => {
  it("reports Ej uppfyllt with an empty Kommentar as an error at the Kommentar cell", () => {
    const report = validate(withFollowUp({ "Målet nått": "Ej uppfyllt", Kommentar: null }));

    expect(allFields(report)).toEqual([
      {
        rule: "goal-comment-missing",
        severity: "error",
        table: "Uppfoljning",
        column: "Kommentar",
        row: 1,
        address: "'Uppföljning'!E2",
        value: null,
      },
    ]);
    expect(report.valid).toBe(false);
    expect(onlyFinding(report, "goal-comment-missing").message).toBe(
      'Målet är "Ej uppfyllt" för aktivitet 1.1, T1 2026, men Kommentar är tom. ' +
        "Förklara varför målet inte är helt nått och vad som görs.",
    );
  });

  it("reports Delvis uppfyllt (in any case) with a whitespace-only Kommentar", () => {
    const finding = onlyFinding(
      validate(withFollowUp({ "Målet nått": "delvis uppfyllt", Kommentar: "  " })),
      "goal-comment-missing",
    );

    expect(finding.address).toBe("'Uppföljning'!E2");
    expect(finding.message).toContain('"Delvis uppfyllt"');
  });

  it.each([
    ["Delvis uppfyllt", "Två av tre trygghetsvandringar genomförda."],
    ["Ej uppfyllt", "Gruppen har inte kunnat samlas."],
    ["Ej bedömt", null],
    ["Uppfyllt", null],
  ])("does not report %s with Kommentar %j", (status, comment) => {
    expect(validate(withFollowUp({ "Målet nått": status, Kommentar: comment })).findings).toEqual([]);
  });
});
