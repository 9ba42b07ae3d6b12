/**
 * `Excel.Workbook`, the root of every request, with its defined names (`NamedItemCollection`)
 * and bindings (`BindingCollection`, see ../workbook/bindings.ts for how Excel treats a
 * binding whose table is gone).
 */
import { invalidArgument, itemNotFound } from "../host-error";
import { hostNode, readOnly, type HostType } from "../host-types";
import { parseAddress } from "../workbook/addresses";
import { accessibleBinding, recordBinding } from "../workbook/bindings";
import {
  findSheet,
  findTable,
  sameName,
  type BindingModel,
  type BookModel,
  type NameModel,
  type RangeTarget,
} from "../workbook/model";
import { addName, nameFormula } from "../workbook/names";
import { nodeOf, optionalString, stringArg } from "./args";
import { FUNCTIONS } from "./functions";
import { RANGE, rangeNode } from "./range";
import { TABLE, TABLE_COLLECTION } from "./table";
import { WORKSHEET_COLLECTION } from "./worksheet";

export const WORKBOOK: HostType<BookModel> = {
  name: "Workbook",
  navigation: {
    Worksheets: (book) => hostNode(WORKSHEET_COLLECTION, book),
    Tables: (book) => hostNode(TABLE_COLLECTION, { book, sheet: null }),
    Names: (book) => hostNode(NAMED_ITEMS, book),
    Bindings: (book) => hostNode(BINDINGS, book),
    Functions: (book) => hostNode(FUNCTIONS, book),
  },
  methods: {
    GetSelectedRange: (book) => {
      if (!book.selection) throw itemNotFound("Workbook.getSelectedRange");
      return rangeNode(book.selection.sheet, book.selection.ref);
    },
  },
};

/** A reference given as a Range object or as a formula ("=Plan!$A$1"). */
function referenceArg(book: BookModel, value: unknown, where: string): RangeTarget {
  if (typeof value === "string") {
    const parsed = parseAddress(value.replace(/^=/, ""));
    const sheet = parsed?.sheet ? findSheet(book, parsed.sheet) : null;
    if (!parsed || !sheet) throw invalidArgument(where, value);
    return { sheet, ref: parsed.ref };
  }
  const range = nodeOf(value, RANGE);
  if (!range) throw invalidArgument(where, "Expected a range or a formula.");
  return range;
}

const nameByKey = (book: BookModel, key: string): NameModel | null =>
  book.names.find((n) => sameName(n.name, key)) ?? null;

const NAMED_ITEMS: HostType<BookModel> = {
  name: "NamedItemCollection",
  items: (book) => book.names.map((name) => hostNode(NAMED_ITEM, name)),
  indexer: (book, args) => {
    const key = stringArg(args, 0, "NamedItemCollection.getItem");
    const name = nameByKey(book, key);
    if (!name) throw itemNotFound(`NamedItemCollection.getItem(${key})`);
    return hostNode(NAMED_ITEM, name);
  },
  methods: {
    GetItemOrNullObject: (book, args) => {
      const name = nameByKey(book, stringArg(args, 0, "NamedItemCollection.getItemOrNullObject"));
      return name ? hostNode(NAMED_ITEM, name) : null;
    },
    Add: (book, args) => {
      const name = stringArg(args, 0, "NamedItemCollection.add");
      const target = referenceArg(book, args[1], "NamedItemCollection.add");
      return hostNode(
        NAMED_ITEM,
        addName(book, name, target, optionalString(args, 2, "NamedItemCollection.add") ?? ""),
      );
    },
    GetCount: (book) => book.names.length,
  },
};

const NAMED_ITEM: HostType<NameModel> = {
  name: "NamedItem",
  identity: (name) => ({ _Id: name.name }),
  scalars: {
    Name: readOnly((name) => name.name),
    Type: readOnly((name) => (name.sheet ? "Range" : "Error")),
    Value: readOnly((name) => nameFormula(name).slice(1)),
    Formula: readOnly((name) => nameFormula(name)),
    Visible: readOnly((name) => name.visible),
    Comment: readOnly((name) => name.comment),
  },
  methods: {
    GetRange: (name) => {
      if (!name.sheet || !name.ref)
        throw invalidArgument("NamedItem.getRange", "The name does not refer to a range.");
      return rangeNode(name.sheet, name.ref);
    },
    GetRangeOrNullObject: (name) => (name.sheet && name.ref ? rangeNode(name.sheet, name.ref) : null),
    Delete: (name, _args, scope) => {
      scope.book.names.splice(scope.book.names.indexOf(name), 1);
    },
  },
};

