/**
 * Deltagare rows for one activity: a row per core party that the document fills in
 * (Kontakt, Övriga deltagare, Åtagande) and a row per other organisation listed under
 * "Övriga deltagare", one per line or comma-separated on one line. A sentence before the
 * list ("Varierar utifrån behov. Exempel:") speaks of the list, not of any organisation, so
 * it goes into no row: it is returned as text with no place, for the import to list.
 */
import { CORE_PARTIES, type CellInput, type CoreParty } from "../plan";
import { BULLET } from "./plan-document";
import type { PartyField } from "./plan-labels";

export type PartyFields = Partial<Record<PartyField, string>>;

export interface ParticipantRows {
  /** Rows in Deltagare's column order: Aktivitet, Part, Kontakt, Övriga deltagare, Åtagande. */
  readonly rows: CellInput[][];
  /** Text that found no row: a sentence about the list ("Varierar utifrån behov. Exempel:"). */
  readonly unplaced: string[];
  /** Organisations named twice (one row was made). */
  readonly repeated: string[];
}

/** A sentence about the list rather than an organisation: ends with ":" or is a sentence. */
function isNote(paragraph: string): boolean {
  return /:$/.test(paragraph) || (/[.!?]$/.test(paragraph) && paragraph.split(" ").length >= 4);
}

function splitNames(paragraphs: readonly string[]): { note: string | null; names: string[] } {
  const items = paragraphs.map((p) => (p.startsWith(BULLET) ? p.slice(BULLET.length) : p).trim());
  const notes: string[] = [];
  let names: string[] = [];
  if (items.length === 1) {
    const only = items[0] ?? "";
    const colon = only.lastIndexOf(":");
    const list = colon >= 0 ? only.slice(colon + 1) : only;
    if (colon >= 0) notes.push(only.slice(0, colon + 1).trim());
    if (colon < 0 && isNote(list)) notes.push(list);
    else names = list.split(/[,;]/);
  } else {
    for (const item of items) (isNote(item) && names.length === 0 ? notes : names).push(item);
  }
  const cleaned = names.map((n) => n.replace(/[,;.]+$/u, "").trim()).filter((n) => n !== "");
  return { note: notes.length > 0 ? notes.join("\n") : null, names: cleaned };
}

export function participantRows(
  nr: string,
  parties: ReadonlyMap<CoreParty, PartyFields>,
  others: readonly string[],
): ParticipantRows {
  const rows: CellInput[][] = [];
  const seen = new Set<string>();
  for (const party of CORE_PARTIES) {
    const fields = parties.get(party) ?? {};
    if (!fields.contact && !fields.others && !fields.commitment) continue;
    rows.push([nr, party, fields.contact ?? null, fields.others ?? null, fields.commitment ?? null]);
    seen.add(party.toLocaleLowerCase("sv-SE"));
  }
  const { note, names } = splitNames(others);
  const repeated: string[] = [];
  for (const name of names) {
    const key = name.toLocaleLowerCase("sv-SE");
    if (seen.has(key)) {
      repeated.push(name);
      continue;
    }
    seen.add(key);
    rows.push([nr, name, null, null, null]);
  }
  return { rows, unplaced: note !== null ? [note] : [], repeated };
}
