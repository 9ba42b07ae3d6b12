/**
 * The Plan row's facts as the document states them: which stadsdelsförvaltning
 * ("Skärholmens stadsdelsförvaltning" → Skärholmen), lokalpolisområde and diarienummer.
 * The template's placeholders ("Xxx stadsdelsförvaltning", "Lokalpolisområde xxx") are
 * not names. Page furniture is searched first, then the text.
 */

export interface PlanMetadata {
  readonly district: string | null;
  readonly policeArea: string | null;
  readonly registrationNumber: string | null;
}

const PLACEHOLDER = /^(?:x+|\.+|_+|…)$/iu;

/** Words that stand before "stadsdelsförvaltning" without naming one. */
const NOT_NAMES = new Set(
  "varje respektive den denna samma berörd berörda aktuell aktuella en ett vår er din stadens stockholms".split(
    " ",
  ),
);

const DISTRICT = /(?<![\p{L}-])(\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*)\s+stadsdelsförvaltning(?![\p{L}])/gu;
const POLICE_AREA = /[Ll]okalpolisområde\s+(\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*|[Xx]+)(?![\p{L}])/gu;
const REGISTRATION = /^diarienummer\s*:?\s*(.*)$/iu;
/**
 * Where the diarienummer ends in a footer line that holds more of the footer: at the page
 * number ("3 av 12", "Sida 3 av 12"), or where the next piece of furniture starts
 * ("Lokalpolisområde Farsta", "Farsta stadsdelsförvaltning:", "Bilaga 7.1").
 */
const AFTER_REGISTRATION: readonly RegExp[] = [
  /(?:^|\s)(?:sida\s+)?\d{1,3}\s*av\s*\d{1,3}(?=\s|$)/iu,
  /(?:^|\s)lokalpolisområde(?![\p{L}])/iu,
  /(?:^|\s)bilaga\s+\d/iu,
  /(?:^|\s)\p{Lu}[\p{L}-]*\s+stadsdelsförvaltning(?![\p{L}])/u,
];
/** A page number written "3/12" at the very end (a slash inside "FA 2026/12" is no page number). */
const PAGE_AT_END = /\s+(?:sida\s+)?\d{1,3}\s*\/\s*\d{1,3}$/iu;

/** "Skärholmens" → "Skärholmen", "Farsta" stays. */
function withoutGenitive(name: string): string {
  return /[^s]s$/u.test(name) ? name.slice(0, -1) : name;
}

function firstDistrict(text: string): string | null {
  for (const match of text.matchAll(DISTRICT)) {
    const name = match[1] ?? "";
    if (PLACEHOLDER.test(name) || NOT_NAMES.has(name.toLocaleLowerCase("sv-SE"))) continue;
    return withoutGenitive(name);
  }
  return null;
}

function firstPoliceArea(text: string): string | null {
  for (const match of text.matchAll(POLICE_AREA)) {
    const name = match[1] ?? "";
    if (!PLACEHOLDER.test(name)) return name;
  }
  return null;
}

/** The diarienummer alone, from the first footer line that gives one. */
function registrationNumber(furniture: readonly string[]): string | null {
  for (const line of furniture) {
    let value = REGISTRATION.exec(line.replace(/\s+/g, " "))?.[1] ?? "";
    for (const end of AFTER_REGISTRATION) {
      const match = end.exec(value);
      if (match) value = value.slice(0, match.index);
    }
    value = value.replace(PAGE_AT_END, "").trim();
    if (value !== "" && !PLACEHOLDER.test(value)) return value;
  }
  return null;
}

/** Reads the metadata from page furniture first, then from the text in document order. */
export function readPlanMetadata(furniture: readonly string[], texts: readonly string[]): PlanMetadata {
  const sources = [...furniture, ...texts];
  let district: string | null = null;
  let policeArea: string | null = null;
  for (const text of sources) {
    district ??= firstDistrict(text);
    policeArea ??= firstPoliceArea(text);
    if (district !== null && policeArea !== null) break;
  }
  return { district, policeArea, registrationNumber: registrationNumber(furniture) };
}