type BindingType = BindingModel["type"];

function bindingType(value: unknown, where: string): BindingType {
  if (value === "Range" || value === "Table" || value === "Text") return value;
  throw invalidArgument(where, String(value));
}

const BINDINGS: HostType<BookModel> = {
  name: "BindingCollection",
  items: (book) =>
    book.bindings.map((b) => hostNode(BINDING, accessibleBinding(book, b, "BindingCollection.load"))),
  indexer: (book, args) => {
    const id = stringArg(args, 0, "BindingCollection.getItem");
    const found = book.bindings.find((b) => b.id === id);
    if (!found) throw itemNotFound(`BindingCollection.getItem(${id})`);
    return hostNode(BINDING, accessibleBinding(book, found, "BindingCollection.getItem"));
  },
  methods: {
    GetItemOrNullObject: (book, args) => {
      const id = stringArg(args, 0, "BindingCollection.getItemOrNullObject");
      const found = book.bindings.find((b) => b.id === id);
      return found
        ? hostNode(BINDING, accessibleBinding(book, found, "BindingCollection.getItemOrNullObject"))
        : null;
    },
    Add: (book, args, scope) => {
      const where = "BindingCollection.add";
      scope.record("BindingCollection.Add");
      const target = referenceArg(book, args[0], where);
      const type = bindingType(args[1], where);
      const id = stringArg(args, 2, where);
      return hostNode(
        BINDING,
        recordBinding(book, id, where, () => {
          const table = book.tables.find(
            (t) => t.sheet === target.sheet && JSON.stringify(t.ref) === JSON.stringify(target.ref),
          );
          if (type === "Table" && !table) throw invalidArgument(where, "The range is not a table.");
          return { type, table: type === "Table" ? (table ?? null) : null, range: target };
        }),
      );
    },
    AddFromNamedItem: (book, args, scope) => {
      const where = "BindingCollection.addFromNamedItem";
      scope.record("BindingCollection.AddFromNamedItem");
      const name = stringArg(args, 0, where);
      const type = bindingType(args[1], where);
      const id = stringArg(args, 2, where);
      return hostNode(
        BINDING,
        recordBinding(book, id, where, () => {
          const table = findTable(book, name);
          if (table)
            return {
              type,
              table: type === "Table" ? table : null,
              range: { sheet: table.sheet, ref: table.ref },
            };
          const named = nameByKey(book, name);
          if (!named) throw itemNotFound(`${where}(${name})`);
          if (type === "Table" || !named.sheet || !named.ref) throw invalidArgument(where, name);
          return { type, table: null, range: { sheet: named.sheet, ref: named.ref } };
        }),
      );
    },
    GetCount: (book) => book.bindings.length,
  },
};

const BINDING: HostType<BindingModel> = {
  name: "Binding",
  identity: (binding) => ({ Id: binding.id }),
  scalars: {
    Id: readOnly((binding, scope) => accessibleBinding(scope.book, binding, "Binding.id").id),
    Type: readOnly((binding, scope) => accessibleBinding(scope.book, binding, "Binding.type").type),
  },
  methods: {
    GetTable: (binding, _args, scope) => {
      const b = accessibleBinding(scope.book, binding, "Binding.getTable");
      if (!b.table) throw invalidArgument("Binding.getTable", "Not a table binding.");
      return hostNode(TABLE, b.table);
    },
    GetRange: (binding, _args, scope) => {
      const b = accessibleBinding(scope.book, binding, "Binding.getRange");
      const target = b.table ? { sheet: b.table.sheet, ref: b.table.ref } : b.range;
      if (!target) throw invalidArgument("Binding.getRange");
      return rangeNode(target.sheet, target.ref);
    },
    Delete: (binding, _args, scope) => {
      accessibleBinding(scope.book, binding, "Binding.delete");
      scope.book.bindings.splice(scope.book.bindings.indexOf(binding), 1);
    },
  },
};
