/**
 * A table's name in formulas: `Tabell1[Nr]`, `Tabell1[[#Rader],[Nr]]` or `SUM(Tabell1)`
 * follow the table when it is renamed, as in Excel. Text in quotes ("Tabell1") and sheet
 * names ('Tabell1'!A1, Tabell1!A1) are not the table and stay as they are.
 */
import { cellEntriesOf, rowEntriesOf } from "./sheet-rows";
import type { WorksheetEditor } from "./worksheet-editor";
import { decodeXml, escapeText } from "./xml";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The formula with the table `from` named `to`. */
export function renameTableInFormula(formula: string, from: string, to: string): string {
  const name = new RegExp(`(?<![\\p{L}\\p{N}_.\\\\])${escapeRegExp(from)}(?![\\p{L}\\p{N}_.(!])`, "giu");
  // Quoted strings and quoted sheet names are left alone; the rest is where names are.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(name, to)))
    .join("");
}

/** Whether the part's text may name the table (a quick test before reading its formulas). */
export function mayName(text: string, name: string): boolean {
  return new RegExp(escapeRegExp(name), "iu").test(text);
}

/** Rewrites the cell formulas (`<f>`) of the sheet that change; true when one did. */
export function rewriteSheetFormulas(editor: WorksheetEditor, rewrite: (formula: string) => string): boolean {
  const { scanner } = editor;
  let changed = false;
  for (const row of rowEntriesOf(editor)) {
    for (const cell of cellEntriesOf(editor, row.span)) {
      for (const f of scanner.children(cell.span)) {
        if (f.localName !== "f" || f.openEnd === f.end) continue;
        const before = decodeXml(editor.xml.slice(f.openEnd, f.closeStart));
        const after = rewrite(before);
        if (after === before) continue;
        editor.splice({ start: f.openEnd, end: f.closeStart, text: escapeText(after) });
        changed = true;
      }
    }
  }
  return changed;
}
