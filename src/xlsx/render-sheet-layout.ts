/**
 * Draws a `SheetLayout` on an empty exceljs worksheet: values (always as values, never
 * formulas), the named cell styles, merges, column widths, row heights and print setup.
 */
import type ExcelJS from "exceljs";
import {
  CELL_STYLES,
  rangeA1,
  type CellInput,
  type CellStyleName,
  type RangeRef,
  type SheetLayout,
} from "../plan";
import { applyPrintSetup } from "./print-setup";

const BORDER_COLOR = { argb: "FF808080" };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: BORDER_COLOR };

function excelStyle(name: CellStyleName): Partial<ExcelJS.Style> {
  const look = CELL_STYLES[name];
  const style: Partial<ExcelJS.Style> = {
    font: { name: "Calibri", size: look.fontSize, bold: look.bold, color: { argb: "FF000000" } },
    alignment: { horizontal: look.align, vertical: "top", wrapText: look.wrap },
  };
  if (look.fill !== null) {
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${look.fill}` } };
  }
  if (look.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return style;
}

const STYLE_CACHE = new Map<CellStyleName, Partial<ExcelJS.Style>>();

function styleOf(name: CellStyleName): Partial<ExcelJS.Style> {
  let style = STYLE_CACHE.get(name);
  if (!style) {
    style = excelStyle(name);
    STYLE_CACHE.set(name, style);
  }
  return style;
}

/** A layout value as an exceljs cell value. Text stays text even when it starts with "=". */
export function cellValue(value: CellInput): ExcelJS.CellValue {
  if (value === null || typeof value !== "object") return value;
  if (value.kind === "date") return new Date(`${value.iso}T00:00:00Z`);
  return { error: value.code } as ExcelJS.CellErrorValue;
}

/** Throws when two merged ranges share a cell (a fault in the layout, not in the plan). */
export function assertMergesApart(merges: readonly RangeRef[]): void {
  const covered = new Set<number>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        const key = r * 16384 + c;
        if (covered.has(key)) throw new Error(`Sammanfogade områden överlappar i ${rangeA1(m)}`);
        covered.add(key);
      }
    }
  }
}

/**
 * Merges ranges that `assertMergesApart` has passed on a new sheet. exceljs checks each
 * merge against every earlier one (quadratic: 18,000 merges take half a minute), so it sees
 * an empty merge list on each call and the merges are collected here.
 */
function mergeAll(worksheet: ExcelJS.Worksheet, merges: readonly RangeRef[]): void {
  const internals = worksheet as unknown as { _merges: Record<string, unknown> };
  const all = internals._merges;
  try {
    for (const m of merges) {
      internals._merges = {};
      worksheet.mergeCells(m.top, m.left, m.bottom, m.right);
      Object.assign(all, internals._merges);
    }
  } finally {
    internals._merges = all;
  }
}

/** Draws the layout on a new, empty worksheet; call `assertMergesApart` first. */
export function renderLayout(worksheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  layout.rows.forEach((row, i) => {
    const sheetRow = worksheet.getRow(i + 1);
    if (row.height !== null) sheetRow.height = row.height;
    row.cells.forEach((cell, j) => {
      if (cell === null) return;
      const target = sheetRow.getCell(j + 1);
      target.value = cellValue(cell.value);
      // Cells of one look share one style object (exceljs keeps it by reference; nothing
      // here changes it afterwards); a date gets its own with the ISO date format.
      const isDate = typeof cell.value === "object" && cell.value?.kind === "date";
      target.style = isDate ? { ...styleOf(cell.style), numFmt: "yyyy-mm-dd" } : styleOf(cell.style);
    });
  });
  mergeAll(worksheet, layout.merges);
  applyPrintSetup(worksheet, layout.print);
}
