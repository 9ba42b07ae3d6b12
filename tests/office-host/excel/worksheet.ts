/**
 * `Excel.Worksheet` and `WorksheetCollection`, with the sheet's page layout and frozen panes;
 * its charts and manual page breaks are in chart.ts.
 */
import { invalidArgument, itemNotFound, NotModelled } from "../host-error";
import { hostNode, readOnly, readWrite, type HostType } from "../host-types";
import { parseAddress, parseAreas } from "../workbook/addresses";
import { findSheet, MAX_COLUMNS, MAX_ROWS, type BookModel, type SheetModel } from "../workbook/model";
import { activateSheet, addSheet, deleteSheet, moveSheet, renameSheet } from "../workbook/sheets";
import { usedRef } from "../workbook/used-range";
import { CHART_COLLECTION, PAGE_BREAKS } from "./chart";
import { booleanArg, numberArg, optionalNumber, optionalString, stringArg } from "./args";
import { RANGE_AREAS, rangeNode } from "./range";
import { TABLE_COLLECTION } from "./table";

const WHOLE = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

/** The longest address `getRange`/`getRanges` take: Excel's limit for a reference, 8,192 characters. */
const MAX_ADDRESS = 8192;

function address(args: readonly unknown[], where: string): string | undefined {
  const value = optionalString(args, 0, where);
  if (value !== undefined && value.length > MAX_ADDRESS)
    throw invalidArgument(where, "The address is too long.");
  return value;
}
const VISIBILITY = ["Visible", "Hidden", "VeryHidden"] as const;

/**
 * Sheets, and every other named thing in Excel, are found by name whatever the case
 * ("Excel ignores case in names"); sheets by their id too.
 */
function sheetByKey(book: BookModel, key: string): SheetModel | null {
  return findSheet(book, key) ?? book.sheets.find((s) => s.id === key) ?? null;
}

export const WORKSHEET_COLLECTION: HostType<BookModel> = {
  name: "WorksheetCollection",
  items: (book) => book.sheets.map((sheet) => hostNode(WORKSHEET, sheet)),
  indexer: (book, args) => {
    const key = stringArg(args, 0, "WorksheetCollection.getItem");
    const sheet = sheetByKey(book, key);
    if (!sheet) throw itemNotFound(`WorksheetCollection.getItem(${key})`);
    return hostNode(WORKSHEET, sheet);
  },
  methods: {
    GetItemOrNullObject: (book, args) => {
      const sheet = sheetByKey(book, stringArg(args, 0, "WorksheetCollection.getItemOrNullObject"));
      return sheet ? hostNode(WORKSHEET, sheet) : null;
    },
    Add: (book, args) =>
      hostNode(WORKSHEET, addSheet(book, optionalString(args, 0, "WorksheetCollection.add"))),
    GetActiveWorksheet: (book) => {
      if (!book.active) throw itemNotFound("WorksheetCollection.getActiveWorksheet");
      return hostNode(WORKSHEET, book.active);
    },
    GetCount: (book) => book.sheets.length,
  },
  events: { DataChanged: "onChanged" },
};

