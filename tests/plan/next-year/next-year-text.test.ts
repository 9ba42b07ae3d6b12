import { describe, expect, it } from "vitest";
import { addYears, describeNextYear, type NextYearResult } from "../../../src/plan";

function result(change: Partial<NextYearResult> = {}): NextYearResult {
  return {
    fromYear: 2026,
    year: 2027,
    district: "Skärholmen",
    tables: [],
    counts: {
      Plan: 1,
      Omraden: 3,
      Aktiviteter: 1,
      Deltagare: 3,
      Indikatorer: 2,
      Uppfoljning: 0,
      Utfall: 6,
      Bedomning: 0,
    },
    carried: ["1.1"],
    leftBehind: [],
    baselines: [],
    registrationNumber: null,
    ownColumns: [],
    check: { errors: 0, warnings: 0, info: 0 },
    ...change,
  };
}

describe("addYears", () => {
  it("moves a date whole years on, and 29 February to the 28th in a common year", () => {
    expect(addYears("2026-05-15", 1)).toBe("2027-05-15");
    expect(addYears("2027-01-15", 3)).toBe("2030-01-15");
    expect(addYears("2028-02-29", 1)).toBe("2029-02-28");
    expect(addYears("2028-02-29", 4)).toBe("2032-02-29");
  });
});

describe("describeNextYear", () => {
  it("sums up the new plan in one sentence, with the right number of each noun", () => {
    expect(describeNextYear(result()).summary).toBe(
      "Den nya planen har 3 områden, 1 aktivitet, 3 deltagarrader, 2 indikatorer och 6 utfallsrader. " +
        "Uppföljning och Bedömning är tomma.",
    );
  });

  it("says where each baseline came from", () => {
    const text = describeNextYear(
      result({
        baselines: [
          {
            activity: "2.3",
            indicator: "Centrumbesiktningar",
            source: "outcome",
            baseline: 4,
            baselineYear: 2026,
            periods: "VB",
          },
          {
            activity: "2.3",
            indicator: "Trygghetsvandringar",
            source: "outcome",
            baseline: 6.5,
            baselineYear: 2026,
            periods: "T1 + T2",
          },
          {
            activity: "1.1",
            indicator: "Möten",
            source: "kept",
            baseline: 1200,
            baselineYear: 2024,
            periods: null,
          },
          {
            activity: "1.2",
            indicator: "Anmälningar",
            source: "none",
            baseline: null,
            baselineYear: null,
            periods: null,
          },
        ],
      }),
    );
    expect(text.baselines).toEqual([
      "2.3 Centrumbesiktningar: 4 (utfall 2026, VB)",
      "2.3 Trygghetsvandringar: 6,5 (utfall 2026, T1 + T2, VB saknas)",
      "1.1 Möten: inget utfall 2026; utgångsvärdet 1 200 från 2024 står kvar",
      "1.2 Anmälningar: inget utfall 2026 och inget utgångsvärde sedan tidigare",
    ]);
  });

  it("names each activity left behind with its row and why, and what did not come along", () => {
    const text = describeNextYear(
      result({
        leftBehind: [
          { nr: "1.2", name: "Projekt sommar", sheetRow: 3, reason: "Löptiden slutade 2026-12-31." },
        ],
        registrationNumber: "SDN 2026/17",
        ownColumns: [{ sheet: "Aktiviteter", headers: ["Budget", "Ansvarig chef"] }],
        check: { errors: 2, warnings: 1, info: 0 },
      }),
    );
    expect(text.leftBehind).toEqual([
      "1.2 Projekt sommar (rad 3 i Aktiviteter): Löptiden slutade 2026-12-31.",
    ]);
    expect(text.notes).toEqual([
      "Diarienumret SDN 2026/17 följde inte med: fyll i den nya planens diarienummer i tabellen Plan.",
      'Egna kolumner på bladet Aktiviteter följde inte med: "Budget" och "Ansvarig chef".',
      "Den nya planen har 2 fel som fanns redan i den gamla. Validera den nya planen för att se dem.",
    ]);
  });
});

describe("describeNextYear, the smaller cases", () => {
  it("says one of each in the singular", () => {
    const one = {
      Plan: 1,
      Omraden: 1,
      Aktiviteter: 1,
      Deltagare: 1,
      Indikatorer: 1,
      Uppfoljning: 0,
      Utfall: 1,
      Bedomning: 0,
    };
    expect(describeNextYear(result({ counts: one })).summary).toBe(
      "Den nya planen har 1 område, 1 aktivitet, 1 deltagarrad, 1 indikator och 1 utfallsrad. " +
        "Uppföljning och Bedömning är tomma.",
    );
  });

  it("says two of each in the plural", () => {
    const two = {
      Plan: 1,
      Omraden: 2,
      Aktiviteter: 2,
      Deltagare: 2,
      Indikatorer: 2,
      Uppfoljning: 0,
      Utfall: 2,
      Bedomning: 0,
    };
    expect(describeNextYear(result({ counts: two })).summary).toBe(
      "Den nya planen har 2 områden, 2 aktiviteter, 2 deltagarrader, 2 indikatorer och 2 utfallsrader. " +
        "Uppföljning och Bedömning är tomma.",
    );
  });

  it("names an activity left behind by what it has of Nr and name", () => {
    const left = (nr: string | null, name: string | null) => ({
      nr,
      name,
      sheetRow: 4,
      reason: "Löptid saknas.",
    });
    const text = describeNextYear(
      result({ leftBehind: [left(null, "Projekt"), left("1.2", ""), left(null, null), left(null, "")] }),
    );
    expect(text.leftBehind).toEqual([
      "Projekt (rad 4 i Aktiviteter): Löptid saknas.",
      "1.2 (rad 4 i Aktiviteter): Löptid saknas.",
      "Aktivitet utan Nr (rad 4 i Aktiviteter): Löptid saknas.",
      "Aktivitet utan Nr (rad 4 i Aktiviteter): Löptid saknas.",
    ]);
  });

  it("says a kept baseline without a value or without a year as it is", () => {
    const kept = (baseline: number | null, baselineYear: number | null) => ({
      activity: "1.1",
      indicator: "Möten",
      source: "kept" as const,
      baseline,
      baselineYear,
      periods: null,
    });
    expect(describeNextYear(result({ baselines: [kept(null, 2024), kept(12, null)] })).baselines).toEqual([
      "1.1 Möten: inget utfall 2026; utgångsvärdet utan värde från 2024 står kvar",
      "1.1 Möten: inget utfall 2026; utgångsvärdet 12 står kvar",
    ]);
  });

  it.each([
    [0, 0, []],
    [0, 1, ["Den nya planen har inga fel, men 1 varning att se över."]],
    [0, 2, ["Den nya planen har inga fel, men 2 varningar att se över."]],
    [1, 2, ["Den nya planen har 1 fel som fanns redan i den gamla. Validera den nya planen för att se dem."]],
  ])("with %i errors and %i warnings, notes %j", (errors, warnings, notes) => {
    expect(describeNextYear(result({ check: { errors, warnings, info: 0 } })).notes).toEqual(notes);
  });
});
