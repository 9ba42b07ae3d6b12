/**
 * The ranges a `Range` gives relative to itself: rows below and above, columns after, a row,
 * a cell, the whole column, resized, offset, bounded with or cut by another range. A range
 * that would leave the sheet is Excel's InvalidArgument.
 */
import type { RangeRef } from "../../../src/plan";
import { invalidArgument } from "../host-error";
import type { MethodResult, HostScope } from "../host-types";
import { parseAddress } from "../workbook/addresses";
import { MAX_COLUMNS, MAX_ROWS, type RangeTarget, type SheetModel } from "../workbook/model";
import { nodeOf, numberArg, optionalNumber } from "./args";
import { RANGE, rangeNode } from "./range";

type Method = (target: RangeTarget, args: readonly unknown[], scope: HostScope) => MethodResult;

function onSheet(ref: RangeRef, where: string): RangeRef {
  if (
    ref.top < 1 ||
    ref.left < 1 ||
    ref.bottom > MAX_ROWS ||
    ref.right > MAX_COLUMNS ||
    ref.top > ref.bottom
  ) {
    throw invalidArgument(where, "The range is outside the worksheet.");
  }
  return ref;
}

function derive(where: string, compute: (ref: RangeRef) => RangeRef) {
  return ({ sheet, ref }: RangeTarget) => rangeNode(sheet, onSheet(compute(ref), where));
}

/** Another range given as a Range object or an address on this range's sheet. */
function intersectionTarget(sheet: SheetModel, value: unknown, where: string): RangeTarget | null {
  if (typeof value === "string") {
    const parsed = parseAddress(value);
    if (!parsed || (parsed.sheet !== null && parsed.sheet !== sheet.name))
      throw invalidArgument(where, value);
    return { sheet, ref: parsed.ref };
  }
  return nodeOf(value, RANGE);
}

export const RANGE_RELATIVES: Readonly<Record<string, Method>> = {
  GetRowsBelow: (t, args) => {
    const n = optionalNumber(args, 0, "Range.getRowsBelow", 1);
    return derive("Range.getRowsBelow", (r) => ({ ...r, top: r.bottom + 1, bottom: r.bottom + n }))(t);
  },
  GetRowsAbove: (t, args) => {
    const n = optionalNumber(args, 0, "Range.getRowsAbove", 1);
    return derive("Range.getRowsAbove", (r) => ({ ...r, top: r.top - n, bottom: r.top - 1 }))(t);
  },
  GetColumnsAfter: (t, args) => {
    const n = optionalNumber(args, 0, "Range.getColumnsAfter", 1);
    return derive("Range.getColumnsAfter", (r) => ({ ...r, left: r.right + 1, right: r.right + n }))(t);
  },
  GetRow: (t, args) => {
    const row = t.ref.top + numberArg(args, 0, "Range.getRow");
    return derive("Range.getRow", (r) => ({ ...r, top: row, bottom: row }))(t);
  },
  // The smallest range holding both (the client's chunked writes use it).
  GetBoundingRect: ({ sheet, ref }, args) => {
    const other = intersectionTarget(sheet, args[0], "Range.getBoundingRect");
    if (!other || other.sheet !== sheet) throw invalidArgument("Range.getBoundingRect");
    return rangeNode(sheet, {
      top: Math.min(ref.top, other.ref.top),
      left: Math.min(ref.left, other.ref.left),
      bottom: Math.max(ref.bottom, other.ref.bottom),
      right: Math.max(ref.right, other.ref.right),
    });
  },
  // The client sends this before it cuts a write of more than 1,500 cells into row
  // blocks (setRangePropertiesInBulk in the client library).
  _ValidateArraySize: ({ ref }, args) => {
    const rows = numberArg(args, 0, "Range._ValidateArraySize");
    const columns = numberArg(args, 1, "Range._ValidateArraySize");
    if (rows !== ref.bottom - ref.top + 1 || columns !== ref.right - ref.left + 1) {
      throw invalidArgument(
        "Range._ValidateArraySize",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
  },
  GetEntireColumn: derive("Range.getEntireColumn", (r) => ({ ...r, top: 1, bottom: MAX_ROWS })),
  GetCell: (t, args) => {
    const row = numberArg(args, 0, "Range.getCell");
    const column = numberArg(args, 1, "Range.getCell");
    const top = t.ref.top + row;
    const left = t.ref.left + column;
    return derive("Range.getCell", () => ({ top, left, bottom: top, right: left }))(t);
  },
  GetResizedRange: (t, args) => {
    const rows = numberArg(args, 0, "Range.getResizedRange");
    const columns = numberArg(args, 1, "Range.getResizedRange");
    return derive("Range.getResizedRange", (r) => ({
      ...r,
      bottom: r.bottom + rows,
      right: r.right + columns,
    }))(t);
  },
  GetOffsetRange: (t, args) => {
    const rows = numberArg(args, 0, "Range.getOffsetRange");
    const columns = numberArg(args, 1, "Range.getOffsetRange");
    return derive("Range.getOffsetRange", (r) => ({
      top: r.top + rows,
      bottom: r.bottom + rows,
      left: r.left + columns,
      right: r.right + columns,
    }))(t);
  },
  GetIntersectionOrNullObject: ({ sheet, ref }, args) => {
    const other = intersectionTarget(sheet, args[0], "Range.getIntersectionOrNullObject");
    if (!other || other.sheet !== sheet) return null;
    const cut = {
      top: Math.max(ref.top, other.ref.top),
      left: Math.max(ref.left, other.ref.left),
      bottom: Math.min(ref.bottom, other.ref.bottom),
      right: Math.min(ref.right, other.ref.right),
    };
    return cut.top > cut.bottom || cut.left > cut.right ? null : rangeNode(sheet, cut);
  },
};
