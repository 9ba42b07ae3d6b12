/**
 * Cells of a worksheet part, read and written in place: the `<c>` elements of the rows an
 * edit touches. A written cell replaces the cell element that was there (or goes between
 * its neighbours), a new row goes between the rows around it; every other row and cell,
 * and everything outside `<sheetData>`, stays byte for byte.
 */
import { columnLetter, columnNumber } from "../../plan";
import type { ElementSpan } from "./xml-scan";
import type { WorksheetEditor } from "./worksheet-editor";

/** A cell element as the part holds it. */
export interface ExistingCell {
  readonly row: number;
  readonly column: number;
  /** The whole `<c>` element. */
  readonly xml: string;
  /** Its style index (`s`), or null. */
  readonly style: number | null;
  /** Its `t` attribute, or null. */
  readonly type: string | null;
  /** No value, formula or inline string: a formatted empty cell. */
  readonly empty: boolean;
}

/** A cell to write: `build` gets what is there and returns the new `<c>` ("" removes it). */
export interface CellPatch {
  readonly row: number;
  readonly column: number;
  build(existing: ExistingCell | null): string;
}

export interface RowEntry {
  readonly row: number;
  readonly span: ElementSpan;
}

export interface CellEntry {
  readonly column: number;
  readonly span: ElementSpan;
}

