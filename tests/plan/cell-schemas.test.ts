import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCell } from "../../src/plan/cell-schemas";
import { isIsoDate, parseDuration, rawDate, rawError, type ColumnType, type RawValue } from "../../src/plan";
import { referenceIsIsoDate, referenceParseDuration, zodParseCell } from "./cell-schemas-reference";
import { followUpRow, planSnapshot, validPlanTables } from "../helpers/snapshot-builder";
import { allFields, validate } from "./support";

const ok = (value: string | number | null) => ({ ok: true, value });
const broken = (rule: string) => ({ ok: false, problem: { rule }, recovered: null });

describe("parseCell", () => {
  describe("integer", () => {
    it.each([
      [4, 4],
      ["4", 4],
      [" 12 ", 12],
      ["1 000", 1000],
      [0, 0],
    ])("accepts %j as %d", (raw, value) => {
      expect(parseCell("integer", false, raw)).toEqual(ok(value));
    });

    it.each([2.5, "2,5", "fyra", -1, true, rawDate("2026-05-15")])("rejects %j as a type error", (raw) => {
      expect(parseCell("integer", false, raw)).toEqual(broken("type"));
    });
  });

  describe("number", () => {
    it.each([
      [2.5, 2.5],
      ["2,5", 2.5],
      ["2.5", 2.5],
      ["-3", -3],
      ["8", 8],
    ])("accepts %j as %d", (raw, value) => {
      expect(parseCell("number", false, raw)).toEqual(ok(value));
    });

    it.each(["åtta", "2,5 st", false])("rejects %j", (raw) => {
      expect(parseCell("number", false, raw)).toEqual(broken("type"));
    });
  });

  describe("year and area Nr", () => {
    it("accepts 2000–2100 as a plan year, rejects the rest", () => {
      expect(parseCell("year", true, 2026)).toEqual(ok(2026));
      expect(parseCell("year", true, "2100")).toEqual(ok(2100));
      expect(parseCell("year", true, 1999)).toEqual(broken("type"));
      expect(parseCell("year", true, 2101)).toEqual(broken("type"));
    });

    it("accepts a whole area Nr from 1", () => {
      expect(parseCell("areaNr", true, "3")).toEqual(ok(3));
      expect(parseCell("areaNr", true, 0)).toEqual(broken("type"));
      expect(parseCell("areaNr", true, 1.5)).toEqual(broken("type"));
    });
  });

  describe("date", () => {
    it("accepts a date cell and ISO text", () => {
      expect(parseCell("date", false, rawDate("2026-05-15"))).toEqual(ok("2026-05-15"));
      expect(parseCell("date", false, " 2026-05-15 ")).toEqual(ok("2026-05-15"));
    });

    it.each(["15/5/2026", "2026-02-30", "15 maj", 46157, true])("rejects %j", (raw) => {
      expect(parseCell("date", false, raw)).toEqual(broken("type"));
    });
  });

  describe("text", () => {
    it("reads booleans, numbers and dates as the text Excel shows", () => {
      expect(parseCell("text", false, true)).toEqual(ok("SANT"));
      expect(parseCell("text", false, false)).toEqual(ok("FALSKT"));
      expect(parseCell("text", false, 12)).toEqual(ok("12"));
      expect(parseCell("text", false, rawDate("2026-01-01"))).toEqual(ok("2026-01-01"));
      expect(parseCell("text", false, "  Polisen ")).toEqual(ok("Polisen"));
    });
  });

  describe("activity Nr", () => {
    it("accepts N.M text, trimmed", () => {
      expect(parseCell("activityNr", true, "3.10")).toEqual(ok("3.10"));
      expect(parseCell("activityNr", true, " 1.1 ")).toEqual(ok("1.1"));
    });

    it("reports a number as nr-not-text and recovers the text Excel shows", () => {
      expect(parseCell("activityNr", true, 1.1)).toEqual({
        ok: false,
        problem: { rule: "nr-not-text", storedAs: "number" },
        recovered: "1.1",
      });
    });

    it("reports a date as nr-not-text", () => {
      expect(parseCell("activityNr", true, rawDate("2026-01-01"))).toEqual({
        ok: false,
        problem: { rule: "nr-not-text", storedAs: "date" },
        recovered: null,
      });
    });

    it.each(["1", "1.1.1", "1,1", "A.1", "1.", true])("reports %j as a pattern error", (raw) => {
      expect(parseCell("activityNr", true, raw)).toEqual(broken("pattern"));
    });
  });

  describe("enumerations", () => {
    it.each([
      ["t1", "T1"],
      [" vb ", "VB"],
      ["T 2", "T2"],
    ])("reads Period %j as %s", (raw, value) => {
      expect(parseCell("period", true, raw)).toEqual(ok(value));
    });

    it.each([
      ["UPPFYLLT", "Uppfyllt"],
      ["delvis  uppfyllt", "Delvis uppfyllt"],
      ["Ej\u00a0bedömt", "Ej bedömt"],
    ])("reads Målet nått %j as %s", (raw, value) => {
      expect(parseCell("goalStatus", true, raw)).toEqual(ok(value));
    });

    it.each(["T3", "Helår", 1])("reports Period %j as an enum error", (raw) => {
      expect(parseCell("period", true, raw)).toEqual(broken("enum"));
    });
  });

  describe("empty and error cells", () => {
    it("reports an empty or whitespace required cell, and accepts it when optional", () => {
      expect(parseCell("text", true, null)).toEqual(broken("required"));
      expect(parseCell("integer", true, " \u00a0")).toEqual(broken("required"));
      expect(parseCell("date", false, "  ")).toEqual(ok(null));
    });

    it("reports an error value before anything else, whatever the column", () => {
      expect(parseCell("text", false, rawError("#N/A"))).toEqual(broken("formula-error"));
      expect(parseCell("activityNr", true, rawError("#REF!"))).toEqual(broken("formula-error"));
    });
  });
});

