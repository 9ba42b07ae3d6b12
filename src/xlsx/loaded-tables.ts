/**
 * Repairs what exceljs 4.4 gets wrong when it loads an Excel table, so that the table reads
 * right and is saved back unharmed:
 * - Excel leaves out `headerRowCount` when the table has its (default) header row, and
 *   exceljs then takes the table for one without a header row (and would save it so).
 * - Excel writes a `filterColumn` only for a filtered column or a hidden button, and exceljs
 *   saves every other column with its filter button hidden.
 * The facts come from the table parts' XML, read before exceljs parses them.
 */
import type JSZip from "jszip";
import type ExcelJS from "exceljs";
import { rangeA1 } from "../plan";
import { tableModels, tableRange } from "./exceljs-internals";
import { startTags, xmlAttribute } from "./xml-text";

export interface TableFacts {
  readonly headerRow: boolean;
  readonly hasAutoFilter: boolean;
  /** Column indexes (0-based) whose filter button is hidden. */
  readonly hiddenButtons: ReadonlySet<number>;
}

const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/i;

function parseTablePart(xml: string): [string, TableFacts] | null {
  const root = startTags(xml, "table").next().value;
  const name = root === undefined ? undefined : xmlAttribute(root, "name");
  if (root === undefined || name === undefined) return null;
  const hiddenButtons = new Set<number>();
  for (const attrs of startTags(xml, "filterColumn")) {
    const hidden = xmlAttribute(attrs, "hiddenButton");
    const colId = Number(xmlAttribute(attrs, "colId"));
    if ((hidden === "1" || hidden === "true") && Number.isInteger(colId)) hiddenButtons.add(colId);
  }
  return [
    name,
    {
      headerRow: xmlAttribute(root, "headerRowCount") !== "0",
      hasAutoFilter: /<(?:[\w.-]+:)?autoFilter\b/.test(xml),
      hiddenButtons,
    },
  ];
}

/** Facts about every table part in the package, keyed by table name. */
export async function scanTableParts(zip: JSZip): Promise<Map<string, TableFacts>> {
  const facts = new Map<string, TableFacts>();
  const parts = Object.values(zip.files).filter((f) => !f.dir && TABLE_PART.test(f.name.replace(/^\//, "")));
  for (const part of parts) {
    const parsed = parseTablePart(await part.async("string"));
    if (parsed) facts.set(parsed[0], parsed[1]);
  }
  return facts;
}

/** Applies the facts to the tables exceljs loaded. */
export function repairLoadedTables(workbook: ExcelJS.Workbook, facts: ReadonlyMap<string, TableFacts>): void {
  for (const worksheet of workbook.worksheets) {
    for (const model of tableModels(worksheet)) {
      const fact = facts.get(model.name);
      if (fact === undefined) continue;
      model.headerRow = fact.headerRow;
      if (fact.hasAutoFilter) {
        model.columns.forEach((column, i) => (column.filterButton = !fact.hiddenButtons.has(i)));
        continue;
      }
      // No filter buttons in the file: exceljs always writes an autoFilter, so write one
      // with every button hidden, which Excel shows the same way.
      const range = tableRange(model);
      if (range === null) continue;
      const bottom = model.totalsRow === true ? range.bottom - 1 : range.bottom;
      model.autoFilterRef = rangeA1({ ...range, bottom: Math.max(bottom, range.top) });
      for (const column of model.columns) column.filterButton = false;
    }
  }
}
