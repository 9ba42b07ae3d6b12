/**
 * `Excel.Range` and `Excel.RangeAreas` over the workbook model. A range stands for a
 * rectangle on a sheet as it was when the request reached it; the client keeps it across
 * syncs by reference (`_KeepReference`, answered with `_ReferenceId`).
 *
 * Writing `values`, `numberFormat` or `formulas` takes a 2-D array the size of the range;
 * `null` in it leaves that cell as it is, "" clears a value and resets a number format to
 * General, and `null` for the whole property is invalid
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 */
import type { RangeRef } from "../../../src/plan";
import {
  generalException,
  invalidArgument,
  itemNotFound,
  NotModelled,
  refuseIfProtected,
} from "../host-error";
import { hostNode, readOnly, readWrite, type HostScope, type HostType } from "../host-types";
import { formatAddress } from "../workbook/addresses";
import {
  clearCells,
  getCell,
  grid,
  readFormula,
  readNumberFormat,
  readValue,
  readValueType,
  writeFormula,
  writeNumberFormat,
  writeValue,
} from "../workbook/cells";
import { mergeCells, mergedAreasIn, unmergeCells } from "../workbook/merges";
import { cellCount, type AreasTarget, type RangeTarget, type SheetModel } from "../workbook/model";
import { specialCells } from "../workbook/special-cells";
import { expandTablesBelow } from "../workbook/table-growth";
import { usedRef } from "../workbook/used-range";
import { booleanArg, optionalString, stringArg } from "./args";
import { DATA_VALIDATION, RANGE_FORMAT } from "./range-format";
import { RANGE_RELATIVES } from "./range-relatives";
import { TABLE_SCOPED_COLLECTION } from "./table";
import { WORKSHEET } from "./worksheet";

/** Cells a read may return at once; more is a test's mistake, not a workbook's. */
const GRID_LIMIT = 5_000_000;

export function rangeNode(sheet: SheetModel, ref: RangeRef) {
  return hostNode(RANGE, { sheet, ref });
}

function areasNode(sheet: SheetModel, refs: readonly RangeRef[]) {
  return hostNode(RANGE_AREAS, { sheet, refs });
}

function readGrid<T>(
  { sheet, ref }: RangeTarget,
  read: (sheet: SheetModel, r: number, c: number) => T,
): T[][] {
  if (cellCount(ref) > GRID_LIMIT) throw new NotModelled(`reading ${cellCount(ref)} cells at once`);
  return grid(ref, (r, c) => read(sheet, r, c));
}

type CellWriter = (sheet: SheetModel, row: number, column: number, value: unknown, typeText: boolean) => void;

