/**
 * The worksheet's elements around its cells that an edit keeps true: the used range
 * (`<dimension>`), the list of its tables (`<tableParts>`), a sheet filter a new table
 * replaces, and drop-down lists that reach the rows a table grows into. Each is parsed on
 * its own and put back in its place (worksheet-editor.ts).
 */
import type { Element } from "@xmldom/xmldom";
import { parseRange, rangeA1, type RangeRef } from "../../plan";
import type { WorksheetEditor } from "./worksheet-editor";
import { childElements, newElement, NS, setNamespacedAttribute } from "./xml";

function union(a: RangeRef, b: RangeRef): RangeRef {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** Widens `<dimension ref>` to hold `range`. */
export function widenDimension(editor: WorksheetEditor, range: RangeRef): void {
  const dimension = editor.child("dimension");
  if (dimension === undefined) return;
  const current = parseRange(editor.scanner.attribute(dimension, "ref") ?? "");
  const wanted = current === null ? range : union(current, range);
  if (current !== null && rangeA1(current) === rangeA1(wanted)) return;
  editor.editElement(dimension, (element) => element.setAttribute("ref", rangeA1(wanted)));
}

/** Column formats (`<col style>`) by column number. */
export function readColumnStyles(editor: WorksheetEditor): Map<number, number> {
  const styles = new Map<number, number>();
  const cols = editor.child("cols");
  if (cols === undefined) return styles;
  for (const col of editor.scanner.children(cols)) {
    const style = editor.scanner.attribute(col, "style");
    const min = Number(editor.scanner.attribute(col, "min"));
    const max = Number(editor.scanner.attribute(col, "max"));
    if (style === undefined || !Number.isInteger(min) || !Number.isInteger(max)) continue;
    for (let c = min; c <= Math.min(max, min + 16_384); c++) styles.set(c, Number(style));
  }
  return styles;
}

/** Adds `<tablePart r:id>` for a new table. */
export function addTablePart(editor: WorksheetEditor, id: string): void {
  const parts = editor.child("tableParts");
  if (parts === undefined) {
    const name = editor.qualified("tableParts");
    editor.insertChild(
      "tableParts",
      `<${name} count="1"><${editor.qualified("tablePart")} ${editor.relationshipAttribute(id)}/></${name}>`,
    );
    return;
  }
  editor.editElement(parts, (element) => {
    const part = newElement(element, "tablePart");
    element.appendChild(part);
    setNamespacedAttribute(part, NS.rel, "r", "id", id);
    element.setAttribute("count", String(childElements(element, "tablePart").length));
  });
}

/** Removes the sheet's own filter (a table brings its filter buttons); true when there was one. */
export function removeSheetFilter(editor: WorksheetEditor, over: RangeRef): boolean {
  const filter = editor.child("autoFilter");
  const range = filter && parseRange(editor.scanner.attribute(filter, "ref") ?? "");
  if (!filter || !range || range.top !== over.top) return false;
  editor.replace(filter, "");
  return true;
}

function covers(ranges: readonly RangeRef[], row: number, column: number): boolean {
  return ranges.some((r) => row >= r.top && row <= r.bottom && column >= r.left && column <= r.right);
}

/**
 * Ranges that add the rows `first`–`last` of each column to `ranges` where the cell in row
 * `source` of that column is covered: the drop-down list of a table's last row reaches the
 * rows the table grows into, as in Excel.
 */
export function extendedRanges(
  ranges: readonly RangeRef[],
  source: number,
  rows: { readonly first: number; readonly last: number },
  columns: readonly number[],
): RangeRef[] {
  const result = [...ranges];
  for (const column of columns) {
    if (!covers(result, source, column)) continue;
    let top = rows.first;
    while (top <= rows.last && covers(result, top, column)) top++;
    if (top > rows.last) continue;
    const below = result.findIndex((r) => r.left === column && r.right === column && r.bottom + 1 === top);
    const existing = result[below];
    if (existing) result[below] = { ...existing, bottom: rows.last };
    else result.push({ top, left: column, bottom: rows.last, right: column });
  }
  return result;
}

/** The sqref with the ranges `extendedRanges` adds; null when it adds none. */
function extendedSqref(
  sqref: string,
  source: number,
  rows: { readonly first: number; readonly last: number },
  columns: readonly number[],
): string | null {
  const tokens = sqref.split(/\s+/).filter((t) => t !== "");
  const ranges: RangeRef[] = [];
  const positions: number[] = [];
  tokens.forEach((token, i) => {
    const range = parseRange(token);
    if (range === null) return;
    ranges.push(range);
    positions.push(i);
  });
  const extended = extendedRanges(ranges, source, rows, columns);
  if (extended.length === ranges.length && extended.every((r, i) => r === ranges[i])) return null;
  const result = [...tokens];
  extended.forEach((range, i) => {
    const position = positions[i];
    if (position === undefined) result.push(rangeA1(range));
    else if (range !== ranges[i]) result[position] = rangeA1(range);
  });
  return result.join(" ");
}

/** Extends the sheet's drop-down lists (see `extendedRanges`). */
export function extendValidations(
  editor: WorksheetEditor,
  source: number,
  rows: { readonly first: number; readonly last: number },
  columns: readonly number[],
): void {
  const block = editor.child("dataValidations");
  if (block === undefined) return;
  const sqrefs = editor.scanner.children(block).map((v) => editor.scanner.attribute(v, "sqref") ?? "");
  if (sqrefs.every((sqref) => extendedSqref(sqref, source, rows, columns) === null)) return;
  editor.editElement(block, (element: Element) => {
    for (const validation of childElements(element, "dataValidation")) {
      const sqref = extendedSqref(validation.getAttribute("sqref") ?? "", source, rows, columns);
      if (sqref !== null) validation.setAttribute("sqref", sqref);
    }
  });
}
