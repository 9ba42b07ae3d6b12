/**
 * "Koppla plan" in words, for the task pane and the command line alike: where a candidate
 * is, what it lacks, and what each operation did.
 */
import { quoteSheetName } from "../excel-address";
import { listSv } from "../text";
import type { BrokenBinding } from "./binding-id";
import type { BindingCandidate, BindingOperation } from "./binding-types";

const quoted = (items: readonly string[]): string[] => items.map((item) => `"${item}"`);

/** `'Våra aktiviteter'!A3:I12`, or `tabellen Tabell1 på Blad1!A1:E9`. */
export function describeCandidate(candidate: BindingCandidate): string {
  const where = `${quoteSheetName(candidate.sheet)}!${candidate.range}`;
  return candidate.excelTable === null ? where : `tabellen ${candidate.excelTable} på ${where}`;
}

/** The matched columns, naming the contract column where the header says it otherwise. */
export function describeMatchedColumns(candidate: BindingCandidate): string {
  if (candidate.matched.length === 0) return "inga kolumner känns igen";
  return candidate.matched
    .map((m) => (m.header.trim() === m.column ? m.column : `${m.header.trim()} (= ${m.column})`))
    .join(", ");
}

/** "saknas: "Löptid" (läggs till)", or null when no required column is missing. */
export function describeMissingColumns(candidate: BindingCandidate): string | null {
  if (candidate.missing.length === 0) return null;
  return `saknas: ${listSv(quoted(candidate.missing.map((c) => c.header)))} (läggs till)`;
}

export function describeBrokenBinding(broken: BrokenBinding): string {
  return (
    `Kopplingen för tabellen ${broken.table} är bruten: tabellen den pekade på finns inte längre. ` +
    "Koppla planen igen."
  );
}

function columnsText(headers: readonly string[]): string {
  return `${headers.length === 1 ? "kolumnen" : "kolumnerna"} ${listSv(quoted(headers))}`;
}

/** One sentence saying what the operation did. */
export function describeOperation(op: BindingOperation): string {
  switch (op.kind) {
    case "convertRangeToTable":
      return `Området ${quoteSheetName(op.sheet)}!${op.range} blev tabellen ${op.name}.`;
    case "renameTable":
      return `Tabellen ${op.from} bytte namn till ${op.to}.`;
    case "addColumns":
      return `Tabellen ${op.table} fick ${columnsText(op.headers)} längst till höger.`;
    case "formatColumnsAsText":
      return `Aktivitetsnumren i tabellen ${op.table} formaterades som text.`;
    case "createTable":
      return `Tabellen ${op.table.name} skapades på det nya bladet "${op.table.sheet}".`;
    case "recordBinding":
      return `Kopplingen ${op.id} pekar på tabellen ${op.table}.`;
  }
}
