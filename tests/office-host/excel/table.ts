/**
 * `Excel.Table` with its columns and rows, `TableCollection` (the workbook's or a sheet's) and
 * `TableScopedCollection` (`Range.getTables`, ExcelApi 1.9). `rows.add` works, and is
 * recorded ("TableRowCollection.Add") so that tests can show it was not used.
 */
import { invalidArgument, itemNotFound, refuseIfProtected } from "../host-error";
import { hostNode, readOnly, readWrite, type HostScope, type HostType } from "../host-types";
import { parseAddress } from "../workbook/addresses";
import { getCell, readValue } from "../workbook/cells";
import {
  findTable,
  type BookModel,
  type RangeTarget,
  type SheetModel,
  type TableModel,
} from "../workbook/model";
import { checkTableName } from "../workbook/naming";
import {
  addTableRows,
  bodyRef,
  createTable,
  deleteTable,
  headerRef,
  resizeTable,
  tablesIn,
  tablesOnSheet,
} from "../workbook/tables";
import { booleanArg, nodeOf, stringArg } from "./args";
import { RANGE, rangeNode } from "./range";
import { WORKSHEET } from "./worksheet";

interface TablesTarget {
  readonly book: BookModel;
  /** The sheet whose tables these are; null for the workbook's. */
  readonly sheet: SheetModel | null;
}

function tableByKey({ book, sheet }: TablesTarget, key: string): TableModel | null {
  const found = findTable(book, key) ?? book.tables.find((t) => t.id === key) ?? null;
  return found && (sheet === null || found.sheet === sheet) ? found : null;
}

/** A range given as an address or a Range object, on `sheet` unless the address names one. */
export function rangeArg(
  book: BookModel,
  value: unknown,
  sheet: SheetModel | null,
  where: string,
): RangeTarget {
  if (typeof value !== "string") {
    const range = nodeOf(value, RANGE);
    if (!range) throw invalidArgument(where, "Expected a range or an address.");
    return range;
  }
  const parsed = parseAddress(value);
  const onSheet = parsed?.sheet
    ? (book.sheets.find((s) => s.name === parsed.sheet) ?? null)
    : (sheet ?? book.active);
  if (!parsed || !onSheet) throw invalidArgument(where, value);
  return { sheet: onSheet, ref: parsed.ref };
}

export const TABLE_COLLECTION: HostType<TablesTarget> = {
  name: "TableCollection",
  items: ({ book, sheet }) => tablesOnSheet(book, sheet).map((table) => hostNode(TABLE, table)),
  indexer: (target, args) => {
    const key = stringArg(args, 0, "TableCollection.getItem");
    const table = tableByKey(target, key);
    if (!table) throw itemNotFound(`TableCollection.getItem(${key})`);
    return hostNode(TABLE, table);
  },
  methods: {
    GetItemOrNullObject: (target, args) => {
      const table = tableByKey(target, stringArg(args, 0, "TableCollection.getItemOrNullObject"));
      return table ? hostNode(TABLE, table) : null;
    },
    Add: ({ book, sheet }, args) => {
      const where = rangeArg(book, args[0], sheet, "TableCollection.add");
      refuseIfProtected(where.sheet, "TableCollection.add");
      return hostNode(TABLE, createTable(book, where, booleanArg(args, 1, false)));
    },
    GetCount: ({ book, sheet }) => tablesOnSheet(book, sheet).length,
  },
};

function tablePart(part: (table: TableModel) => TableTargetRef) {
  return (table: TableModel) => rangeNode(table.sheet, part(table));
}
type TableTargetRef = ReturnType<typeof bodyRef>;

