/**
 * Blocks → the document's numbered sections. Headings without a number (Word numbered them
 * itself) get the next number. The table of contents at the top lists the same headings
 * as the body: a heading with no labelled rows whose number comes again later is such an
 * entry and is dropped, so areas and activities are not doubled.
 */
import type { FieldBlock, PlanBlock } from "./plan-document";

export interface Section {
  readonly level: 1 | 2;
  /** "1" for an area, "1.1" for an activity. */
  readonly nr: string;
  readonly title: string;
  readonly fields: FieldBlock[];
  /** Paragraphs in the section that stand outside a labelled row. */
  readonly loose: string[];
}

export interface SectionedDocument {
  /** Paragraphs before the first area or activity: the title and the introduction. */
  readonly intro: readonly string[];
  readonly sections: readonly Section[];
}

/**
 * Gives unnumbered headings the next number, as Word counts them: areas numbered by Word
 * count only each other (typed numbers, e.g. in a typed table of contents, do not move
 * Word's counter); activities count from 1 under the latest area.
 */
function numberer(): (level: 1 | 2, nr: string | null) => string {
  let wordArea = 0;
  let area = 0;
  let activity = 0;
  return (level, nr) => {
    if (level === 1) {
      area = nr === null ? ++wordArea : Number(nr);
      activity = 0;
      return String(area);
    }
    if (nr === null) return `${area}.${++activity}`;
    const [a, b] = nr.split(".").map(Number);
    area = a ?? area;
    activity = b ?? activity;
    return nr;
  };
}

export function sectionDocument(blocks: readonly PlanBlock[]): SectionedDocument {
  const number = numberer();
  const intro: string[] = [];
  const all: Section[] = [];
  for (const block of blocks) {
    const current = all[all.length - 1];
    if (block.kind === "heading") {
      const nr = number(block.level, block.nr);
      all.push({ level: block.level, nr, title: block.title, fields: [], loose: [] });
    } else if (block.kind === "field") {
      if (current) current.fields.push(block);
      else intro.push(`${block.label} ${block.paragraphs.join(" ")}`.trim());
    } else {
      (current ? current.loose : intro).push(...block.paragraphs);
    }
  }
  // Drop table-of-contents entries; their loose text joins whatever stands before them.
  // The number alone tells the level: an area's ("1") has no dot, an activity's ("1.1") has one.
  const sections: Section[] = [];
  for (const [i, section] of all.entries()) {
    const repeated = all.slice(i + 1).some((later) => later.nr === section.nr);
    if (section.fields.length === 0 && repeated) {
      const before = sections[sections.length - 1];
      (before ? before.loose : intro).push(...section.loose);
    } else {
      sections.push(section);
    }
  }
  return { intro, sections };
}
