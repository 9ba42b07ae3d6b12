/**
 * A table part (`xl/tables/tableN.xml`): read, its range moved (`ref`, the filter range, a
 * sort state over the data), renamed, widened by columns, or written new. Everything else in
 * the part (styles, calculated columns, filters, extensions) stays as it was.
 */
import type { Element } from "@xmldom/xmldom";
import { parseRange, rangeA1, type RangeRef } from "../../plan";
import { escapeCellText } from "./cell-xml";
import {
  childElement,
  childElements,
  escapeAttribute,
  newElement,
  NS,
  parseXml,
  rootOf,
  serializeXml,
  XML_DECLARATION,
} from "./xml";

export interface TablePartInfo {
  readonly id: number;
  readonly name: string;
  readonly ref: RangeRef;
  readonly headerRow: boolean;
  readonly totalsRow: boolean;
  readonly columns: readonly string[];
}

export function readTablePart(xml: string): TablePartInfo {
  const table = rootOf(parseXml(xml));
  const ref = parseRange(table.getAttribute("ref") ?? "");
  if (ref === null) throw new Error("Tabellen saknar område");
  const columns = childElement(table, "tableColumns");
  return {
    id: Number(table.getAttribute("id")),
    name: table.getAttribute("name") ?? "",
    ref,
    headerRow: table.getAttribute("headerRowCount") !== "0",
    totalsRow: Number(table.getAttribute("totalsRowCount") ?? "0") > 0,
    columns: columns ? childElements(columns, "tableColumn").map((c) => c.getAttribute("name") ?? "") : [],
  };
}

function totalsRows(table: Element): number {
  return Number(table.getAttribute("totalsRowCount") ?? "0") || 0;
}

/** Every sort state in the table (its own, or its filter's). */
function sortStates(table: Element): Element[] {
  const filter = childElement(table, "autoFilter");
  return [...childElements(table, "sortState"), ...(filter ? childElements(filter, "sortState") : [])];
}

/**
 * The table over `range` (header, data and totals): `ref`, the filter over the header and
 * data rows, and a sort state that reached the old last data row now reaching the new one.
 */
export function setTableRange(xml: string, range: RangeRef): string {
  const document = parseXml(xml);
  const table = rootOf(document);
  const old = parseRange(table.getAttribute("ref") ?? "");
  const totals = totalsRows(table);
  table.setAttribute("ref", rangeA1(range));
  const dataBottom = range.bottom - totals;
  const filter = childElement(table, "autoFilter");
  if (filter) filter.setAttribute("ref", rangeA1({ ...range, bottom: Math.max(dataBottom, range.top) }));
  if (old !== null) {
    for (const sort of sortStates(table)) {
      const sorted = parseRange(sort.getAttribute("ref") ?? "");
      if (sorted === null || sorted.bottom !== old.bottom - totals) continue;
      sort.setAttribute("ref", rangeA1({ ...sorted, bottom: dataBottom }));
      // Each sort condition covers its column of the sorted rows: they grow together.
      for (const condition of childElements(sort, "sortCondition")) {
        const column = parseRange(condition.getAttribute("ref") ?? "");
        if (column !== null && column.bottom === sorted.bottom) {
          condition.setAttribute("ref", rangeA1({ ...column, bottom: dataBottom }));
        }
      }
    }
  }
  return serializeXml(document);
}

/** The table renamed (`name` and `displayName`). */
export function renameTablePart(xml: string, to: string): string {
  const document = parseXml(xml);
  const table = rootOf(document);
  table.setAttribute("name", to);
  table.setAttribute("displayName", to);
  return serializeXml(document);
}

/** A header as a table column's name: line breaks as Excel writes them there. */
export function tableColumnName(header: string): string {
  return escapeCellText(header).replace(/\n/g, "_x000a_");
}

/** Columns added at the right edge (their headers), the range and filter widened with them. */
export function addTableColumns(xml: string, headers: readonly string[]): string {
  const document = parseXml(xml);
  const table = rootOf(document);
  const columns = childElement(table, "tableColumns");
  const ref = parseRange(table.getAttribute("ref") ?? "");
  if (columns === undefined || ref === null) throw new Error("Tabellen saknar kolumner");
  let id = Math.max(
    0,
    ...childElements(columns, "tableColumn").map((c) => Number(c.getAttribute("id")) || 0),
  );
  for (const header of headers) {
    id += 1;
    columns.appendChild(
      newElement(columns, "tableColumn", { id: String(id), name: tableColumnName(header) }),
    );
  }
  columns.setAttribute("count", String(childElements(columns, "tableColumn").length));
  const right = ref.right + headers.length;
  table.setAttribute("ref", rangeA1({ ...ref, right }));
  const filter = childElement(table, "autoFilter");
  const filterRange = filter ? parseRange(filter.getAttribute("ref") ?? "") : null;
  if (filter && filterRange) filter.setAttribute("ref", rangeA1({ ...filterRange, right }));
  return serializeXml(document);
}

/** Formulas in the table (calculated columns, totals) passed through `rewrite`. */
export function rewriteTableFormulas(xml: string, rewrite: (formula: string) => string): string {
  const document = parseXml(xml);
  const columns = childElement(rootOf(document), "tableColumns");
  let changed = false;
  for (const column of columns ? childElements(columns, "tableColumn") : []) {
    for (const name of ["calculatedColumnFormula", "totalsRowFormula"]) {
      for (const formula of childElements(column, name)) {
        const before = formula.textContent ?? "";
        const after = rewrite(before);
        if (after === before) continue;
        formula.textContent = after;
        changed = true;
      }
    }
  }
  return changed ? serializeXml(document) : xml;
}

export interface NewTablePart {
  readonly id: number;
  readonly name: string;
  /** Header row and data, e.g. A1:J2. */
  readonly ref: RangeRef;
  readonly columns: readonly string[];
  readonly style: string;
}

/** A new table part as Excel writes one: filter buttons, a table style with banded rows. */
export function newTablePart(table: NewTablePart): string {
  const columns = table.columns
    .map((name, i) => `<tableColumn id="${i + 1}" name="${escapeAttribute(tableColumnName(name))}"/>`)
    .join("");
  const name = escapeAttribute(table.name);
  const ref = rangeA1(table.ref);
  return (
    `${XML_DECLARATION}<table xmlns="${NS.main}" id="${table.id}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttribute(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
