import { describe, expect, it } from "vitest";
import { activityRow, planSnapshot, validPlanTables } from "../../helpers/snapshot-builder";
import { allFields, findingsOf, onlyFinding, validate } from "../support";

function withFrequency(text: string | null) {
  const tables = validPlanTables();
  tables.Aktiviteter = [activityRow({ Nr: "1.1" }), activityRow({ Nr: "1.2", Mötesfrekvens: text })];
  return planSnapshot(tables);
}

describe("validatePlan", () => {
  it('reports "Samverkansgruppen träffas?" (the seed\'s open question) as a warning', () => {
    const report = validate(withFrequency("Samverkansgruppen träffas?"));

    expect(allFields(report)).toEqual([
      {
        rule: "meeting-frequency-unset",
        severity: "warning",
        table: "Aktiviteter",
        column: "Mötesfrekvens",
        row: 2,
        address: "Aktiviteter!F3",
        value: "Samverkansgruppen träffas?",
      },
    ]);
    expect(report.valid).toBe(true);
    expect(onlyFinding(report, "meeting-frequency-unset").message).toBe(
      "Aktivitet 1.2 har bara en fråga som mötesfrekvens. Skriv hur ofta gruppen träffas, till exempel " +
        '"1 gång/månad", "varannan vecka" eller "vid behov".',
    );
  });

  it("reports an empty Mötesfrekvens with a null value", () => {
    const finding = onlyFinding(validate(withFrequency("  ")), "meeting-frequency-unset");

    expect(finding.address).toBe("Aktiviteter!F3");
    expect(finding.value).toBeNull();
    expect(finding.message.startsWith("Aktivitet 1.2 saknar mötesfrekvens. ")).toBe(true);
  });

  it.each([
    "vid behov",
    "Utifrån behov i enskilda fall.",
    "Varje vecka",
    "Samverkansgruppen träffas 1 gång/månad",
    "Vid behov, möte SIG-samordnare och polis minst en gång /månad",
    // Text with no readable rhythm is not unset: the contract names only empty and a lone question.
    "Enligt överenskommelse",
  ])("does not report %j", (text) => {
    expect(findingsOf(validate(withFrequency(text)), "meeting-frequency-unset")).toEqual([]);
  });
});