export const WORKSHEET: HostType<SheetModel> = {
  name: "Worksheet",
  identity: (sheet) => ({ Id: sheet.id }),
  scalars: {
    Id: readOnly((sheet) => sheet.id),
    Name: readWrite(
      (sheet) => sheet.name,
      (sheet, value, scope) => renameSheet(scope.book, sheet, String(value)),
    ),
    Position: readWrite(
      (sheet, scope) => scope.book.sheets.indexOf(sheet),
      (sheet, value, scope) => moveSheet(scope.book, sheet, Number(value)),
    ),
    Visibility: readWrite(
      (sheet) => sheet.visibility,
      (sheet, value) => {
        const visibility = VISIBILITY.find((v) => v === value);
        if (!visibility) throw invalidArgument("Worksheet.visibility", String(value));
        sheet.visibility = visibility;
      },
    ),
  },
  navigation: {
    Tables: (sheet, scope) => hostNode(TABLE_COLLECTION, { book: scope.book, sheet }),
    PageLayout: (sheet) => hostNode(PAGE_LAYOUT, sheet),
    FreezePanes: (sheet) => hostNode(FREEZE_PANES, sheet),
    Protection: (sheet) => hostNode(PROTECTION, sheet),
    Charts: (sheet, scope) => hostNode(CHART_COLLECTION, { book: scope.book, sheet }),
    // Worksheet.horizontalPageBreaks (ExcelApi 1.9); vertical ones are not modelled.
    HorizontalPageBreaks: (sheet, scope) => hostNode(PAGE_BREAKS, { book: scope.book, sheet }),
  },
  methods: {
    GetRange: (sheet, args) => {
      const text = address(args, "Worksheet.getRange");
      if (text === undefined) return rangeNode(sheet, WHOLE);
      const parsed = parseAddress(text);
      if (!parsed || (parsed.sheet !== null && parsed.sheet !== sheet.name)) {
        throw invalidArgument("Worksheet.getRange", text);
      }
      return rangeNode(sheet, parsed.ref);
    },
    GetRangeByIndexes: (sheet, args) => {
      const [row, column, rows, columns] = [0, 1, 2, 3].map((i) =>
        numberArg(args, i, "Worksheet.getRangeByIndexes"),
      );
      const ref = { top: row! + 1, left: column! + 1, bottom: row! + rows!, right: column! + columns! };
      if (
        rows! < 1 ||
        columns! < 1 ||
        ref.top < 1 ||
        ref.left < 1 ||
        ref.bottom > MAX_ROWS ||
        ref.right > MAX_COLUMNS
      ) {
        throw invalidArgument("Worksheet.getRangeByIndexes");
      }
      return rangeNode(sheet, ref);
    },
    // Worksheet.getRanges (ExcelApi 1.9): a multi-area address of one sheet.
    GetRanges: (sheet, args) => {
      const text = address(args, "Worksheet.getRanges") ?? stringArg(args, 0, "Worksheet.getRanges");
      const areas = parseAreas(text);
      if (!areas || areas.some((a) => a.sheet !== null && a.sheet !== sheet.name)) {
        throw invalidArgument("Worksheet.getRanges", text.slice(0, 80));
      }
      return hostNode(RANGE_AREAS, { sheet, refs: areas.map((a) => a.ref) });
    },
    // "If the entire worksheet is blank, this function will return the top left cell."
    GetUsedRange: (sheet, args) => {
      const used = usedRef(sheet, WHOLE, booleanArg(args, 0, false));
      return rangeNode(sheet, used?.ref ?? { top: 1, left: 1, bottom: 1, right: 1 });
    },
    GetUsedRangeOrNullObject: (sheet, args) => {
      const used = usedRef(sheet, WHOLE, booleanArg(args, 0, false));
      return used ? rangeNode(sheet, used.ref) : null;
    },
    Activate: (sheet, _args, scope) => activateSheet(scope.book, sheet),
    Delete: (sheet, _args, scope) => deleteSheet(scope.book, sheet),
  },
};

export const PAGE_LAYOUT: HostType<SheetModel> = {
  name: "PageLayout",
  scalars: {
    PaperSize: readWrite(
      (s) => s.pageLayout.paperSize,
      (s, v) => (s.pageLayout.paperSize = String(v)),
    ),
    Orientation: readWrite(
      (s) => s.pageLayout.orientation,
      (s, v) => (s.pageLayout.orientation = String(v)),
    ),
    Zoom: readWrite(
      (s) => s.pageLayout.zoom,
      (s, v) => {
        if (typeof v !== "object" || v === null) throw invalidArgument("PageLayout.zoom", String(v));
        s.pageLayout.zoom = { ...(v as Record<string, number>) };
      },
    ),
  },
  navigation: {
    HeadersFooters: (sheet) => hostNode(HEADERS_FOOTERS, sheet),
  },
  methods: {
    SetPrintTitleRows: (sheet, args) => {
      const value = args[0];
      if (typeof value !== "string") throw new NotModelled("PageLayout.setPrintTitleRows(range)");
      const rows = value.replace(/^.*!/, "");
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw invalidArgument("PageLayout.setPrintTitleRows", value);
      sheet.pageLayout.printTitleRows = rows;
    },
  },
};

const HEADERS_FOOTERS: HostType<SheetModel> = {
  name: "HeaderFooterGroup",
  navigation: {
    DefaultForAllPages: (sheet) => hostNode(HEADER_FOOTER, sheet),
  },
};

const HEADER_FOOTER: HostType<SheetModel> = {
  name: "HeaderFooter",
  scalars: {
    CenterFooter: readWrite(
      (s) => s.pageLayout.centerFooter,
      (s, v) => (s.pageLayout.centerFooter = String(v)),
    ),
  },
};

const FREEZE_PANES: HostType<SheetModel> = {
  name: "WorksheetFreezePanes",
  methods: {
    FreezeRows: (sheet, args) => {
      sheet.frozenRows = optionalNumber(args, 0, "WorksheetFreezePanes.freezeRows", 1);
    },
    Unfreeze: (sheet) => {
      sheet.frozenRows = 0;
    },
  },
};

// Worksheet.protection (ExcelApi 1.2): whether the sheet is protected.
const PROTECTION: HostType<SheetModel> = {
  name: "WorksheetProtection",
  scalars: {
    Protected: readOnly((sheet) => sheet.protected),
  },
};
