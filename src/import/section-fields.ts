/**
 * A section's labelled rows that have a place in the workbook. Everything else is listed
 * as unplaced: text outside a row, an unknown label, a label that belongs to the other kind
 * of section (an activity's "Löptid" under an area), a label that comes a second time.
 */
import { labelTarget, type LabelTarget } from "./plan-labels";
import type { Section } from "./plan-sections";
import { cellText } from "./table-row";
import type { UnplacedText } from "./unplaced";

export interface PlacedField {
  readonly target: LabelTarget;
  /** The value as one cell: paragraphs on their own lines. Never empty. */
  readonly text: string;
  readonly paragraphs: readonly string[];
}

const WRONG_KIND = {
  area: "hör till en aktivitet, inte ett område",
  activity: "hör till ett område, inte en aktivitet",
} as const;

export function placeFields(section: Section, unplaced: UnplacedText[]): PlacedField[] {
  const kind = section.level === 1 ? "area" : "activity";
  const where = section.level === 1 ? `Område ${section.nr}` : `Aktivitet ${section.nr}`;
  for (const text of section.loose) unplaced.push({ where, reason: "text utan rubrik", text });
  const placed: PlacedField[] = [];
  const seen = new Set<string>();
  for (const field of section.fields) {
    const text = cellText(field.paragraphs);
    const target = labelTarget(field.label);
    if (target === null) {
      unplaced.push({ where, reason: `okänd rubrik "${field.label}"`, text: text ?? "" });
      continue;
    }
    if (text === null) continue;
    const key = JSON.stringify(target);
    if ((target.scope === "area") !== (kind === "area")) {
      unplaced.push({ where, reason: `"${field.label}" ${WRONG_KIND[kind]}`, text });
    } else if (seen.has(key)) {
      unplaced.push({ where, reason: `"${field.label}" står en gång till`, text });
    } else {
      seen.add(key);
      placed.push({ target, text, paragraphs: field.paragraphs });
    }
  }
  return placed;
}
