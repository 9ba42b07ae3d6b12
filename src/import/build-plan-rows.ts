/**
 * The plan document's blocks → rows for every table of the plan workbook, keyed to the
 * contract's columns, with everything that found no place listed (never dropped silently).
 */
import { AREAS_TABLE, PLAN_TABLE, type CellInput, type TableName } from "../plan";
import { activityRows } from "./activity-rows";
import { fitRowsToCells } from "./cell-limits";
import type { PlanDocument } from "./plan-document";
import type { AreaField } from "./plan-labels";
import { readPlanMetadata } from "./plan-metadata";
import { sectionDocument, type Section } from "./plan-sections";
import { placeFields } from "./section-fields";
import { tableRow } from "./table-row";
import type { UnplacedText } from "./unplaced";

export interface BuildOptions {
  /** The plan year (Plan.År, and the year of follow-up rows). */
  readonly year: number;
  /** Stadsdelsförvaltning when given (it wins over the document's); otherwise read from the document. */
  readonly district?: string;
}

export interface BuiltPlan {
  readonly rows: Record<TableName, CellInput[][]>;
  /** Text from the document that has no place in the workbook. */
  readonly unplaced: UnplacedText[];
  /** Other things the user should know (Swedish), e.g. a stadsdelsförvaltning that could not be read. */
  readonly notes: string[];
  readonly title: string | null;
  readonly district: string | null;
}

function areaRow(section: Section, unplaced: UnplacedText[]): CellInput[] {
  const values = new Map<AreaField, string>();
  for (const { target, text } of placeFields(section, unplaced)) {
    if (target.scope === "area") values.set(target.field, text);
  }
  return tableRow(AREAS_TABLE, {
    nr: Number(section.nr),
    name: section.title || null,
    ...Object.fromEntries(values),
  });
}

function allText(sections: readonly Section[]): string[] {
  return sections.flatMap((s) => [s.title, ...s.fields.flatMap((f) => f.paragraphs), ...s.loose]);
}

export function buildPlanRows(document: PlanDocument, options: BuildOptions): BuiltPlan {
  const { intro, sections } = sectionDocument(document.blocks);
  const unplaced: UnplacedText[] = [];
  const notes: string[] = [];
  const rows: Record<TableName, CellInput[][]> = {
    Plan: [],
    Omraden: [],
    Aktiviteter: [],
    Deltagare: [],
    Indikatorer: [],
    Uppfoljning: [],
    Utfall: [],
    Bedomning: [],
  };

  const [title = null, ...introduction] = intro;
  for (const text of introduction)
    unplaced.push({ where: "Inledningen", reason: "text före första området", text });

  for (const section of sections) {
    if (section.level === 1) {
      rows.Omraden.push(areaRow(section, unplaced));
      continue;
    }
    const built = activityRows(section, options.year);
    rows.Aktiviteter.push(built.activity);
    rows.Deltagare.push(...built.participants);
    rows.Indikatorer.push(...built.indicators);
    rows.Uppfoljning.push(...built.followUps);
    unplaced.push(...built.unplaced);
    notes.push(...built.notes);
  }

  const metadata = readPlanMetadata(document.furniture, [...intro, ...allText(sections)]);
  const given = options.district?.trim() || null;
  const district = given ?? metadata.district;
  if (given !== null && metadata.district !== null && metadata.district !== given) {
    notes.push(
      `Dokumentet anger stadsdelsförvaltningen ${metadata.district}; tabellen Plan fick ${given}, ` +
        "som angavs vid importen.",
    );
  }
  if (title === null)
    notes.push("Dokumentet har ingen titel före första området; fyll i Titel i tabellen Plan.");
  if (district === null) {
    notes.push("Stadsdelsförvaltningen står inte i dokumentet; fyll i Stadsdelsförvaltning i tabellen Plan.");
  }
  rows.Plan.push(
    tableRow(PLAN_TABLE, {
      title,
      district,
      policeArea: metadata.policeArea,
      year: options.year,
      registrationNumber: metadata.registrationNumber,
    }),
  );
  fitRowsToCells(rows, notes);
  return { rows, unplaced, notes, title, district };
}