export function cellReference(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

function sheetData(editor: WorksheetEditor): ElementSpan {
  const data = editor.child("sheetData");
  if (data === undefined) throw new Error("Bladet saknar <sheetData>");
  return data;
}

/** Rows with their numbers (a row without `r` follows the one before). */
export function rowEntriesOf(editor: WorksheetEditor): RowEntry[] {
  const { scanner } = editor;
  const entries: RowEntry[] = [];
  let previous = 0;
  for (const span of scanner.children(sheetData(editor))) {
    if (span.localName !== "row") continue;
    const r = Number(scanner.attribute(span, "r"));
    const row = Number.isInteger(r) && r > 0 ? r : previous + 1;
    entries.push({ row, span });
    previous = row;
  }
  return entries;
}

export function cellEntriesOf(editor: WorksheetEditor, row: ElementSpan): CellEntry[] {
  const { scanner } = editor;
  const entries: CellEntry[] = [];
  let previous = 0;
  for (const span of scanner.children(row)) {
    if (span.localName !== "c") continue;
    const ref = scanner.attribute(span, "r");
    const letters = ref === undefined ? null : /^([A-Za-z]+)/.exec(ref)?.[1];
    const column = letters ? columnNumber(letters) : previous + 1;
    entries.push({ column, span });
    previous = column;
  }
  return entries;
}

function existingCell(editor: WorksheetEditor, row: number, entry: CellEntry): ExistingCell {
  const { scanner } = editor;
  const s = scanner.attribute(entry.span, "s");
  const inner = scanner.children(entry.span);
  return {
    row,
    column: entry.column,
    xml: scanner.text(entry.span),
    style: s === undefined ? null : Number(s),
    type: scanner.attribute(entry.span, "t") ?? null,
    empty: !inner.some((e) => e.localName === "v" || e.localName === "f" || e.localName === "is"),
  };
}

/** The cells in the rows and columns given, keyed by `cellReference`. */
export function readCells(
  editor: WorksheetEditor,
  rows: { readonly first: number; readonly last: number },
  columns: { readonly left: number; readonly right: number },
): Map<string, ExistingCell> {
  const found = new Map<string, ExistingCell>();
  for (const { row, span } of rowEntriesOf(editor)) {
    if (row < rows.first) continue;
    if (row > rows.last) break;
    for (const entry of cellEntriesOf(editor, span)) {
      if (entry.column < columns.left || entry.column > columns.right) continue;
      found.set(cellReference(row, entry.column), existingCell(editor, row, entry));
    }
  }
  return found;
}

/** The row element's attribute `s` when the row carries a format for its empty cells. */
export function readRowStyles(editor: WorksheetEditor, rows: readonly number[]): Map<number, number> {
  const wanted = new Set(rows);
  const styles = new Map<number, number>();
  for (const { row, span } of rowEntriesOf(editor)) {
    if (!wanted.has(row)) continue;
    const { scanner } = editor;
    const s = scanner.attribute(span, "s");
    if (s !== undefined && ["1", "true"].includes(scanner.attribute(span, "customFormat") ?? "")) {
      styles.set(row, Number(s));
    }
  }
  return styles;
}

/** The row's start tag with `spans="1:4"` widened to hold the columns written. */
function widenedStartTag(editor: WorksheetEditor, row: ElementSpan, columns: readonly number[]): string {
  const tag = editor.xml.slice(row.start, row.openEnd);
  const spans = editor.scanner.attribute(row, "spans");
  if (spans === undefined || columns.length === 0) return tag;
  // A list of `first:last` pairs, which XML lets start, end or be split with any whitespace.
  const bounds = (spans.match(/\d+/g) ?? []).map(Number);
  const low = Math.min(...bounds, ...columns);
  const high = Math.max(...bounds, ...columns);
  if (low === Math.min(...bounds) && high === Math.max(...bounds)) return tag;
  return tag.replace(/(\sspans\s*=\s*)(["'])[^"']*\2/, `$1"${low}:${high}"`);
}

function patchRow(editor: WorksheetEditor, entry: RowEntry, patches: readonly CellPatch[]): void {
  const { scanner } = editor;
  const { span } = entry;
  const sorted = [...patches].sort((a, b) => a.column - b.column);
  const tag = widenedStartTag(
    editor,
    span,
    sorted.map((p) => p.column),
  );
  if (span.openEnd === span.end) {
    // `<row r="5"/>`: written again with its cells.
    const open = tag.replace(/\s*\/>$/, ">");
    const cells = sorted.map((p) => p.build(null)).join("");
    editor.splice({ start: span.start, end: span.end, text: `${open}${cells}</${span.name}>` });
    return;
  }
  if (tag !== editor.xml.slice(span.start, span.openEnd)) {
    editor.splice({ start: span.start, end: span.openEnd, text: tag });
  }
  const children = scanner.children(span);
  const cells = cellEntriesOf(editor, span);
  for (const patch of sorted) {
    const same = cells.find((c) => c.column === patch.column);
    if (same) {
      const text = patch.build(existingCell(editor, entry.row, same));
      editor.splice({ start: same.span.start, end: same.span.end, text });
      continue;
    }
    const after = cells.find((c) => c.column > patch.column)?.span;
    const firstOther = children.find((c) => c.localName !== "c");
    const at = after?.start ?? firstOther?.start ?? span.closeStart;
    editor.splice({ start: at, end: at, text: patch.build(null) });
  }
}

/** The first row numbered above `row` (rows are in order). */
function rowAfter(rows: readonly RowEntry[], row: number): RowEntry | undefined {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((rows[mid]?.row ?? 0) <= row) low = mid + 1;
    else high = mid;
  }
  return rows[low];
}

/** Writes the cells, creating rows where there are none. */
export function patchCells(editor: WorksheetEditor, patches: readonly CellPatch[]): void {
  if (patches.length === 0) return;
  const byRow = new Map<number, CellPatch[]>();
  for (const patch of patches) {
    const list = byRow.get(patch.row) ?? [];
    list.push(patch);
    byRow.set(patch.row, list);
  }
  const data = sheetData(editor);
  const rows = rowEntriesOf(editor);
  const byNumber = new Map(rows.map((r) => [r.row, r]));
  const newRows = new Map<number, string[]>();
  const rowTag = editor.qualified("row");
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const list = byRow.get(row) ?? [];
    const existing = byNumber.get(row);
    if (existing) {
      patchRow(editor, existing, list);
      continue;
    }
    const next = rowAfter(rows, row);
    const at = next?.span.start ?? data.closeStart;
    const cells = [...list].sort((a, b) => a.column - b.column).map((p) => p.build(null));
    const text = newRows.get(at) ?? [];
    text.push(`<${rowTag} r="${row}">${cells.join("")}</${rowTag}>`);
    newRows.set(at, text);
  }
  for (const [at, text] of newRows) {
    if (data.openEnd === data.end) {
      // `<sheetData/>`: written again holding the rows (there is no row to go before).
      const tag = editor.qualified("sheetData");
      editor.splice({ start: data.start, end: data.end, text: `<${tag}>${text.join("")}</${tag}>` });
    } else {
      editor.splice({ start: at, end: at, text: text.join("") });
    }
  }
}
