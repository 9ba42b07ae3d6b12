/**
 * `Excel.Range` over the fake grid: values, number formats and value types as 2D arrays
 * (writes must match the range's size), relative ranges, used range, merges and selection.
 * Values written just below a table extend the table, as Excel does.
 */
import { rangesIntersect, type RangeRef } from "../../src/plan";
import { formatAddress } from "./addresses";
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
} from "./cells";
import { defineProperties, FakeClientObject } from "./client-object";
import { FakeOfficeError, invalidArgument } from "./errors";
import { cellCount, MAX_COLUMNS, MAX_ROWS, type RangeTarget, type SheetModel } from "./model";
import { FakeConditionalFormatCollection, FakeDataValidation, FakeRangeAreas } from "./range-extras";
import { FakeRangeFormat, type AreasTarget } from "./range-format";
import type { FakeRequestContext } from "./request-context";
import { specialCells } from "./special-cells";
import { FakeTableScopedCollection } from "./table-scoped";
import { expandTablesBelow } from "./table-growth";
import { usedRef } from "./used-range";

const SCALARS = [
  "address",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
  "values",
  "numberFormat",
  "valueTypes",
  "formulas",
  "text",
];
const GRID_LIMIT = 5_000_000;

/** Merged ranges by row, so that merging thousands of ranges stays fast. */
const mergeIndex = new WeakMap<SheetModel, { count: number; byRow: Map<number, RangeRef[]> }>();

function mergesByRow(sheet: SheetModel): Map<number, RangeRef[]> {
  let index = mergeIndex.get(sheet);
  if (!index || index.count !== sheet.merges.length) {
    index = { count: sheet.merges.length, byRow: new Map() };
    for (const m of sheet.merges) {
      for (let r = m.top; r <= m.bottom; r++) index.byRow.set(r, [...(index.byRow.get(r) ?? []), m]);
    }
    mergeIndex.set(sheet, index);
  }
  return index.byRow;
}

