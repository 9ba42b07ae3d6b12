/**
 * Where a generated report sheet goes: the one decision both workbook adapters (Office.js and
 * exceljs) make before they write. Pure: the adapters read the sheet names and the marker,
 * this picks the name, and they write.
 */
import { excelNameKey } from "../excel-address";
import { PlanWriteRefused } from "../plan-errors";
import type { OwnSheetPolicy } from "../workbook-port";
import { freeSheetName, MAX_SHEET_NAME } from "./report-sheet-name";

/** Whether two sheet names name the same sheet: Excel compares them case-insensitively. */
export function sameSheetName(a: string, b: string): boolean {
  return excelNameKey(a) === excelNameKey(b);
}

export interface SheetTargetRequest {
  /** The workbook's sheet names, in order. */
  readonly sheetNames: readonly string[];
  /**
   * The sheet the marker (the layout's `markerName`) refers to: the sheet this tool wrote
   * last time; null when there is no marker. A name no sheet has counts as null.
   */
  readonly markedSheet: string | null;
  /** The report sheet's name ("Rapport T1 2026"); cut to Excel's 31 characters. */
  readonly name: string;
  /** What to do when a user's own sheet already has the name. */
  readonly policy: OwnSheetPolicy;
}

export interface SheetTarget {
  /** The name the report sheet gets. */
  readonly name: string;
  /** The sheet this tool made earlier, to replace in its place; null for a new sheet at the end. */
  readonly replace: string | null;
}

/** Whether `candidate` is `name` with a number, as `freeSheetName` makes it. */
function isNumberedCopy(candidate: string, name: string): boolean {
  const suffix = / \(\d+\)$/.exec(candidate)?.[0];
  return (
    suffix !== undefined &&
    sameSheetName(candidate, `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`)
  );
}

/**
 * Picks the report sheet's name and the earlier sheet it replaces. A sheet of the name is
 * replaced only when the marker refers to it; a user's own sheet is never touched: `refuse`
 * throws `PlanWriteRefused`, `free-name` picks "Rapport T1 2026 (2)" (and next time replaces
 * that copy, which the marker then refers to).
 */
export function chooseSheetTarget({
  sheetNames,
  markedSheet,
  name: wanted,
  policy,
}: SheetTargetRequest): SheetTarget {
  // An over-long name is cut to Excel's 31 characters, as Excel itself would refuse it.
  const name = freeSheetName(wanted, []);
  const ours = markedSheet === null ? undefined : sheetNames.find((s) => sameSheetName(s, markedSheet));
  const existing = sheetNames.find((s) => sameSheetName(s, name));
  if (existing === undefined) return { name, replace: null };
  if (existing === ours) return { name: existing, replace: existing };
  if (policy === "refuse") {
    // The tool is named as on the command line ("atgardsplan"), the text the CLI and exceljs
    // tests pin; the Office.js adapter used to say "Åtgärdsplan" here.
    throw new PlanWriteRefused(
      `Bladet "${existing}" finns redan och är inte skapat av atgardsplan, så det skrivs inte över. ` +
        "Byt namn på ditt blad och försök igen.",
    );
  }
  // An earlier free-name copy ("Rapport T1 2026 (2)") is ours to replace.
  if (ours !== undefined && isNumberedCopy(ours, name)) return { name: ours, replace: ours };
  return { name: freeSheetName(name, sheetNames), replace: null };
}
