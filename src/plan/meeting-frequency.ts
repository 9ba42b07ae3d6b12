/**
 * Reads Mötesfrekvens as people write it ("Samverkansgruppen träffas 1 gång/månad",
 * "Varje vecka", "var tredje vecka", "4 per år", "2 gånger per termin", "vid behov") and
 * says how many meetings a year, and so a period, it implies, or that it cannot tell.
 */
import type { Period } from "./contract";
import { PERIOD_MONTHS } from "./periods";

export type MeetingFrequency =
  /** A readable rhythm: `perYear` meetings a year (summed when the text names several). */
  | { readonly kind: "regular"; readonly perYear: number }
  /** "vid behov", "utifrån behov": meets when needed, implies no number. */
  | { readonly kind: "as-needed" }
  /** Only a question, e.g. "Samverkansgruppen träffas?". */
  | { readonly kind: "question" }
  | { readonly kind: "empty" }
  /** Some text, but no rhythm we can read. */
  | { readonly kind: "unknown" };

const NUMBER_WORDS: Record<string, number> = {
  en: 1,
  ett: 1,
  någon: 1,
  "ett par": 2,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
};

const ORDINALS: Record<string, number> = {
  andra: 2,
  tredje: 3,
  fjärde: 4,
  femte: 5,
  sjätte: 6,
  sjunde: 7,
  åttonde: 8,
};

/** Occurrences of each unit in a year ("v" and "mån" as in "1 gång/v", "2 ggr/mån"). */
const UNIT_PER_YEAR: Record<string, number> = {
  dag: 250,
  vecka: 52,
  v: 52,
  månad: 12,
  mån: 12,
  kvartal: 4,
  tertial: 3,
  termin: 2,
  halvår: 2,
  år: 1,
};

const UNIT =
  "(dag|dagen|vecka|veckan|v|mån|månad|månaden|kvartal|kvartalet|tertial|tertialet|termin|terminen|halvår|halvåret|år|året)";
// A count starts a word: the "en" that ends "Trygghetsvandringen i veckan" is no count.
const COUNT = `(?<![a-zåäöé\\d])(\\d+|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;

function unitPerYear(unit: string): number {
  // "veckan" → "vecka", "månaden" → "månad", "året" → "år"; "termin" is found as it is.
  return UNIT_PER_YEAR[unit] ?? UNIT_PER_YEAR[unit.replace(/(en|et|n)$/, "")] ?? 0;
}

/** A COUNT: digits or one of NUMBER_WORDS. */
function countOf(word: string): number {
  return NUMBER_WORDS[word] ?? Number(word);
}

/** Stems of "veckovis", "månatligen" etc. and their occurrences in a year. */
const ADVERB_PER_YEAR: Record<string, number> = {
  vecko: 52,
  månads: 12,
  månat: 12,
  kvartals: 4,
  termins: 2,
  dag: 250,
  år: 1,
};

const PATTERNS: readonly { readonly re: RegExp; readonly perYear: (m: RegExpExecArray) => number }[] = [
  // "Centrumbesiktning 1 per område och år (4)": the yearly total in brackets.
  {
    re: new RegExp(`${COUNT}\\s+(?:gång(?:er)?\\s+)?per\\s+[a-zåäö]+\\s+och\\s+år\\s*\\((\\d+)\\)`, "g"),
    perYear: (m) => Number(m[2]),
  },
  // "var tredje vecka", "varannan vecka", "var 14:e dag"
  {
    re: new RegExp(`var\\s*(annan|annat|${Object.keys(ORDINALS).join("|")})\\s+${UNIT}`, "g"),
    perYear: (m) => unitPerYear(m[2] ?? "") / (ORDINALS[m[1] ?? ""] ?? 2),
  },
  // "varje vecka", "en gång i månaden", "1 gång/månad", "4 per år", "2 ggr per termin"
  {
    re: new RegExp(
      `(?:varje|${COUNT}\\s*(?:gång(?:er)?|ggr|g|möten|träffar|tillfällen)?\\s*(?:/\\s*per|/|per|i|om|varje)|(?:^|\\s)per)\\s*${UNIT}\\b`,
      "g",
    ),
    perYear: (m) => (m[1] === undefined ? 1 : countOf(m[1])) * unitPerYear(m[2] ?? ""),
  },
  // "veckovis", "månadsvis", "kvartalsvis", "årligen", "dagligen": whole words, and \b would
  // not find one that starts with "å".
  {
    re: /(?<![a-zåäöé])(?:(vecko|månads|kvartals|termins)vis|(år|dag|månat|vecko)ligen)(?![a-zåäöé])/g,
    perYear: (m) => ADVERB_PER_YEAR[m[1] ?? m[2] ?? ""] ?? 0,
  },
];

const cache = new Map<string, MeetingFrequency>();

export function readMeetingFrequency(text: string | null | undefined): MeetingFrequency {
  const key = text ?? "";
  const known = cache.get(key);
  if (known) return known;
  const frequency = readUncached(key);
  if (cache.size > 5000) cache.clear();
  cache.set(key, frequency);
  return frequency;
}

function readUncached(text: string): MeetingFrequency {
  const normal = text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .trim();
  if (normal === "") return { kind: "empty" };
  let rest = normal;
  let perYear = 0;
  for (const { re, perYear: toYear } of PATTERNS) {
    rest = rest.replace(re, (...args: unknown[]) => {
      const groups = args.slice(0, -2) as string[];
      const match = Object.assign(groups, { index: 0, input: rest }) as unknown as RegExpExecArray;
      perYear += toYear(match);
      return " ";
    });
  }
  if (perYear > 0) return { kind: "regular", perYear };
  if (/behov/.test(normal)) return { kind: "as-needed" };
  if (normal.includes("?")) return { kind: "question" };
  return { kind: "unknown" };
}

/**
 * Meetings the frequency implies for a period, or null when it cannot tell. A period is as
 * long every year; the year is taken for the callers, who name a period by both.
 */
export function plannedMeetings(frequency: MeetingFrequency, period: Period, _year: number): number | null {
  if (frequency.kind !== "regular") return null;
  return (frequency.perYear * PERIOD_MONTHS[period]) / 12;
}

/**
 * Whether `held` meetings are below half of the `planned` (unrounded) number: what the
 * validator reports (meetings-below-plan) and the report lists as a deviation.
 */
export function belowHalfOfPlan(held: number, planned: number | null): boolean {
  return planned !== null && held < planned / 2;
}
