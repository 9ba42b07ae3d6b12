/**
 * Per-column cell schemas (zod, as `zod/mini`: the same schemas in a tree-shakable form,
 * some 20 KB gzip less in the task pane's start-up bundle). Each column type turns a raw
 * cell into a typed value or says which rule it breaks; the rule modules word the finding.
 */
import * as z from "zod/mini";
import { GOAL_STATUSES, PERIODS, type ColumnType } from "./contract";
import { isBlank, isRawDate, isRawError, rawToText, type RawValue } from "./raw-value";
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

/** Text holding a number, as a number (decimal comma and spaces accepted). */
function numericText(input: unknown): unknown {
  if (typeof input !== "string") return input;
  const compact = input.replace(/[\s\u00a0]/g, "").replace(",", ".");
  return /^[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i.test(compact) ? Number(compact) : input;
}

function dateText(input: unknown): unknown {
  if (typeof input === "string") return input.trim();
  return input;
}

/** Enumerations ignore case and all whitespace: "t 1" is T1, "delvis  uppfyllt" is Delvis uppfyllt. */
function enumKey(text: string): string {
  return comparable(text).replace(/ /g, "");
}

/** Matches an enumeration case- and whitespace-insensitively to its canonical spelling. */
function canonical(values: readonly string[]) {
  const byKey = new Map(values.map((v) => [enumKey(v), v]));
  return (input: unknown): unknown =>
    typeof input === "string" ? (byKey.get(enumKey(input)) ?? input) : input;
}

const ACTIVITY_NR = /^\d+\.\d+$/;

/** `z.preprocess`: `prepare` the input, then check it against `schema`. */
const prepared = <T>(prepare: (input: unknown) => unknown, schema: z.ZodMiniType<T>) =>
  z.pipe(z.transform(prepare), schema);

const SCHEMAS: Record<Exclude<ColumnType, "text">, z.ZodMiniType<TypedValue>> = {
  // Every integer column (År, Antal möten) is a count or a year: never below 0.
  integer: prepared(numericText, z.int().check(z.minimum(0))),
  // z.number() refuses Infinity and NaN.
  number: prepared(numericText, z.number()),
  year: prepared(numericText, z.int().check(z.minimum(2000), z.maximum(2100))),
  areaNr: prepared(numericText, z.int().check(z.minimum(1))),
  date: prepared(dateText, z.iso.date()),
  activityNr: z.string().check(z.trim(), z.regex(ACTIVITY_NR)),
  period: prepared(canonical(PERIODS), z.enum(PERIODS)),
  goalStatus: prepared(canonical(GOAL_STATUSES), z.enum(GOAL_STATUSES)),
  duration: z.string().check(
    z.trim(),
    z.refine((text) => parseDuration(text) !== null),
  ),
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

export function parseCell(type: ColumnType, required: boolean, raw: RawValue): CellResult {
  if (isRawError(raw)) return { ok: false, problem: { rule: "formula-error" }, recovered: null };
  if (isBlank(raw)) {
    return required
      ? { ok: false, problem: { rule: "required" }, recovered: null }
      : { ok: true, value: null };
  }
  if (typeof raw === "string" && raw.length > MAX_CELL_TEXT) {
    const recovered = type === "text" ? raw.trim() : null;
    return { ok: false, problem: { rule: "type", tooLong: raw.length }, recovered };
  }
  if (type === "text") {
    const text = rawToText(raw) ?? "";
    return { ok: true, value: typeof raw === "string" ? text.trim() : text };
  }
  if (type === "activityNr" && typeof raw === "number") {
    return { ok: false, problem: { rule: "nr-not-text", storedAs: "number" }, recovered: numberAsNr(raw) };
  }
  if (type === "activityNr" && isRawDate(raw)) {
    return { ok: false, problem: { rule: "nr-not-text", storedAs: "date" }, recovered: null };
  }
  // A date cell is a date, even Excel's 29 February 1900 (serial 60) that no calendar has.
  if (type === "date" && isRawDate(raw)) return { ok: true, value: raw.iso };
  const input = isRawDate(raw) ? raw.iso : typeof raw === "boolean" ? rawToText(raw) : raw;
  const parsed = SCHEMAS[type].safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problem: { rule: RULE_FOR_TYPE[type] }, recovered: null };
}