/** Adds a merged range; merged ranges it overlaps are replaced, as Excel does. */
function addMerge(sheet: SheetModel, part: RangeRef): void {
  const byRow = mergesByRow(sheet);
  const overlapping = new Set<RangeRef>();
  for (let r = part.top; r <= part.bottom; r++) {
    for (const m of byRow.get(r) ?? []) if (rangesIntersect(m, part)) overlapping.add(m);
  }
  if (overlapping.size > 0) sheet.merges = sheet.merges.filter((m) => !overlapping.has(m));
  sheet.merges.push(part);
  if (overlapping.size > 0) return;
  for (let r = part.top; r <= part.bottom; r++) byRow.set(r, [...(byRow.get(r) ?? []), part]);
  const index = mergeIndex.get(sheet);
  if (index) index.count = sheet.merges.length;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  declare values: unknown[][];
  declare numberFormat: unknown[][];
  declare formulas: unknown[][];
  declare readonly valueTypes: string[][];
  declare readonly text: string[][];
  declare readonly address: string;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly cellCount: number;

  protected readonly _scalars = SCALARS;
  private _format?: FakeRangeFormat;
  private _validation?: FakeDataValidation;
  private _conditional?: FakeConditionalFormatCollection;

  constructor(context: FakeRequestContext, label: string, resolve: () => RangeTarget | null) {
    super(context, label);
    this._resolveWith(resolve);
  }

  private areas = (): AreasTarget | null =>
    this._target ? { sheet: this._target.sheet, refs: [this._target.ref] } : null;

  get format(): FakeRangeFormat {
    return (this._format ??= new FakeRangeFormat(this.context, `${this._label}.format`, this.areas));
  }
  get dataValidation(): FakeDataValidation {
    return (this._validation ??= new FakeDataValidation(
      this.context,
      `${this._label}.dataValidation`,
      this.areas,
    ));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this._conditional ??= new FakeConditionalFormatCollection(
      this.context,
      `${this._label}.cf`,
      this.areas,
    ));
  }

  /** A range computed from this one when the batch runs; null when it falls off the sheet. */
  private derive(label: string, compute: (ref: RangeRef) => RangeRef | null): FakeRange {
    return new FakeRange(this.context, `${this._label}.${label}`, () => {
      if (!this._target) return null;
      const ref = compute(this._target.ref);
      if (!ref || ref.top < 1 || ref.left < 1 || ref.bottom > MAX_ROWS || ref.right > MAX_COLUMNS) {
        throw invalidArgument(`${this._label}.${label}`);
      }
      return { sheet: this._target.sheet, ref };
    });
  }

  getRowsBelow(count = 1): FakeRange {
    return this.derive(`getRowsBelow(${count})`, (r) => ({
      ...r,
      top: r.bottom + 1,
      bottom: r.bottom + count,
    }));
  }
  getRowsAbove(count = 1): FakeRange {
    return this.derive(`getRowsAbove(${count})`, (r) => ({ ...r, top: r.top - count, bottom: r.top - 1 }));
  }
  getColumnsAfter(count = 1): FakeRange {
    return this.derive(`getColumnsAfter(${count})`, (r) => ({
      ...r,
      left: r.right + 1,
      right: r.right + count,
    }));
  }
  getEntireColumn(): FakeRange {
    return this.derive("getEntireColumn()", (r) => ({ ...r, top: 1, bottom: MAX_ROWS }));
  }
  /** The cells this range shares with another on its sheet; a null object when none. */
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(this.context, `${this._label}.getIntersectionOrNullObject`, () => {
      const a = this._target;
      const b = other._target;
      if (!a || !b || a.sheet !== b.sheet || !rangesIntersect(a.ref, b.ref)) return null;
      const ref = {
        top: Math.max(a.ref.top, b.ref.top),
        left: Math.max(a.ref.left, b.ref.left),
        bottom: Math.min(a.ref.bottom, b.ref.bottom),
        right: Math.min(a.ref.right, b.ref.right),
      };
      return { sheet: a.sheet, ref };
    });
  }
  getCell(row: number, column: number): FakeRange {
    return this.derive(`getCell(${row},${column})`, (r) => {
      const top = r.top + row;
      const left = r.left + column;
      return { top, left, bottom: top, right: left };
    });
  }
  getResizedRange(rows: number, columns: number): FakeRange {
    return this.derive(`getResizedRange(${rows},${columns})`, (r) => ({
      ...r,
      bottom: r.bottom + rows,
      right: r.right + columns,
    }));
  }
  getOffsetRange(rows: number, columns: number): FakeRange {
    return this.derive(`getOffsetRange(${rows},${columns})`, (r) => ({
      top: r.top + rows,
      bottom: r.bottom + rows,
      left: r.left + columns,
      right: r.right + columns,
    }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, `${this._label}.usedRange`, () =>
      this._target ? usedRef(this._target.sheet, this._target.ref, valuesOnly) : null,
    );
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, `${this._label}.usedRange`, () => {
      const used = this._target ? usedRef(this._target.sheet, this._target.ref, valuesOnly) : null;
      if (!used) throw new FakeOfficeError("ItemNotFound", "The range is empty.");
      return used;
    });
  }

  /** The tables overlapping the range (ExcelApi 1.9); a null range gives none. */
  getTables(fullyContained = false): FakeTableScopedCollection {
    return new FakeTableScopedCollection(
      this.context,
      `${this._label}.getTables(${fullyContained})`,
      fullyContained,
    )._resolveWith(() => this._target ?? null);
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this._label}.mergedAreas`, () => {
      if (!this._target) return null;
      const { sheet, ref } = this._target;
      const refs = sheet.merges.filter((m) => rangesIntersect(m, ref));
      return refs.length === 0 ? null : { sheet, refs };
    });
  }

  getSpecialCellsOrNullObject(cellType: string, cellValueType = "All"): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      `${this._label}.specialCells(${cellType},${cellValueType})`,
      () => {
        if (!this._target) return null;
        const { sheet, ref } = this._target;
        if (cellCount(ref) > GRID_LIMIT)
          throw new FakeOfficeError("GeneralException", "fake: range too large");
        const refs = specialCells(sheet, ref, cellType, cellValueType);
        return refs.length === 0 ? null : { sheet, refs };
      },
    );
  }

  merge(across = false): void {
    this._call("merge", [across], ({ sheet, ref }) => {
      const parts = across
        ? Array.from({ length: ref.bottom - ref.top + 1 }, (_, i) => ({
            ...ref,
            top: ref.top + i,
            bottom: ref.top + i,
          }))
        : [ref];
      for (const part of parts) {
        if (cellCount(part) < 2) continue;
        addMerge(sheet, part);
        // Excel keeps only the top-left cell's contents.
        const keep = { ...getCell(sheet, part.top, part.left) };
        clearCells(sheet, part, "Contents");
        const cell = getCell(sheet, part.top, part.left);
        if (cell)
          Object.assign(cell, { value: keep.value ?? null, error: keep.error, formula: keep.formula });
      }
    });
  }
  unmerge(): void {
    this._call("unmerge", [], ({ sheet, ref }) => {
      sheet.merges = sheet.merges.filter((m) => !rangesIntersect(m, ref));
    });
  }
  select(): void {
    this._call("select", [], (target) => {
      const book = this.context.host.book;
      if (book.active !== target.sheet)
        throw new FakeOfficeError("InvalidSelection", "Activate the sheet first.");
      book.selection = target;
    });
  }
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this._call("clear", [applyTo], ({ sheet, ref }) => clearCells(sheet, ref, applyTo));
  }

  protected _read(name: string, { sheet, ref }: RangeTarget): unknown {
    const at = (r: number, c: number) => getCell(sheet, r, c);
    const needsGrid = ["values", "numberFormat", "valueTypes", "formulas", "text"].includes(name);
    if (needsGrid && cellCount(ref) > GRID_LIMIT)
      throw new FakeOfficeError("GeneralException", "fake: range too large");
    switch (name) {
      case "address":
        return formatAddress(sheet.name, ref);
      case "rowIndex":
        return ref.top - 1;
      case "columnIndex":
        return ref.left - 1;
      case "rowCount":
        return ref.bottom - ref.top + 1;
      case "columnCount":
        return ref.right - ref.left + 1;
      case "cellCount":
        return cellCount(ref);
      case "values":
        return grid(ref, (r, c) => readValue(at(r, c)));
      case "numberFormat":
        return grid(ref, (r, c) => readNumberFormat(at(r, c)));
      case "valueTypes":
        return grid(ref, (r, c) => readValueType(at(r, c)));
      case "formulas":
        return grid(ref, (r, c) => readFormula(at(r, c)));
      default:
        return grid(ref, (r, c) => String(readValue(at(r, c))));
    }
  }

  protected override _write(name: string, value: unknown, { sheet, ref }: RangeTarget): void {
    const rows = ref.bottom - ref.top + 1;
    const columns = ref.right - ref.left + 1;
    const data = value as unknown[][];
    if (
      !Array.isArray(data) ||
      data.length !== rows ||
      data.some((row) => !Array.isArray(row) || row.length !== columns)
    ) {
      throw invalidArgument(
        `${this._label}.${name}`,
        `The number of rows or columns does not match the range (${rows}×${columns}).`,
      );
    }
    const write = name === "values" ? writeValue : name === "formulas" ? writeFormula : writeNumberFormat;
    data.forEach((row, i) => row.forEach((v, j) => write(sheet, ref.top + i, ref.left + j, v)));
    if (name !== "numberFormat" && this.context.host.autoExpandTables) {
      expandTablesBelow(this.context.host.book, sheet, ref);
    }
  }
}
defineProperties(FakeRange, SCALARS, ["values", "numberFormat", "formulas"]);
