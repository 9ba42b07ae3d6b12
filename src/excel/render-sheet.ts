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
  chooseSheetTarget,
  freeSheetName,
  sheetOfReference,
  type OwnSheetPolicy,
  type SheetLayout,
  type WriteSheetResult,
} from "../plan";
import { ACTION_BYTES, BatchBudget, jsonBytes } from "./chunking";
import { queueLayout } from "./render-layout";
import type { Session } from "./sync";

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
  const target = chooseSheetTarget({
    sheetNames: names,
    markedSheet: marked.isNullObject ? null : sheetOfReference(marked.address),
    name: layout.name,
    policy,
  });
  // `replace` is one of `names` as it stands, so plain equality finds it.
  const old = sheets.items.find((s) => s.name === target.replace);

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
