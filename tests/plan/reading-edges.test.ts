import { describe, expect, it } from "vitest";
import { ACTIVITIES_TABLE, type Assessment } from "../../src/plan";
import { isIsoDate, parseDuration } from "../../src/plan/duration";
import { matchColumns, normalizeHeader } from "../../src/plan/headers";
import { isAssessed, isPreparedOnly } from "../../src/plan/prepared-rows";
import type { RawValue } from "../../src/plan/raw-value";

describe("isPreparedOnly", () => {
  // Uppföljning as the template writes it: Aktivitet, År, Period, Målet nått, Kommentar, and a column of the user's own.
  const keys = ["activity", "year", "period", "goalStatus", "comment", undefined];
  const keyAt = (i: number) => keys[i];

  it.each<[string, RawValue[], boolean]>([
    ["the whole key only", ["1.1", 2026, "T1", null, " ", null], true],
    ["the key and a comment", ["1.1", 2026, "T1", null, "Klart", null], false],
    ["the key and the user's own column", ["1.1", 2026, "T1", null, null, "x"], false],
    ["part of the key and a comment", ["1.1", 2026, null, null, "Klart", null], false],
    ["part of the key and the user's own column", ["1.1", 2026, null, null, null, "x"], false],
    ["part of the key", ["1.1", 2026, null, null, null, null], false],
  ])("an Uppföljning row with %s: %s", (_, cells, prepared) => {
    expect(isPreparedOnly("Uppfoljning", cells, keyAt)).toBe(prepared);
  });

  it("is false for a table whose rows are not prepared", () => {
    expect(isPreparedOnly("Aktiviteter", ["1.1", 2026, "T1"], keyAt)).toBe(false);
  });
});

describe("isAssessed", () => {
  const row = (texts: Partial<Assessment>): Assessment => ({
    row: 1,
    area: 1,
    year: 2026,
    period: "T1",
    summary: null,
    analysis: null,
    nextSteps: null,
    ...texts,
  });

  it.each<[Partial<Assessment>, boolean]>([
    [{}, false],
    [{ summary: " \n " }, false],
    [{ summary: "Bättre" }, true],
    [{ analysis: "Fler vandringar" }, true],
    [{ nextSteps: "Fortsätt" }, true],
  ])("%j: %s", (texts, assessed) => {
    expect(isAssessed(row(texts))).toBe(assessed);
  });
});

describe("normalizeHeader, colons", () => {
  it.each([
    ["Nr ::", "nr"],
    ["Tid: kl 10", "tid: kl 10"],
    ["Löptid :", "löptid"],
  ])("%j is %j", (header, normal) => {
    expect(normalizeHeader(header)).toBe(normal);
  });
});

describe("matchColumns, blank headers", () => {
  it("counts a blank header neither as a column nor as an unknown one", () => {
    const match = matchColumns(ACTIVITIES_TABLE, ["Nr", "  ", null, "Anteckning"]);

    expect(match.unknown).toEqual([{ index: 3, header: "Anteckning" }]);
    expect(match.columnAt.map((c) => c?.key ?? null)).toEqual(["nr", null, null, null]);
  });
});

describe("isIsoDate, edges of the calendar", () => {
  it.each([
    ["0100-01-01", true],
    ["0099-12-31", false],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2024-02-29", true],
    ["2026-02-29", false],
  ])("%s: %s", (text, real) => {
    expect(isIsoDate(text)).toBe(real);
  });
});

describe("parseDuration, a question mark", () => {
  it.each([
    ["Tillsvidare?", { kind: "ongoing" }],
    ["Tillsvidare ?", { kind: "ongoing" }],
    ["2026-01-01 – 2026-12-31?", { kind: "range", start: "2026-01-01", end: "2026-12-31" }],
    ["Tills?vidare", null],
    ["Tillsvidare??", null],
  ])("reads %j as %j", (text, duration) => {
    expect(parseDuration(text)).toEqual(duration);
  });
});
