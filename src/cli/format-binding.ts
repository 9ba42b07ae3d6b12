/** The "Koppla plan" proposal as lines for the terminal, one block per contract table. */
import {
  describeBrokenBinding,
  describeCandidate,
  describeMatchedColumns,
  describeMissingColumns,
  excelNameKey,
  type BindingCandidate,
  type BindingProposal,
  type TableProposal,
} from "../plan";

function missingText(candidate: BindingCandidate): string {
  const missing = candidate.missing.map((c) => `"${c.header}"`);
  return missing.length === 0 ? "alla obligatoriska kolumner finns" : `saknar ${missing.join(", ")}`;
}

function renameNote(table: TableProposal, candidate: BindingCandidate, allowRename: boolean): string | null {
  const name = candidate.excelTable;
  if (name === null || excelNameKey(name) === excelNameKey(table.def.name)) return null;
  return allowRename
    ? `    tabellen byter namn till ${table.def.name}`
    : `    tabellen behåller namnet ${name} (--byt-namn döper om den till ${table.def.name})`;
}

function tableLines(table: TableProposal, allowRename: boolean): string[] {
  const chosen = table.candidates.find((c) => c.id === table.chosen);
  const heading = `${table.def.name}${table.def.required ? "" : " (valfri)"}`;
  const lines: string[] = [];
  if (chosen) {
    lines.push(`  ${heading}: ${describeCandidate(chosen)}`);
    lines.push(`    kolumner: ${describeMatchedColumns(chosen)}`);
    const missing = describeMissingColumns(chosen);
    if (missing !== null) lines.push(`    ${missing}`);
    if (chosen.unknown.length > 0)
      lines.push(`    övriga kolumner: ${chosen.unknown.map((h) => `"${h}"`).join(", ")}`);
    const note = renameNote(table, chosen, allowRename);
    if (note !== null) lines.push(note);
  } else {
    lines.push(`  ${heading}: Skapa ny tabell på bladet "${table.newSheet}"`);
  }
  for (const other of table.candidates.filter((c) => c.id !== table.chosen)) {
    lines.push(`    alternativ: ${describeCandidate(other)} (${missingText(other)})`);
  }
  return lines;
}

/** The whole proposal: broken bindings first, then each table in contract order. */
export function formatBindingProposal(proposal: BindingProposal, file: string, allowRename: boolean): string {
  const lines = proposal.brokenBindings.map(describeBrokenBinding);
  if (lines.length > 0) lines.push("");
  lines.push(`Förslag för ${file}:`);
  for (const table of proposal.tables) lines.push(...tableLines(table, allowRename));
  return lines.join("\n");
}
