/**
 * `RangeFormat` with its font, fill and borders, and `DataValidation`, over one or more
 * rectangles (a range's or a `RangeAreas`'). Formatting is kept per cell, column widths and
 * row heights per sheet. Reading a property the cells do not share gives null, and null is
 * not a valid value to set (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 */
import type { RangeRef } from "../../../src/plan";
import { invalidArgument, NotModelled } from "../host-error";
import { hostNode, readOnly, readWrite, type HostType } from "../host-types";
import { formatCells, getCell, setBorder } from "../workbook/cells";
import { MAX_COLUMNS, MAX_ROWS, type AreasTarget, type CellFormat } from "../workbook/model";
import { stringArg } from "./args";

/** The value of a cell format property shared by every cell of the areas, or null. */
function common(target: AreasTarget, read: (format: CellFormat | undefined) => unknown): unknown {
  let value: unknown = undefined;
  for (const ref of target.refs) {
    if ((ref.bottom - ref.top + 1) * (ref.right - ref.left + 1) > 1_000_000) {
      throw new NotModelled("reading the format of more than a million cells");
    }
    for (let r = ref.top; r <= ref.bottom; r++) {
      for (let c = ref.left; c <= ref.right; c++) {
        const v = read(getCell(target.sheet, r, c)?.format) ?? null;
        if (value === undefined) value = v;
        else if (value !== v) return null;
      }
    }
  }
  return value ?? null;
}

function notNull(where: string, value: unknown): unknown {
  if (value === null || value === undefined) throw invalidArgument(where, "null is not a valid value.");
  return value;
}

function setCells<K extends keyof CellFormat>(target: AreasTarget, key: K, value: CellFormat[K]): void {
  for (const ref of target.refs) formatCells(target.sheet, ref, key, value);
}

/** A property kept per cell: read as the common value, written to every cell. */
function cellProperty<K extends keyof CellFormat>(
  key: K,
  where: string,
  fallback: unknown,
  convert: (v: unknown) => CellFormat[K],
) {
  return readWrite<AreasTarget>(
    (t) => common(t, (f) => f?.[key] ?? fallback),
    (t, value) => setCells(t, key, convert(notNull(where, value))),
  );
}

/** Column widths or row heights: the one every column (row) of the areas has, else null. */
function sizeOf(
  target: AreasTarget,
  sizes: Map<number, number>,
  span: (ref: RangeRef) => [number, number],
  fallback: number,
) {
  let value: number | undefined;
  for (const ref of target.refs) {
    const [first, last] = span(ref);
    for (let i = first; i <= Math.min(last, first + 20_000); i++) {
      const size = sizes.get(i) ?? fallback;
      if (value === undefined) value = size;
      else if (value !== size) return null;
    }
  }
  return value ?? null;
}

function setSize(
  target: AreasTarget,
  sizes: Map<number, number>,
  span: (ref: RangeRef) => [number, number],
  value: unknown,
  where: string,
  limit: number,
) {
  const size = Number(notNull(where, value));
  if (!Number.isFinite(size) || size < 0) throw invalidArgument(where, String(value));
  for (const ref of target.refs) {
    const [first, last] = span(ref);
    if (last - first >= limit)
      throw new NotModelled(`${where} for whole ${where.includes("row") ? "columns" : "rows"}`);
    for (let i = first; i <= last; i++) sizes.set(i, size);
  }
}

const columns = (ref: RangeRef): [number, number] => [ref.left, ref.right];
const rows = (ref: RangeRef): [number, number] => [ref.top, ref.bottom];

export const RANGE_FORMAT: HostType<AreasTarget> = {
  name: "RangeFormat",
  scalars: {
    // Excel's default column width (8.43 characters) and row height in points.
    ColumnWidth: readWrite(
      (t) => sizeOf(t, t.sheet.columnWidths, columns, 48),
      (t, v) => setSize(t, t.sheet.columnWidths, columns, v, "RangeFormat.columnWidth", MAX_COLUMNS),
    ),
    RowHeight: readWrite(
      (t) => sizeOf(t, t.sheet.rowHeights, rows, 15),
      (t, v) => setSize(t, t.sheet.rowHeights, rows, v, "RangeFormat.rowHeight", MAX_ROWS / 2),
    ),
    WrapText: cellProperty("wrap", "RangeFormat.wrapText", false, Boolean),
    HorizontalAlignment: cellProperty(
      "horizontalAlignment",
      "RangeFormat.horizontalAlignment",
      "General",
      String,
    ),
    VerticalAlignment: cellProperty("verticalAlignment", "RangeFormat.verticalAlignment", "Bottom", String),
  },
  navigation: {
    Font: (t) => hostNode(RANGE_FONT, t),
    Fill: (t) => hostNode(RANGE_FILL, t),
    Borders: (t) => hostNode(RANGE_BORDERS, t),
  },
};

