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
const REGISTRATION = /^diarienummer\s*:?\s*(.*?)\s*(?:(?:sida\s+)?\d{1,3}\s*(?:av|\/)\s*\d{1,3})?$/iu;

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

function registrationNumber(furniture: readonly string[]): string | null {
  for (const line of furniture) {
    const value = REGISTRATION.exec(line)?.[1]?.trim() ?? "";
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
    const folded = text.replace(/\s+/g, " ");
    district ??= firstDistrict(folded);
    policeArea ??= firstPoliceArea(folded);
    if (district !== null && policeArea !== null) break;
  }
  return { district, policeArea, registrationNumber: registrationNumber(furniture) };
}
