/**
 * Per-column cell schemas. Each column type turns a raw cell into a typed value or says
 * which rule it breaks; the rule modules word the finding. Every cell of a plan passes
 * through here, so each type is a plain function compiled once per column (`cellParser`),
 * and a cell that reads well allocates nothing. The rules are those zod's schemas stated
 * before (tests/plan/cell-schemas-reference.ts keeps them, and a property test holds the
 * two to the same answer for any cell).
 */
import { GOAL_STATUSES, PERIODS, type ColumnType } from "./contract";
import { isRawError, rawToText, type RawValue } from "./raw-value";
import { comparable } from "./text";
import { parseDuration } from "./duration";
import { MAX_CELL_TEXT } from "./excel-limits";

export type TypedValue = string | number;

export type CellProblem =
  | { readonly rule: "formula-error" }
  | { readonly rule: "required" }
  | { readonly rule: "nr-not-text"; readonly storedAs: "number" | "date" }
  | { readonly rule: "type" | "pattern" | "enum" }
  /** Text longer than an Excel cell holds (a `type` finding). */
  | { readonly rule: "type"; readonly tooLong: number };

export type CellResult =
  | { readonly ok: true; readonly value: TypedValue | null }
  | { readonly ok: false; readonly problem: CellProblem; readonly recovered: TypedValue | null };

/** A cell that broke its column's rule, and the value the plan reads from it all the same. */
export class CellFault {
  constructor(
    readonly problem: CellProblem,
    readonly recovered: TypedValue | null,
  ) {}
}

/** One column's reading of a cell: its typed value, or the fault. */
export type CellParser = (raw: RawValue) => TypedValue | null | CellFault;

const fault = (problem: CellProblem) => Object.freeze(new CellFault(Object.freeze(problem), null));
const FORMULA_ERROR = fault({ rule: "formula-error" });
const REQUIRED = fault({ rule: "required" });
const NR_AS_DATE = fault({ rule: "nr-not-text", storedAs: "date" });
const BROKEN: Readonly<Record<"type" | "pattern" | "enum", CellFault>> = {
  type: fault({ rule: "type" }),
  pattern: fault({ rule: "pattern" }),
  enum: fault({ rule: "enum" }),
};

const NUMERIC = /^[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i;
const SPACES = /[\s\u00a0]/g;

/** A number cell, or text holding a number (decimal comma and spaces accepted); else NaN. */
function numberOf(input: string | number): number {
  if (typeof input === "number") return input;
  const compact = input.replace(SPACES, "").replace(",", ".");
  return NUMERIC.test(compact) ? Number(compact) : NaN;
}

/** A calendar date written `YYYY-MM-DD` (years 0000–9999, leap days where they fall). */
const ISO_DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
const ACTIVITY_NR = /^\d+\.\d+$/;

/** Enumerations ignore case and all whitespace: "t 1" is T1, "delvis  uppfyllt" is Delvis uppfyllt. */
function enumKey(text: string): string {
  return comparable(text).replace(/ /g, "");
}

/** Reads an enumeration case- and whitespace-insensitively as its canonical spelling. */
function canonical(values: readonly string[]): (input: string) => string | undefined {
  const exact = new Set(values);
  const byKey = new Map(values.map((v) => [enumKey(v), v]));
  // Most cells hold a value exactly as it is spelled: no key to build then.
  return (input) => (exact.has(input) ? input : byKey.get(enumKey(input)));
}

const wholeIn = (low: number, high: number) => (input: string | number) => {
  const n = numberOf(input);
  return Number.isSafeInteger(n) && n >= low && n <= high ? n : undefined;
};

const trimmedIf = (test: (text: string) => boolean) => (input: string | number) => {
  if (typeof input !== "string") return undefined;
  const text = input.trim();
  return test(text) ? text : undefined;
};

const period = canonical(PERIODS);
const goalStatus = canonical(GOAL_STATUSES);

/** Each typed column's check: the typed value, or undefined when the value breaks it. */
const CHECKS: Record<Exclude<ColumnType, "text">, (input: string | number) => TypedValue | undefined> = {
  // Every integer column (År, Antal möten) is a count or a year: never below 0.
  integer: wholeIn(0, Infinity),
  number: (input) => {
    const n = numberOf(input);
    return Number.isFinite(n) ? n : undefined;
  },
  year: wholeIn(2000, 2100),
  areaNr: wholeIn(1, Infinity),
  date: trimmedIf((text) => ISO_DATE.test(text)),
  activityNr: trimmedIf((text) => ACTIVITY_NR.test(text)),
  period: (input) => (typeof input === "string" ? period(input) : undefined),
  goalStatus: (input) => (typeof input === "string" ? goalStatus(input) : undefined),
  duration: trimmedIf((text) => parseDuration(text) !== null),
};

/** Which rule a failed check of each column type breaks. */
const RULE_FOR_TYPE: Record<Exclude<ColumnType, "text">, "type" | "pattern" | "enum"> = {
  integer: "type",
  number: "type",
  year: "type",
  areaNr: "type",
  date: "type",
  activityNr: "pattern",
  period: "enum",
  goalStatus: "enum",
  duration: "pattern",
};

/** Number cells recovered as the text Excel shows, so references still resolve. */
function numberAsNr(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function compile(type: ColumnType, required: boolean): CellParser {
  const check = type === "text" ? null : CHECKS[type];
  const broken = type === "text" ? BROKEN.type : BROKEN[RULE_FOR_TYPE[type]];
  const blank = required ? REQUIRED : null;
  return (raw) => {
    if (raw === null) return blank;
    if (typeof raw === "string") {
      // Trimmed once: every check reads the text as trimmed (numbers and enumerations
      // ignore whitespace anyway).
      const text = raw.trim();
      if (text === "") return blank;
      if (raw.length > MAX_CELL_TEXT) {
        return new CellFault({ rule: "type", tooLong: raw.length }, check === null ? text : null);
      }
      return check === null ? text : (check(text) ?? broken);
    }
    if (isRawError(raw)) return FORMULA_ERROR;
    if (check === null) return rawToText(raw) ?? "";
    if (typeof raw === "number") {
      if (type === "activityNr")
        return new CellFault({ rule: "nr-not-text", storedAs: "number" }, numberAsNr(raw));
      return check(raw) ?? broken;
    }
    if (typeof raw === "boolean") return check(raw ? "SANT" : "FALSKT") ?? broken;
    // A date cell is a date, even Excel's 29 February 1900 (serial 60) that no calendar has.
    if (type === "date") return raw.iso;
    if (type === "activityNr") return NR_AS_DATE;
    return check(raw.iso) ?? broken;
  };
}

const PARSERS = new Map<string, CellParser>();

/** The reading of a column of this type (compiled once, shared by every column of it). */
export function cellParser(type: ColumnType, required: boolean): CellParser {
  const key = `${type}:${String(required)}`;
  let parser = PARSERS.get(key);
  if (parser === undefined) {
    parser = compile(type, required);
    PARSERS.set(key, parser);
  }
  return parser;
}

/** One cell through its column's schema. */
export function parseCell(type: ColumnType, required: boolean, raw: RawValue): CellResult {
  const result = cellParser(type, required)(raw);
  if (result instanceof CellFault) return { ok: false, problem: result.problem, recovered: result.recovered };
  return { ok: true, value: result };
}