describe("validatePlan", () => {
  it("reports a date in an Nr column as nr-not-text at that cell", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [
      followUpRow({ Aktivitet: rawDate("2026-01-01") }),
      followUpRow({ Aktivitet: "1.2" }),
    ];

    expect(allFields(validate(planSnapshot(tables)))).toEqual([
      {
        rule: "nr-not-text",
        severity: "error",
        table: "Uppfoljning",
        column: "Aktivitet",
        row: 1,
        address: "'Uppföljning'!A2",
        value: "2026-01-01",
      },
    ]);
  });

  it("accepts numbers stored as text for integer columns and a boolean in a text column", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [
      followUpRow({ Aktivitet: "1.1", År: "2026", "Antal möten": "4", "Rapporterad av": true }),
      followUpRow({ Aktivitet: "1.2" }),
    ];

    expect(validate(planSnapshot(tables)).findings).toEqual([]);
  });
});

const COLUMN_TYPES: readonly ColumnType[] = [
  "text",
  "integer",
  "number",
  "date",
  "year",
  "areaNr",
  "activityNr",
  "period",
  "goalStatus",
  "duration",
];

/** Text close to what each column accepts, and close to what it does not. */
const nearlyValid = fc.constantFrom(
  "2026",
  " 2026 ",
  "1 000",
  "2,5",
  "-0",
  "+3",
  "1e3",
  "1e400",
  "9007199254740993",
  "0",
  "1.1",
  " 3.10 ",
  "1.1.1",
  "T1",
  "t 1",
  "vb",
  "T3",
  "Delvis  uppfyllt",
  "EJ\u00a0BEDÖMT",
  "Tillsvidare",
  "tills vidare?",
  "2026-01-01 – 2026-12-31",
  "2026-12-31 – 2026-01-01",
  "2026-01-01 till 2026-02-30",
  "0050-01-01 – 0050-12-31",
  "2024-02-29",
  "2023-02-29",
  "0000-02-29",
  "1900-02-29",
  " 2026-05-15 ",
  "SANT",
  "\u00a0",
  "x".repeat(32_768),
);

const rawValue: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constant(null),
  nearlyValid,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  fc.integer({ min: -5, max: 3000 }),
  fc.double(),
  fc.constantFrom(0.5, 1.2, 2026, 2101, 1999, -0, Number.MAX_SAFE_INTEGER + 2, Infinity, NaN),
  fc.boolean(),
  fc.constantFrom("2026-01-01", "1900-02-29", "0099-12-31").map(rawDate),
  fc.constantFrom("#N/A", "#REF!").map(rawError),
);

describe("parseCell against the zod schemas it replaced", () => {
  it("gives the same answer for any cell in any column", () => {
    fc.assert(
      fc.property(fc.constantFrom(...COLUMN_TYPES), fc.boolean(), rawValue, (type, required, raw) => {
        expect(parseCell(type, required, raw)).toEqual(zodParseCell(type, required, raw));
      }),
      { numRuns: 20_000 },
    );
  });

  it("reads ISO dates and Löptid as before, for any text", () => {
    const dateLike = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
      );
    fc.assert(
      fc.property(fc.oneof(dateLike, nearlyValid, fc.string({ maxLength: 12 })), (text) => {
        expect(isIsoDate(text)).toBe(referenceIsIsoDate(text));
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          nearlyValid,
          dateLike,
          fc.tuple(dateLike, dateLike).map(([a, b]) => `${a} – ${b}?`),
        ),
        (text) => {
          expect(parseDuration(text)).toEqual(referenceParseDuration(text));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
