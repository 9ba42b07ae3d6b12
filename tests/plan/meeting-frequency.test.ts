import { describe, expect, it } from "vitest";
import { plannedMeetings, readMeetingFrequency, type MeetingFrequency } from "../../src/plan";

/** Meetings a year, worked out by hand: 52 weeks, 12 months, 2 terms a year. */
const regular = (perYear: number): MeetingFrequency => ({ kind: "regular", perYear });

describe("readMeetingFrequency", () => {
  describe("the seed's phrasings", () => {
    it.each([
      // 1.1: once a month.
      ["Samverkansgruppen träffas 1 gång/månad", 12],
      // 3.1: every week.
      ["Varje vecka", 52],
      // 3.1's strategic group: every third week, 52 / 3.
      ["var tredje vecka", 52 / 3],
      ["Mötesfrekvens: var tredje vecka.", 52 / 3],
      // 3.2: "as needed", and at least monthly for the coordinator and police: 12.
      ["Vid behov, möte SIG-samordnare och polis minst en gång /månad", 12],
      // 2.3, over two lines: 4 inspections and 8 walks a year, as the brackets say.
      ["Centrumbesiktning 1 per område och år (4)\nTrygghetsvandring 2 per område och år (8)", 12],
    ])("reads %j as %d meetings a year", (text, perYear) => {
      const frequency = readMeetingFrequency(text);

      expect(frequency.kind).toBe("regular");
      expect(frequency.kind === "regular" ? frequency.perYear : NaN).toBeCloseTo(perYear, 6);
    });

    it('reads "Samverkansgruppen träffas?" (1.2, 2.1, 2.2) as a question', () => {
      expect(readMeetingFrequency("Samverkansgruppen träffas?")).toEqual({ kind: "question" });
    });

    it('reads "Utifrån behov i enskilda fall." (3.3) as meeting when needed', () => {
      expect(readMeetingFrequency("Utifrån behov i enskilda fall.")).toEqual({ kind: "as-needed" });
    });
  });

  describe("common phrasings", () => {
    it.each([
      ["1 gång/månad", 12],
      ["1 gång / månad", 12],
      ["en gång i månaden", 12],
      ["två gånger i månaden", 24],
      ["varje vecka", 52],
      ["Varje månad", 12],
      ["varannan vecka", 26],
      ["var fjärde vecka", 13],
      ["4 per år", 4],
      ["10 gånger per år", 10],
      ["Fyra gånger per år", 4],
      ["2 gånger per termin", 4],
      ["3 ggr/termin", 6],
      ["en gång per kvartal", 4],
      ["Möte varje tertial", 3],
      ["månadsvis", 12],
      // Short units, and every "-vis" and "-ligen" word.
      ["1 gång/v", 52],
      ["2 ggr/mån", 24],
      ["veckovis", 52],
      ["Veckoligen", 52],
      ["månatligen", 12],
      ["kvartalsvis", 4],
      ["terminsvis", 2],
      ["dagligen", 250],
      ["Årligen", 1],
      ["årligen och varje vecka", 53],
      // A slash before "per" is read as the "per".
      ["2 ggr/per termin", 4],
      ["1 gång/ per år", 1],
      // Two spaces in "ett par", and no space between a "-vis" word and a slash.
      ["ett  par gånger per år", 2],
      ["Veckovis/vid behov", 52],
      // Where a rhythm is taken out, what was on either side stays apart.
      ["Möte per veckaårligen", 53],
    ])("reads %j as %d meetings a year", (text, perYear) => {
      expect(readMeetingFrequency(text)).toEqual(regular(perYear));
    });

    it.each(["vid behov", "Vid behov.", "utifrån behov", "Efter behov"])("reads %j as as-needed", (text) => {
      expect(readMeetingFrequency(text)).toEqual({ kind: "as-needed" });
    });

    it.each(["?", "Hur ofta?", "Träffas gruppen?"])("reads %j as a question", (text) => {
      expect(readMeetingFrequency(text)).toEqual({ kind: "question" });
    });

    it.each([null, undefined, "", "  \n "])("reads %j as empty", (text) => {
      expect(readMeetingFrequency(text)).toEqual({ kind: "empty" });
    });

    it.each(["Enligt överenskommelse", "Trygghetsvandringen i veckan", "Dagligenheter", "Tidvis"])(
      "reads %j, which names no count, as unknown",
      (text) => {
        expect(readMeetingFrequency(text)).toEqual({ kind: "unknown" });
      },
    );
  });
});

describe("plannedMeetings", () => {
  it("gives T1 and T2 four twelfths of the year and VB the whole year", () => {
    const monthly = regular(12);

    expect(plannedMeetings(monthly, "T1", 2026)).toBe(4);
    expect(plannedMeetings(monthly, "T2", 2026)).toBe(4);
    expect(plannedMeetings(monthly, "VB", 2026)).toBe(12);
  });

  it("works out weekly and three-weekly rhythms per tertial", () => {
    expect(plannedMeetings(regular(52), "T1", 2026)).toBeCloseTo(52 / 3, 6);
    expect(plannedMeetings(regular(52 / 3), "T2", 2026)).toBeCloseTo(52 / 9, 6);
    expect(plannedMeetings(regular(52 / 3), "VB", 2026)).toBeCloseTo(52 / 3, 6);
  });

  it("gives the seed's 2.3 (4 + 8 a year) 4 per tertial", () => {
    const frequency = readMeetingFrequency(
      "Centrumbesiktning 1 per område och år (4)\nTrygghetsvandring 2 per område och år (8)",
    );

    expect(plannedMeetings(frequency, "T1", 2026)).toBe(4);
    expect(plannedMeetings(frequency, "VB", 2026)).toBe(12);
  });

  it.each<MeetingFrequency>([
    { kind: "as-needed" },
    { kind: "question" },
    { kind: "empty" },
    { kind: "unknown" },
  ])("implies nothing for %j", (frequency) => {
    expect(plannedMeetings(frequency, "T1", 2026)).toBeNull();
  });
});
