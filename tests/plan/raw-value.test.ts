import { describe, expect, it } from "vitest";
import {
  isRawDate,
  isRawError,
  rawDate,
  rawError,
  rawToText,
  sameRawValue,
  type RawValue,
} from "../../src/plan/raw-value";

describe("isRawDate and isRawError", () => {
  it.each<[RawValue, boolean, boolean]>([
    [rawDate("2026-04-30"), true, false],
    [rawError("#N/A"), false, true],
    ["2026-04-30", false, false],
    ["#N/A", false, false],
    [45000, false, false],
    [null, false, false],
  ])("%j: date %s, error %s", (value, date, error) => {
    expect(isRawDate(value)).toBe(date);
    expect(isRawError(value)).toBe(error);
  });
});

describe("rawToText", () => {
  it.each<[RawValue, string | null]>([
    [null, null],
    ["1.10", "1.10"],
    [3, "3"],
    [0.1 + 0.2, "0.3"],
    [true, "SANT"],
    [false, "FALSKT"],
    [rawDate("2026-04-30"), "2026-04-30"],
    [rawError("#REF!"), "#REF!"],
  ])("shows %j as %j", (value, text) => {
    expect(rawToText(value)).toBe(text);
  });
});

describe("sameRawValue", () => {
  it.each<[RawValue, RawValue, boolean]>([
    ["", null, true],
    [null, "", true],
    ["", "", true],
    [null, null, true],
    ["a", "a", true],
    ["a", "b", false],
    [3, 3, true],
    [3, "3", false],
    [true, true, true],
    [true, "SANT", false],
    [null, "a", false],
    ["a", null, false],
    ["", "a", false],
    ["a", "", false],
    [null, rawDate("2026-04-30"), false],
    [rawDate("2026-04-30"), null, false],
    ["", rawError("#N/A"), false],
    [rawError("#N/A"), "", false],
    ["2026-04-30", rawDate("2026-04-30"), false],
    [rawDate("2026-04-30"), "2026-04-30", false],
    [rawDate("2026-04-30"), rawDate("2026-04-30"), true],
    [rawDate("2026-04-30"), rawDate("2026-05-01"), false],
    [rawError("#N/A"), rawError("#N/A"), true],
    [rawError("#N/A"), rawError("#REF!"), false],
    [rawDate("2026-04-30"), rawError("#N/A"), false],
    [rawError("#N/A"), rawDate("2026-04-30"), false],
  ])("%j and %j: %s", (a, b, same) => {
    expect(sameRawValue(a, b)).toBe(same);
  });
});
