/**
 * Renders a SheetLayout (a report sheet) into an exceljs workbook.
 *
 * The sheet is marked as made by this tool with a workbook-level defined name
 * (`layout.markerName`) that refers to its cell A1; Excel keeps defined names when it saves
 * and moves them with a renamed sheet. A sheet of the layout's name is replaced only when the
 * marker refers to it; a user's own sheet of that name is never touched.
 */
import type ExcelJS from "exceljs";
import {
  chooseSheetTarget,
  sameSheetName,
  sheetOfReference,
  type OwnSheetPolicy,
  type SheetLayout,
  type WriteSheetResult,
} from "../plan";
import { assertMergesApart, renderLayout } from "./render-sheet-layout";

/** The sheet names a defined name refers to (`'Rapport T1 2026'!$A$1` → "Rapport T1 2026"). */
export function definedNameSheets(workbook: ExcelJS.Workbook, name: string): string[] {
  return workbook.definedNames.getRanges(name).ranges.flatMap((range) => sheetOfReference(range) ?? []);
}

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => sameSheetName(ws.name, name));
}

/** The sheet the marker refers to, when that sheet exists. */
function markedSheet(workbook: ExcelJS.Workbook, marker: string): ExcelJS.Worksheet | undefined {
  for (const sheet of definedNameSheets(workbook, marker)) {
    const found = sheetNamed(workbook, sheet);
    if (found) return found;
  }
  return undefined;
}

function removeDefinedName(workbook: ExcelJS.Workbook, name: string): void {
  for (const range of workbook.definedNames.getRanges(name).ranges) workbook.definedNames.remove(range, name);
}

/** A reference to A1 of `sheet`, quoted as Excel writes it. */
function a1Of(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}

type Ordered = ExcelJS.Worksheet & { orderNo: number };

/**
 * Writes `layout` as a sheet. Replaces the earlier sheet this tool made (at the same place
 * among the sheets); a user's sheet of the same name makes `refuse` throw `PlanWriteRefused`
 * and `free-name` write "Namn (2)".
 */
export function writeSheetLayout(
  workbook: ExcelJS.Workbook,
  layout: SheetLayout,
  policy: OwnSheetPolicy,
): WriteSheetResult {
  assertMergesApart(layout.merges);
  const target = chooseSheetTarget({
    sheetNames: workbook.worksheets.map((ws) => ws.name),
    markedSheet: markedSheet(workbook, layout.markerName)?.name ?? null,
    name: layout.name,
    policy,
  });
  const old = target.replace === null ? undefined : sheetNamed(workbook, target.replace);
  // exceljs orders sheets by `orderNo`, which its type definitions leave out.
  const orderNo = (old as Ordered | undefined)?.orderNo;
  if (old) workbook.removeWorksheet(old.id);
  removeDefinedName(workbook, layout.markerName);
  const worksheet = workbook.addWorksheet(target.name) as Ordered;
  if (orderNo !== undefined) worksheet.orderNo = orderNo;
  renderLayout(worksheet, layout);
  workbook.definedNames.add(a1Of(target.name), layout.markerName);
  return { sheet: target.name, replaced: old !== undefined };
}
