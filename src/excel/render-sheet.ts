/**
 * writeSheet over Office.js: a generated sheet (a report) in two syncs. The first reads the
 * sheet names and the marker, the workbook-level name `layout.markerName` that refers to the
 * sheet this tool wrote last time. A sheet of the layout's name is replaced only when the
 * marker refers to it; a user's own sheet of that name is never touched: `refuse` throws
 * `PlanWriteRefused`, `free-name` writes "Rapport T1 2026 (2)". The second sync writes the
 * sheet (cut into more syncs only for a request over the payload limit): a replaced sheet is
 * rebuilt on a new sheet that then takes the old one's name and place, and the marker is
 * added again (`workbook.names.add`, ExcelApi 1.4) to refer to the new sheet's A1.
 */
import {
  freeSheetName,
  MAX_SHEET_NAME,
  PlanWriteRefused,
  type OwnSheetPolicy,
  type SheetLayout,
  type WriteSheetResult,
} from "../plan";
import { ACTION_BYTES, BatchBudget, jsonBytes } from "./chunking";
import { queueLayout } from "./render-layout";
import type { Session } from "./sync";

const same = (a: string, b: string): boolean => a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");

export interface SheetTarget {
  readonly name: string;
  /** The sheet this tool made earlier, to replace; null for a new sheet at the end. */
  readonly replace: string | null;
}

/** "'Rapport T1 2026'!$A$1" → "Rapport T1 2026". */
export function sheetOfAddress(address: string): string | null {
  const match = /^(?:'((?:[^']|'')*)'|([^!']*))!/.exec(address.replace(/^=/, ""));
  return match?.[1]?.replace(/''/g, "'") ?? match?.[2] ?? null;
}

/** Whether `candidate` is `name` with a number, as `freeSheetName` makes it. */
function isNumberedCopy(candidate: string, name: string): boolean {
  const suffix = / \(\d+\)$/.exec(candidate)?.[0];
  return suffix !== undefined && same(candidate, `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`);
}

/** Where the layout goes, given the sheets and the sheet the marker refers to (`ours`). */
export function chooseTarget(
  sheets: readonly string[],
  layout: SheetLayout,
  policy: OwnSheetPolicy,
  ours: string | null,
): SheetTarget {
  const name = freeSheetName(layout.name, []);
  const existing = sheets.find((s) => same(s, name));
  if (existing === undefined) return { name, replace: null };
  if (ours !== null && same(existing, ours)) return { name: existing, replace: existing };
  if (policy === "refuse") {
    throw new PlanWriteRefused(
      `Bladet "${existing}" finns redan och är inte skapat av Åtgärdsplan, så det skrivs inte över. ` +
        "Byt namn på ditt blad och försök igen.",
    );
  }
  if (ours !== null && isNumberedCopy(ours, name)) return { name: ours, replace: ours };
  return { name: freeSheetName(name, sheets), replace: null };
}

export async function writeSheetLayout(
  session: Session,
  layout: SheetLayout,
  policy: OwnSheetPolicy,
): Promise<WriteSheetResult> {
  const { context } = session;
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name, items/position");
  const marker = workbook.names.getItemOrNullObject(layout.markerName);
  const marked = marker.getRangeOrNullObject().load("address");
  await session.settle(context.sync());

  const names = sheets.items.map((s) => s.name);
  const ours = marked.isNullObject ? null : sheetOfAddress(marked.address);
  const target = chooseTarget(names, layout, policy, ours && names.some((n) => same(n, ours)) ? ours : null);
  const old = target.replace === null ? undefined : sheets.items.find((s) => same(s.name, target.name));

  const budget = new BatchBudget(session);
  let sheet: Excel.Worksheet | undefined;
  const sheetAt = (): Excel.Worksheet =>
    (sheet ??= workbook.worksheets.add(old ? freeSheetName("Åtgärdsplan ny rapport", names) : target.name));
  await budget.add(2 * ACTION_BYTES + jsonBytes(target.name), sheetAt);
  await queueLayout(budget, sheetAt, layout);
  await budget.add(8 * ACTION_BYTES + jsonBytes(target.name) + jsonBytes(layout.markerName), () => {
    if (old) {
      old.delete();
      sheetAt().name = target.name;
      sheetAt().position = old.position;
    }
    if (!marker.isNullObject) marker.delete();
    workbook.names.add(layout.markerName, sheetAt().getRange("A1"));
  });
  await budget.flush();
  return { sheet: target.name, replaced: old !== undefined };
}
