/**
 * The cell schemas as zod stated them before the engine read cells with its own compiled
 * parsers (src/plan/cell-schemas.ts): the reference the property test in
 * cell-schemas.test.ts holds those parsers to, for any cell.
 */
import { z } from "zod";
import { GOAL_STATUSES, PERIODS, type ColumnType } from "../../src/plan/contract";
import { isBlank, isRawDate, isRawError, rawToText, type RawValue } from "../../src/plan/raw-value";
import { comparable } from "../../src/plan/text";
import type { Duration } from "../../src/plan/duration";
import { MAX_CELL_TEXT } from "../../src/plan/excel-limits";
import type { CellResult, TypedValue } from "../../src/plan/cell-schemas";

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

const SCHEMAS: Record<Exclude<ColumnType, "text">, z.ZodType<TypedValue>> = {
  // Every integer column (År, Antal möten) is a count or a year: never below 0.
  integer: z.preprocess(numericText, z.number().int().min(0)),
  number: z.preprocess(numericText, z.number().finite()),
  year: z.preprocess(numericText, z.number().int().min(2000).max(2100)),
  areaNr: z.preprocess(numericText, z.number().int().min(1)),
  date: z.preprocess(dateText, z.iso.date()),
  activityNr: z.string().trim().regex(ACTIVITY_NR),
  period: z.preprocess(canonical(PERIODS), z.enum(PERIODS)),
  goalStatus: z.preprocess(canonical(GOAL_STATUSES), z.enum(GOAL_STATUSES)),
  duration: z
    .string()
    .trim()
    .refine((text) => referenceParseDuration(text) !== null),
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

export function zodParseCell(type: ColumnType, required: boolean, raw: RawValue): CellResult {
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

// Löptid and ISO dates as the engine read them then (with JavaScript's Date).

const ONGOING = /^tills?\s*vidare\.?$/i;
const RANGE = /^(\d{4}-\d{2}-\d{2})\s*(?:–|—|\s-\s|\s+till\s+)\s*(\d{4}-\d{2}-\d{2})$/i;

export function referenceIsIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The duration, or null when the text is neither; a range must not end before it starts. A
 * trailing question mark ("Tillsvidare?") still reads as the duration: the open question is
 * the `uncertain-value` rule's to report, not a wrong form.
 */
export function referenceParseDuration(text: string): Duration | null {
  const trimmed = text.trim().replace(/\s*\?$/, "");
  if (ONGOING.test(trimmed)) return { kind: "ongoing" };
  const match = RANGE.exec(trimmed);
  if (!match) return null;
  const [, start = "", end = ""] = match;
  if (!referenceIsIsoDate(start) || !referenceIsIsoDate(end) || end < start) return null;
  return { kind: "range", start, end };
}