export const RANGE_FONT: HostType<AreasTarget> = {
  name: "RangeFont",
  scalars: {
    Bold: cellProperty("bold", "RangeFont.bold", false, Boolean),
    Size: cellProperty("size", "RangeFont.size", 11, Number),
  },
};

function fillColor(value: unknown): string {
  const color = String(notNull("RangeFill.color", value)).replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(color)) throw new NotModelled(`the fill color "${String(value)}" (only #RRGGBB)`);
  return color;
}

export const RANGE_FILL: HostType<AreasTarget> = {
  name: "RangeFill",
  scalars: {
    Color: readWrite(
      (t) => {
        const color = common(t, (f) => f?.fill ?? "FFFFFF");
        return color === null ? null : `#${String(color)}`;
      },
      (t, value) => setCells(t, "fill", fillColor(value)),
    ),
  },
  methods: {
    Clear: (t) => setCells(t, "fill", undefined),
  },
};

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];

interface BorderTarget extends AreasTarget {
  readonly edge: string;
}

export const RANGE_BORDERS: HostType<AreasTarget> = {
  name: "RangeBorderCollection",
  indexer: (t, args) => {
    const edge = stringArg(args, 0, "RangeBorderCollection.getItem");
    if (!EDGES.includes(edge)) throw new NotModelled(`the border "${edge}"`);
    return hostNode(RANGE_BORDER, { ...t, edge });
  },
};

function setEdge({ sheet, refs, edge }: BorderTarget, style: string): void {
  for (const ref of refs) {
    const { top, bottom, left, right } = ref;
    const row = (r: number) => ({ top: r, bottom: r, left, right });
    const col = (c: number) => ({ top, bottom, left: c, right: c });
    if (edge === "EdgeTop") setBorder(sheet, row(top), "EdgeTop", style);
    if (edge === "EdgeBottom") setBorder(sheet, row(bottom), "EdgeBottom", style);
    if (edge === "EdgeLeft") setBorder(sheet, col(left), "EdgeLeft", style);
    if (edge === "EdgeRight") setBorder(sheet, col(right), "EdgeRight", style);
    if (edge === "InsideHorizontal" && bottom > top) {
      setBorder(sheet, { ...ref, bottom: bottom - 1 }, "EdgeBottom", style);
      setBorder(sheet, { ...ref, top: top + 1 }, "EdgeTop", style);
    }
    if (edge === "InsideVertical" && right > left) {
      setBorder(sheet, { ...ref, right: right - 1 }, "EdgeRight", style);
      setBorder(sheet, { ...ref, left: left + 1 }, "EdgeLeft", style);
    }
  }
}

export const RANGE_BORDER: HostType<BorderTarget> = {
  name: "RangeBorder",
  scalars: {
    Style: readWrite(
      (t) => common(t, (f) => f?.borders?.[t.edge] ?? "None"),
      (t, value) => setEdge(t, String(notNull("RangeBorder.style", value))),
    ),
  },
};

const covers = (outer: RangeRef, inner: RangeRef): boolean =>
  outer.top <= inner.top &&
  outer.left <= inner.left &&
  outer.bottom >= inner.bottom &&
  outer.right >= inner.right;

/** The data validation of the areas' cells (the same one for all of them, in this model). */
function validationOf(target: AreasTarget) {
  const ref = target.refs[0];
  return ref ? target.sheet.validations.find((v) => covers(v.range, ref)) : undefined;
}

function setValidation(target: AreasTarget, key: "rule" | "errorAlert", value: unknown): void {
  for (const ref of target.refs) {
    const existing = target.sheet.validations.find((v) => covers(v.range, ref) && covers(ref, v.range));
    if (existing) existing[key] = structuredClone(value);
    else
      target.sheet.validations.push({
        range: ref,
        rule: key === "rule" ? structuredClone(value) : {},
        [key]: structuredClone(value),
      });
  }
}

export const DATA_VALIDATION: HostType<AreasTarget> = {
  name: "DataValidation",
  scalars: {
    Rule: readWrite(
      (t) => validationOf(t)?.rule ?? {},
      (t, v) => setValidation(t, "rule", notNull("DataValidation.rule", v)),
    ),
    ErrorAlert: readWrite(
      (t) => validationOf(t)?.errorAlert ?? null,
      (t, v) => setValidation(t, "errorAlert", notNull("DataValidation.errorAlert", v)),
    ),
    Type: readOnly((t) => (validationOf(t) ? "List" : "None")),
  },
};
