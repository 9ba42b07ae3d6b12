/** The report sheets' names (plan-workbook.md) and the marker that says this tool made them. */
import type { Period } from "../contract";

/** "Rapport T1 2026", "Rapport T2 2026", "Verksamhetsberättelse 2026". */
export function reportSheetName(period: Period, year: number): string {
  return period === "VB" ? `Verksamhetsberättelse ${year}` : `Rapport ${period} ${year}`;
}

/**
 * The workbook-level defined name that marks the report sheet as made by this tool, e.g.
 * `atgardsplan_rapport_T1_2026`. Excel keeps defined names when it saves the file and
 * moves them with a renamed sheet.
 */
export function reportMarkerName(period: Period, year: number): string {
  return `atgardsplan_rapport_${period}_${year}`;
}

/** Whether a defined name is one of this tool's report markers (`reportMarkerName`). */
export function isReportMarkerName(name: string): boolean {
  return /^atgardsplan_rapport_(?:T1|T2|VB)_\d{4}$/i.test(name);
}

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;

/**
 * The first of `name`, "name (2)", "name (3)", … that `taken` does not hold (compared
 * case-insensitively, as Excel does), shortened to fit Excel's 31 characters.
 */
export function freeSheetName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLocaleLowerCase("sv-SE")));
  const fit = (base: string, suffix: string) => `${base.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
  if (!used.has(fit(name, "").toLocaleLowerCase("sv-SE"))) return fit(name, "");
  for (let n = 2; ; n++) {
    const candidate = fit(name, ` (${n})`);
    if (!used.has(candidate.toLocaleLowerCase("sv-SE"))) return candidate;
  }
}
