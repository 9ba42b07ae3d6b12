/**
 * What a read of the workbook starts from, loaded from collections only: the sheets (name,
 * id, visibility), the tables (name and sheet), the workbook's defined names (name, type and
 * formula) and the date system. Nothing here is derived from an object that may be a null
 * object, so the request works whatever Excel answers for those: what the add-in goes on to
 * read (read-choice.ts) is then asked for with `getItem` of things these lists say exist.
 *
 * The date system: `Workbook.use1904DateSystem` is a preview API (not in a numbered
 * ExcelApi set), so the add-in asks Excel to evaluate `DATE(1904, 1, 1)`
 * (`workbook.functions`, ExcelApi 1.2): 0 in a 1904 workbook, 1462 in a 1900 one.
 */
import type { SheetSnapshot } from "../plan";
import { visibilityOf } from "./snapshot-parts";

export interface ListedSheet {
  readonly name: string;
  /** Excel's id of the sheet: change events name sheets by it. */
  readonly id: string;
  readonly visibility: SheetSnapshot["visibility"];
}

export interface ListedTable {
  readonly name: string;
  /** Excel's id of the table: it stays when the table is renamed. */
  readonly id: string;
  readonly sheet: string;
}

export interface ListedName {
  readonly name: string;
  /** "Range" when the name refers to cells; "Error" for a broken reference (=#REF!). */
  readonly type: string;
  /** What the name refers to, as Excel writes it: `='Våra aktiviteter'!$A$1:$H$1`. */
  readonly formula: string;
}

export interface WorkbookLists {
  readonly sheets: readonly ListedSheet[];
  readonly tables: readonly ListedTable[];
  readonly names: readonly ListedName[];
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
}

export interface QueuedLists {
  readonly sheets: Excel.WorksheetCollection;
  readonly tables: Excel.TableCollection;
  readonly names: Excel.NamedItemCollection;
  readonly epoch: Excel.FunctionResult<number>;
}

export function queueLists(workbook: Excel.Workbook): QueuedLists {
  return {
    sheets: workbook.worksheets.load("items/name, items/id, items/visibility"),
    tables: workbook.tables.load("items/name, items/id, items/worksheet/name"),
    names: workbook.names.load("items/name, items/type, items/formula"),
    epoch: workbook.functions.date(1904, 1, 1).load("value"),
  };
}

export function readLists(queued: QueuedLists): WorkbookLists {
  return {
    sheets: queued.sheets.items.map((sheet) => ({
      name: sheet.name,
      id: sheet.id,
      visibility: visibilityOf(sheet),
    })),
    tables: queued.tables.items.map((table) => ({
      name: table.name,
      id: table.id,
      sheet: table.worksheet.name,
    })),
    names: queued.names.items.map((item) => ({
      name: item.name,
      type: String(item.type),
      formula: typeof item.formula === "string" ? item.formula : String(item.formula ?? ""),
    })),
    date1904: queued.epoch.value === 0,
  };
}
