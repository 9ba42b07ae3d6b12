import { describe, expect, it } from "vitest";
import { activityRow, followUpRow, planSnapshot, validPlanTables } from "../../helpers/snapshot-builder";
import { allFields, findingsOf, onlyFinding, validate } from "../support";

/** Activity 1.1 with a Mötesfrekvens, and its follow-up for a period with a number of meetings. */
function withMeetings(
  frequency: string,
  period: string,
  meetings: number | null,
  comment: string | null = null,
) {
  const tables = validPlanTables();
  tables.Aktiviteter = [activityRow({ Nr: "1.1", Mötesfrekvens: frequency }), activityRow({ Nr: "1.2" })];
  tables.Uppfoljning = [
    followUpRow({ Aktivitet: "1.1", Period: period, "Antal möten": meetings, Kommentar: comment }),
    followUpRow({ Aktivitet: "1.2" }),
  ];
  return planSnapshot(tables);
}

describe("validatePlan", () => {
  it('reports 1 meeting in T1 against "1 gång/månad" (4 planned) as info', () => {
    const report = validate(withMeetings("Samverkansgruppen träffas 1 gång/månad", "T1", 1));

    expect(allFields(report)).toEqual([
      {
        rule: "meetings-below-plan",
        severity: "info",
        table: "Uppfoljning",
        column: "Antal möten",
        row: 1,
        address: "'Uppföljning'!G2",
        value: "1",
      },
    ]);
    expect(report.valid).toBe(true);
    expect(onlyFinding(report, "meetings-below-plan").message).toBe(
      'Aktivitet 1.1 höll 1 möte under T1 2026, men mötesfrekvensen "Samverkansgruppen träffas 1 gång/månad" ' +
        "motsvarar ungefär 4 möten. Kommentera gärna varför.",
    );
  });

  it("does not ask for a comment that is already there", () => {
    const report = validate(withMeetings("1 gång/månad", "T1", 1, "Gruppen pausade under omorganisationen."));

    expect(onlyFinding(report, "meetings-below-plan").message).toBe(
      'Aktivitet 1.1 höll 1 möte under T1 2026, men mötesfrekvensen "1 gång/månad" motsvarar ungefär 4 möten.',
    );
  });

  it("asks for a comment when Kommentar holds only spaces", () => {
    expect(
      onlyFinding(validate(withMeetings("1 gång/månad", "T1", 1, "   ")), "meetings-below-plan").message,
    ).toBe(
      'Aktivitet 1.1 höll 1 möte under T1 2026, men mötesfrekvensen "1 gång/månad" motsvarar ungefär 4 möten. ' +
        "Kommentera gärna varför.",
    );
  });

  it('reports 2 meetings in T1 against "var tredje vecka" (52/9 ≈ 5,8 planned)', () => {
    const finding = onlyFinding(validate(withMeetings("var tredje vecka", "T1", 2)), "meetings-below-plan");

    expect(finding.value).toBe("2");
    expect(finding.message).toBe(
      'Aktivitet 1.1 höll 2 möten under T1 2026, men mötesfrekvensen "var tredje vecka" motsvarar ' +
        "ungefär 5,8 möten. Kommentera gärna varför.",
    );
  });

  it('reports 5 meetings for the whole year (VB) against "1 gång/månad" (12 planned)', () => {
    const finding = onlyFinding(validate(withMeetings("1 gång/månad", "VB", 5)), "meetings-below-plan");

    expect(finding.message).toContain("motsvarar ungefär 12 möten.");
  });

  it.each([
    ["1 gång/månad", "T1", 2, "exactly half of 4"],
    ["1 gång/månad", "T2", 2, "exactly half of 4 in T2"],
    ["1 gång/månad", "VB", 6, "exactly half of 12"],
    ["var tredje vecka", "T1", 3, "above half of 5,8"],
    ["vid behov", "T1", 0, "as needed implies nothing"],
    ["Utifrån behov i enskilda fall.", "T1", 0, "as needed implies nothing"],
    ["Samverkansgruppen träffas?", "T1", 0, "a question implies nothing"],
    ["1 gång/månad", "T1", null, "no count given"],
  ])("does not report %j in %s with %s meetings (%s)", (frequency, period, meetings, _why) => {
    expect(findingsOf(validate(withMeetings(frequency, period, meetings)), "meetings-below-plan")).toEqual(
      [],
    );
  });
});