export const TABLE: HostType<TableModel> = {
  name: "Table",
  identity: (table) => ({ Id: table.id }),
  scalars: {
    Id: readOnly((table) => table.id),
    Name: readWrite(
      (table) => table.name,
      (table, value, scope) => {
        refuseIfProtected(table.sheet, "Table.name");
        checkTableName(scope.book, String(value), table);
        table.name = String(value);
      },
    ),
    ShowHeaders: readOnly((table) => table.showHeaders),
    ShowTotals: readWrite(
      (table) => table.showTotals,
      (table, value) => {
        table.showTotals = Boolean(value);
      },
    ),
    Style: readWrite(
      (table) => table.style,
      (table, value) => {
        table.style = String(value);
      },
    ),
  },
  navigation: {
    Worksheet: (table) => hostNode(WORKSHEET, table.sheet),
    Columns: (table) => hostNode(TABLE_COLUMNS, table),
    Rows: (table) => hostNode(TABLE_ROWS, table),
  },
  methods: {
    GetRange: tablePart((t) => t.ref),
    GetHeaderRowRange: tablePart(headerRef),
    GetDataBodyRange: tablePart(bodyRef),
    // Table.resize (ExcelApi 1.13): "The headers (or the top of the table) must remain in
    // the same row, and the new range must overlap the original table range."
    Resize: (table, args, scope) => {
      refuseIfProtected(table.sheet, "Table.resize");
      resizeTable(table, rangeArg(scope.book, args[0], table.sheet, "Table.resize"));
    },
    Delete: (table, _args, scope) => deleteTable(scope.book, table),
  },
};

interface ColumnTarget {
  readonly table: TableModel;
  readonly index: number;
}

const columnName = ({ table, index }: ColumnTarget): string =>
  String(readValue(getCell(table.sheet, table.ref.top, table.ref.left + index)));

function columnsOf(table: TableModel): ColumnTarget[] {
  return Array.from({ length: table.ref.right - table.ref.left + 1 }, (_, index) => ({ table, index }));
}

const TABLE_COLUMN: HostType<ColumnTarget> = {
  name: "TableColumn",
  identity: ({ index }) => ({ Id: index + 1 }),
  scalars: {
    Id: readOnly(({ index }) => index + 1),
    Index: readOnly(({ index }) => index),
    Name: readOnly(columnName),
  },
};

const TABLE_COLUMNS: HostType<TableModel> = {
  name: "TableColumnCollection",
  items: (table) => columnsOf(table).map((column) => hostNode(TABLE_COLUMN, column)),
  indexer: (table, args) => {
    const key = args[0];
    const column = columnsOf(table).find((c) => c.index + 1 === key || columnName(c) === key);
    if (!column) throw itemNotFound(`TableColumnCollection.getItem(${String(key)})`);
    return hostNode(TABLE_COLUMN, column);
  },
  methods: {
    GetCount: (table) => columnsOf(table).length,
  },
};

interface RowTarget {
  readonly table: TableModel;
  readonly index: number;
}

const TABLE_ROW: HostType<RowTarget> = {
  name: "TableRow",
  scalars: {
    Index: readOnly(({ index }) => index),
  },
};

const TABLE_ROWS: HostType<TableModel> = {
  name: "TableRowCollection",
  scalars: {
    Count: readOnly((table) => {
      const body = bodyRef(table);
      return body.bottom - body.top + 1;
    }),
  },
  methods: {
    Add: (table, args, scope: HostScope) => {
      scope.record("TableRowCollection.Add");
      if (args[0] !== null && args[0] !== undefined)
        throw invalidArgument("TableRowCollection.add", "Only at the end.");
      const values = Array.isArray(args[1]) ? (args[1] as unknown[][]) : [[]];
      const added = addTableRows(table, values);
      scope.changed(table.sheet, added);
      return hostNode(TABLE_ROW, { table, index: added.top - bodyRef(table).top });
    },
  },
};

interface ScopedTarget {
  readonly range: RangeTarget;
  readonly fullyContained: boolean;
}

export const TABLE_SCOPED_COLLECTION: HostType<ScopedTarget> = {
  name: "TableScopedCollection",
  items: ({ range, fullyContained }, scope) =>
    tablesIn(scope.book, range, fullyContained).map((table) => hostNode(TABLE, table)),
  methods: {
    GetFirst: ({ range, fullyContained }, _args, scope) => {
      const first = tablesIn(scope.book, range, fullyContained)[0];
      if (!first) throw itemNotFound("TableScopedCollection.getFirst");
      return hostNode(TABLE, first);
    },
    GetCount: ({ range, fullyContained }, _args, scope) => tablesIn(scope.book, range, fullyContained).length,
  },
};