/** A 2-D write: the array must have the range's shape; the changed cells are reported. */
function writeGrid(name: string, write: CellWriter, contents: boolean) {
  return ({ sheet, ref }: RangeTarget, value: unknown, scope: HostScope): void => {
    refuseIfProtected(sheet, `Range.${name}`);
    const rows = ref.bottom - ref.top + 1;
    const columns = ref.right - ref.left + 1;
    if (!Array.isArray(value)) {
      if (value === null)
        throw invalidArgument(`Range.${name}`, "null is not a valid value for the whole range.");
      throw new NotModelled(`setting Range.${name} to a single value`);
    }
    const data = value as unknown[];
    if (data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== columns)) {
      throw invalidArgument(
        `Range.${name}`,
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${columns}).`,
      );
    }
    (data as unknown[][]).forEach((row, i) =>
      row.forEach((v, j) => write(sheet, ref.top + i, ref.left + j, v, scope.typesTextCells)),
    );
    if (!contents) return;
    scope.changed(sheet, ref);
    if (scope.autoExpandTables) expandTablesBelow(scope.book, sheet, ref);
  };
}

export const RANGE: HostType<RangeTarget> = {
  name: "Range",
  keepsReference: true,
  scalars: {
    Address: readOnly(({ sheet, ref }) => formatAddress(sheet.name, ref)),
    AddressLocal: readOnly(({ sheet, ref }) => formatAddress(sheet.name, ref)),
    RowIndex: readOnly(({ ref }) => ref.top - 1),
    ColumnIndex: readOnly(({ ref }) => ref.left - 1),
    RowCount: readOnly(({ ref }) => ref.bottom - ref.top + 1),
    ColumnCount: readOnly(({ ref }) => ref.right - ref.left + 1),
    CellCount: readOnly(({ ref }) => cellCount(ref)),
    Values: readWrite(
      (t) => readGrid(t, (s, r, c) => readValue(getCell(s, r, c))),
      writeGrid("values", writeValue, true),
    ),
    NumberFormat: readWrite(
      (t) => readGrid(t, (s, r, c) => readNumberFormat(getCell(s, r, c))),
      writeGrid("numberFormat", writeNumberFormat, false),
    ),
    Formulas: readWrite(
      (t) => readGrid(t, (s, r, c) => readFormula(getCell(s, r, c))),
      writeGrid("formulas", writeFormula, true),
    ),
    ValueTypes: readOnly((t) => readGrid(t, (s, r, c) => readValueType(getCell(s, r, c)))),
  },
  navigation: {
    Format: ({ sheet, ref }) => hostNode(RANGE_FORMAT, { sheet, refs: [ref] }),
    DataValidation: ({ sheet, ref }) => hostNode(DATA_VALIDATION, { sheet, refs: [ref] }),
    Worksheet: ({ sheet }) => hostNode(WORKSHEET, sheet),
  },
  methods: {
    ...RANGE_RELATIVES,
    // Range.getUsedRange: "If there are no used cells within the range, this function will
    // throw an ItemNotFound error." (Excel.Range reference)
    GetUsedRange: (t, args) => {
      const used = usedRef(t.sheet, t.ref, booleanArg(args, 0, false));
      if (!used) throw itemNotFound("Range.getUsedRange");
      return rangeNode(used.sheet, used.ref);
    },
    GetUsedRangeOrNullObject: (t, args) => {
      const used = usedRef(t.sheet, t.ref, booleanArg(args, 0, false));
      return used ? rangeNode(used.sheet, used.ref) : null;
    },
    GetTables: (t, args) =>
      hostNode(TABLE_SCOPED_COLLECTION, { range: t, fullyContained: booleanArg(args, 0, false) }),
    GetMergedAreasOrNullObject: ({ sheet, ref }) => {
      const areas = mergedAreasIn(sheet, ref);
      // "If the merged areas count in this range is more than 512, then this method will fail
      // to return the result." (Excel.Range reference; the error code is our assumption.)
      if (areas.length > 512) {
        throw generalException(
          "Range.getMergedAreasOrNullObject",
          "The range has more than 512 merged areas.",
        );
      }
      return areas.length === 0 ? null : areasNode(sheet, areas);
    },
    GetSpecialCells: (t, args) => {
      const areas = special(t, args);
      if (areas.length === 0) throw itemNotFound("Range.getSpecialCells");
      return areasNode(t.sheet, areas);
    },
    GetSpecialCellsOrNullObject: (t, args) => {
      const areas = special(t, args);
      return areas.length === 0 ? null : areasNode(t.sheet, areas);
    },
    Merge: ({ sheet, ref }, args) => {
      refuseIfProtected(sheet, "Range.merge");
      mergeCells(sheet, ref, booleanArg(args, 0, false));
    },
    Unmerge: ({ sheet, ref }) => unmergeCells(sheet, ref),
    Select: ({ sheet, ref }, _args, scope) => {
      // Excel documents only that select() selects the range in the UI; what it does on a
      // sheet that is not active is not documented.
      if (scope.book.active !== sheet) throw new NotModelled("Range.select() on a sheet that is not active");
      scope.book.selection = { sheet, ref };
    },
    Clear: ({ sheet, ref }, args, scope) => {
      const applyTo = optionalString(args, 0, "Range.clear") ?? "All";
      if (applyTo !== "All" && applyTo !== "Contents" && applyTo !== "Formats") {
        throw new NotModelled(`Range.clear("${applyTo}")`);
      }
      clearCells(sheet, ref, applyTo);
      if (applyTo !== "Formats") scope.changed(sheet, ref);
    },
  },
};

function special({ sheet, ref }: RangeTarget, args: readonly unknown[]): RangeRef[] {
  const cellType = stringArg(args, 0, "Range.getSpecialCells");
  const valueType = optionalString(args, 1, "Range.getSpecialCells") ?? "All";
  if (cellType !== "Constants" && cellType !== "Formulas") {
    throw new NotModelled(`Range.getSpecialCells("${cellType}")`);
  }
  if (cellCount(ref) > GRID_LIMIT) throw new NotModelled(`special cells of ${cellCount(ref)} cells`);
  return specialCells(sheet, ref, cellType, valueType);
}

export const RANGE_AREAS: HostType<AreasTarget> = {
  name: "RangeAreas",
  keepsReference: true,
  scalars: {
    // "Sheet1!A1:B4, Sheet1!D1:D4" (Excel.RangeAreas.address reference).
    Address: readOnly(({ sheet, refs }) => refs.map((ref) => formatAddress(sheet.name, ref)).join(", ")),
    AreaCount: readOnly(({ refs }) => refs.length),
    CellCount: readOnly(({ refs }) => refs.reduce((n, ref) => n + cellCount(ref), 0)),
  },
  navigation: {
    Format: (target) => hostNode(RANGE_FORMAT, target),
    // RangeAreas.areas (ExcelApi 1.9): each rectangle as a Range.
    Areas: ({ sheet, refs }) => hostNode(RANGE_COLLECTION, { sheet, refs }),
  },
};

const RANGE_COLLECTION: HostType<AreasTarget> = {
  name: "RangeCollection",
  items: ({ sheet, refs }) => refs.map((ref) => rangeNode(sheet, ref)),
};
