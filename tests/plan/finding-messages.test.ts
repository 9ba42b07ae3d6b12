import { describe, expect, it } from "vitest";
import { FINDING_MESSAGES_SV as TEXT } from "../../src/plan";

// The message table's small parts, each as the strategist reads it. The rules' tests check whole
// messages as findings carry them; these are the cases no rule's fixture happens to reach.
describe("FINDING_MESSAGES_SV", () => {
  it("names a period with its year, or alone when the year is not known", () => {
    expect(TEXT.subject.period("T1", 2026)).toBe("T1 2026");
    expect(TEXT.subject.period("VB", null)).toBe("VB");
    expect(TEXT.subject.indicator("Antal trygghetsvandringar")).toBe(
      'indikatorn "Antal trygghetsvandringar"',
    );
  });

  it("lists rows, and counts those left out in the right number", () => {
    expect(TEXT.rows([4, 7], 0)).toBe("rad 4 och 7");
    expect(TEXT.rows([4, 7], 1)).toBe("rad 4, 7 och 1 rad till");
    expect(TEXT.rows([4, 7], 3)).toBe("rad 4, 7 och 3 rader till");
  });

  it("offers every other header a column may have", () => {
    expect(
      TEXT.columnMissing({
        sheet: "Aktiviteter",
        header: "Sammankallande",
        aliases: ["Ansvarig", "Samordnare"],
      }),
    ).toBe(
      'Kolumnen "Sammankallande" saknas i tabellen Aktiviteter. Lägg till en kolumn med rubriken ' +
        '"Sammankallande" (eller "Ansvarig", "Samordnare").',
    );
  });

  it("names an activity by its Nr, or by its row when it has none", () => {
    expect(TEXT.activityName({ nr: "2.1", excelRow: 5, sheet: "Aktiviteter" })).toBe("Aktivitet 2.1");
    expect(TEXT.activityName({ nr: null, excelRow: 5, sheet: "Aktiviteter" })).toBe(
      "Aktiviteten på rad 5 i Aktiviteter",
    );
  });

  it("names an area with its name only when it has one", () => {
    const tail = " har inga aktiviteter. Lägg till aktiviteter numrerade 3.1, 3.2 … eller ta bort området.";
    expect(TEXT.areaWithoutActivities({ area: 3, name: "Trygg skolväg" })).toBe(
      `Område 3 (Trygg skolväg)${tail}`,
    );
    expect(TEXT.areaWithoutActivities({ area: 3, name: null })).toBe(`Område 3${tail}`);
  });

  it("says one meeting or several as the plan's frequency works out", () => {
    const one = TEXT.meetingsBelowPlan({
      activity: "1.1",
      when: "T1 2026",
      held: 0,
      frequency: "1 gång/termin",
      planned: 1,
      commented: true,
    });
    expect(one).toBe(
      'Aktivitet 1.1 höll 0 möten under T1 2026, men mötesfrekvensen "1 gång/termin" motsvarar ungefär 1 möte.',
    );
    const many = TEXT.meetingsBelowPlan({
      activity: "1.1",
      when: "T1 2026",
      held: 1,
      frequency: "1 gång/månad",
      planned: 4,
      commented: false,
    });
    expect(many).toBe(
      'Aktivitet 1.1 höll 1 möte under T1 2026, men mötesfrekvensen "1 gång/månad" motsvarar ungefär 4 möten. Kommentera gärna varför.',
    );
  });
});
