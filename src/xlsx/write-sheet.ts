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
  freeSheetName,
  MAX_SHEET_NAME,
  PlanWriteRefused,
  type OwnSheetPolicy,
  type SheetLayout,
  type WriteSheetResult,
} from "../plan";
import { assertMergesApart, renderLayout } from "./render-sheet-layout";

const same = (a: string, b: string): boolean => a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");

/** The sheet names a defined name refers to (`'Rapport T1 2026'!$A$1` → "Rapport T1 2026"). */
export function definedNameSheets(workbook: ExcelJS.Workbook, name: string): string[] {
  return workbook.definedNames.getRanges(name).ranges.flatMap((range) => {
    const match = /^(?:'((?:[^']|'')*)'|([^!]*))!/.exec(range);
    const sheet = match?.[1]?.replace(/''/g, "'") ?? match?.[2];
    return sheet === undefined ? [] : [sheet];
  });
}

function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => same(ws.name, name));
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

interface Target {
  readonly name: string;
  /** Our earlier sheet to replace, or undefined for a new sheet at the end. */
  readonly replace: ExcelJS.Worksheet | undefined;
}

/** Whether `candidate` is `name` with a number, as `freeSheetName` makes it. */
function isNumberedCopy(candidate: string, name: string): boolean {
  const suffix = / \(\d+\)$/.exec(candidate)?.[0];
  return suffix !== undefined && same(candidate, `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`);
}

function chooseTarget(workbook: ExcelJS.Workbook, layout: SheetLayout, policy: OwnSheetPolicy): Target {
  // An over-long name is cut to Excel's 31 characters, as Excel itself would refuse it.
  const name = freeSheetName(layout.name, []);
  const ours = markedSheet(workbook, layout.markerName);
  const existing = sheetNamed(workbook, name);
  if (!existing) return { name, replace: undefined };
  if (existing === ours) return { name: existing.name, replace: existing };
  if (policy === "refuse") {
    throw new PlanWriteRefused(
      `Bladet "${existing.name}" finns redan och är inte skapat av atgardsplan, så det skrivs inte över. ` +
        "Byt namn på ditt blad och försök igen.",
    );
  }
  // An earlier free-name copy ("Rapport T1 2026 (2)") is ours to replace.
  if (ours && isNumberedCopy(ours.name, name)) return { name: ours.name, replace: ours };
  const taken = workbook.worksheets.map((ws) => ws.name);
  return { name: freeSheetName(name, taken), replace: undefined };
}

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
  const target = chooseTarget(workbook, layout, policy);
  // exceljs orders sheets by `orderNo`, which its type definitions leave out.
  const orderNo = (target.replace as Ordered | undefined)?.orderNo;
  if (target.replace) workbook.removeWorksheet(target.replace.id);
  removeDefinedName(workbook, layout.markerName);
  const worksheet = workbook.addWorksheet(target.name) as Ordered;
  if (orderNo !== undefined) worksheet.orderNo = orderNo;
  renderLayout(worksheet, layout);
  workbook.definedNames.add(a1Of(target.name), layout.markerName);
  return { sheet: target.name, replaced: target.replace !== undefined };
}
