/**
 * Excel tables in the workbook model: their parts, creating one over a range, adding rows,
 * resizing and deleting. A table always has a header row and at least one data row, as in
 * Excel (a table made from a header row alone gets one empty data row).
 */
import { rangesIntersect, type RangeRef } from "../../../src/plan";
import { invalidArgument } from "../host-error";
import { NotModelled } from "../host-error";
import { getCell, readValue, writeText, writeValue } from "./cells";
import { findTable, type BookModel, type RangeTarget, type SheetModel, type TableModel } from "./model";
import { uniqueHeaders } from "./naming";
import { inheritFormats } from "./table-growth";

/** The data body: between the header row and the totals row. */
export function bodyRef(table: TableModel): RangeRef {
  const top = table.showHeaders ? table.ref.top + 1 : table.ref.top;
  const bottom = table.showTotals ? table.ref.bottom - 1 : table.ref.bottom;
  return { ...table.ref, top, bottom };
}

export function headerRef(table: TableModel): RangeRef {
  return { ...table.ref, bottom: table.ref.top };
}

const contains = (outer: RangeRef, inner: RangeRef): boolean =>
  outer.top <= inner.top &&
  outer.left <= inner.left &&
  outer.bottom >= inner.bottom &&
  outer.right >= inner.right;

/** `Range.getTables(fullyContained)`: tables overlapping (or inside) a range, top-left first. */
export function tablesIn(
  book: BookModel,
  { sheet, ref }: RangeTarget,
  fullyContained: boolean,
): TableModel[] {
  return book.tables
    .filter((t) => t.sheet === sheet && (fullyContained ? contains(ref, t.ref) : rangesIntersect(ref, t.ref)))
    .sort((a, b) => a.ref.top - b.ref.top || a.ref.left - b.ref.left);
}

/** `tables.add(range, true)`: the header row's texts become unique headers, the name TableN. */
export function createTable(book: BookModel, target: RangeTarget, hasHeaders: boolean): TableModel {
  if (!hasHeaders) throw new NotModelled("tables without a header row (tables.add(…, false))");
  const { sheet } = target;
  const ref =
    target.ref.bottom === target.ref.top ? { ...target.ref, bottom: target.ref.top + 1 } : target.ref;
  if (book.tables.some((t) => t.sheet === sheet && rangesIntersect(t.ref, ref))) {
    throw invalidArgument("TableCollection.add", "A table can't overlap another table.");
  }
  // What Excel does with merged cells when it makes a table of them is not documented.
  if (sheet.merges.some((m) => rangesIntersect(m, ref))) {
    throw new NotModelled("TableCollection.add over merged cells");
  }
  const headers = uniqueHeaders(
    Array.from({ length: ref.right - ref.left + 1 }, (_, i) =>
      readValue(getCell(sheet, ref.top, ref.left + i)),
    ),
  );
  headers.forEach((h, i) => writeText(sheet, ref.top, ref.left + i, h));
  let n = book.tables.length + 1;
  while (findTable(book, `Table${n}`)) n++;
  const table: TableModel = {
    id: `{table-${book.nextId++}}`,
    name: `Table${n}`,
    sheet,
    ref,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
  };
  book.tables.push(table);
  return table;
}

/** `table.rows.add(null, values)`: rows at the end of the body; a totals row moves down. */
export function addTableRows(table: TableModel, values: readonly (readonly unknown[])[]): RangeRef {
  const body = bodyRef(table);
  const at = body.bottom + 1;
  const totals = table.showTotals ? table.ref.bottom : null;
  if (totals !== null) {
    for (let c = table.ref.left; c <= table.ref.right; c++) {
      writeValue(table.sheet, totals + values.length, c, readValue(getCell(table.sheet, totals, c)));
      writeValue(table.sheet, totals, c, "");
    }
  }
  table.ref = { ...table.ref, bottom: table.ref.bottom + values.length };
  inheritFormats(table, body.bottom, at, at + values.length - 1);
  values.forEach((row, i) => row.forEach((v, j) => writeValue(table.sheet, at + i, table.ref.left + j, v)));
  return { ...table.ref, top: at, bottom: at + values.length - 1 };
}

/** `table.resize(range)`: the header row must stay where it is. */
export function resizeTable(table: TableModel, target: RangeTarget): void {
  const { ref } = target;
  if (target.sheet !== table.sheet || ref.top !== table.ref.top || ref.left !== table.ref.left) {
    throw invalidArgument("Table.resize", "The table's header row must stay in place.");
  }
  table.ref = ref;
}

export function deleteTable(book: BookModel, table: TableModel): void {
  book.tables.splice(book.tables.indexOf(table), 1);
}

export function tablesOnSheet(book: BookModel, sheet: SheetModel | null): TableModel[] {
  return sheet === null ? book.tables : book.tables.filter((t) => t.sheet === sheet);
}
