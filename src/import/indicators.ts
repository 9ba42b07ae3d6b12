/**
 * Counts stated in Mätbara mål or Mötesfrekvens become indicators with a yearly target:
 * "Centrumbesiktning 1 per område och år (4)" → Centrumbesiktningar, 4 per år;
 * "Trygghetsvandringar 8 per år" → Trygghetsvandringar, 8; "minst 10 trygghetsvandringar
 * per år" → Trygghetsvandringar, 10. How often a group meets is not an indicator.
 */

export interface ImportedIndicator {
  readonly name: string;
  readonly target: number;
  readonly unit: string;
}

export const INDICATOR_UNIT = "per år";

const NAME = String.raw`(\p{Lu}[\p{L}-]*(?:\s+[\p{Ll}-]+){0,3}?)`;
const YEAR = String.raw`(?:per|om|i|\/)\s*år(?:et)?`;

/** "Centrumbesiktning 1 per område och år (4)": the total in brackets is the year's target. */
const PER_UNIT_AND_YEAR = new RegExp(
  String.raw`${NAME}\s+(\d+)\s+(?:gång(?:er)?\s+)?per\s+[\p{L}]+\s+och\s+år\s*\((\d+)\)`,
  "gu",
);
/** "Trygghetsvandringar 8 per år", "Trygghetsvandring 2 gånger per år". */
const NAME_THEN_COUNT = new RegExp(String.raw`${NAME}\s+(\d+)\s+(?:gång(?:er)?\s+|st\.?\s+)?${YEAR}`, "gu");
/** "minst 10 trygghetsvandringar per år", "4 centrumbesiktningar om året". */
const COUNT_THEN_NAME = new RegExp(String.raw`(?:^|[\s(])(\d+)\s+([\p{L}-]{4,})\s+${YEAR}`, "gu");

/** Words that describe meetings, not something counted. */
const MEETING_WORDS =
  /\b(?:träffas|möts|ses|mötas|sammanträder|samlas)\b|^(?:gång|gånger|ggr|möten|träffar|tillfällen)$/iu;

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase("sv-SE") + word.slice(1);
}

/**
 * The plural Swedish uses for a count: "Centrumbesiktning" → "Centrumbesiktningar". Other
 * words ("Trygghetsvandringar", "Kontroller", "Kartläggningsmöte") stay as they are written.
 */
export function pluralise(name: string): string {
  return /ing$/u.test(name) ? `${name}ar` : name;
}

/** The indicators a text states, in the order it states them (each name once). */
export function readIndicators(text: string): ImportedIndicator[] {
  const found = new Map<string, ImportedIndicator>();
  const add = (name: string, target: number) => {
    // Both patterns capture a name that starts and ends with a letter or "-": nothing to trim.
    const clean = pluralise(capitalise(name));
    if (MEETING_WORDS.test(clean) || found.has(clean.toLocaleLowerCase("sv-SE"))) return;
    found.set(clean.toLocaleLowerCase("sv-SE"), { name: clean, target, unit: INDICATOR_UNIT });
  };
  let rest = text;
  rest = rest.replace(PER_UNIT_AND_YEAR, (_all, name: string, _n: string, total: string) => {
    add(name, Number(total));
    return " ";
  });
  rest = rest.replace(NAME_THEN_COUNT, (_all, name: string, n: string) => {
    add(name, Number(n));
    return " ";
  });
  for (const match of rest.matchAll(COUNT_THEN_NAME)) add(match[2] ?? "", Number(match[1]));
  return [...found.values()];
}
