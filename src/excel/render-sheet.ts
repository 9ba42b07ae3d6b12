/**
 * writeSheet over Office.js: a generated sheet (a report), in as many syncs as its layout
 * needs requests (two at least). The sheet is always rendered on a new sheet with a temporary,
 * unique name, so the first sync can both read and write: it reads the sheet names and the
 * marker, the workbook-level name `layout.markerName` that refers to the sheet this tool wrote
 * last time, while it adds the new sheet and writes as much of the layout as fits in one
 * request. Where the report goes is decided from that answer (`chooseSheetTarget`): a sheet of
 * the layout's name is replaced only when the marker refers to it; a user's own sheet of that
 * name is never touched: `refuse` deletes the new sheet and throws `PlanWriteRefused`,
 * `free-name` writes "Rapport T1 2026 (2)". The last request, with the rest of the layout,
 * finishes: the replaced sheet is deleted, the new sheet takes the report's name (and the old
 * one's place), and the marker is added again (`workbook.names.add`, ExcelApi 1.4) to refer
 * to the new sheet's A1. A failure before that last request deletes the new sheet again.
 */
import {
  chooseSheetTarget,
  MAX_SHEET_NAME,
  sheetOfReference,
  type OwnSheetPolicy,
  type SheetLayout,
  type SheetTarget,
  type WriteSheetResult,
} from "../plan";
import { ACTION_BYTES, BatchBudget, jsonBytes } from "./chunking";
import { ExcelError } from "./excel-error";
import { queueLayout } from "./render-layout";
import type { Session } from "./sync";

/** The new sheet's name until it is finished: no user's name, no character Excel refuses. */
const TEMP_SHEET_PREFIX = "atgardsplan-tmp-";

function tempSheetName(): string {
  const random = Math.random().toString(36).slice(2, 12).padEnd(10, "0");
  return `${TEMP_SHEET_PREFIX}${random}`;
}

/** The most a sheet name adds to a request as JSON (every character escaped). */
const SHEET_NAME_BYTES = 6 * MAX_SHEET_NAME + 2;

interface Decision {
  readonly target: SheetTarget;
  /** The earlier sheet this tool made, replaced in its place. */
  readonly old: Excel.Worksheet | undefined;
}

/** Queues the reads of sync 1; `decide()` after that sync picks the target (or refuses). */
function queueTargetRead(
  workbook: Excel.Workbook,
  layout: SheetLayout,
  policy: OwnSheetPolicy,
  tempName: string,
) {
  const sheets = workbook.worksheets.load("items/name, items/position");
  // The marker's own properties: nothing is asked of an object derived from a null object.
  const marker = workbook.names.getItemOrNullObject(layout.markerName).load("formula");
  let decision: Decision | undefined;
  const decide = (): Decision => {
    if (decision) return decision;
    // The reads are queued before the new sheet is added; leave it out all the same.
    const existing = sheets.items.filter((s) => s.name !== tempName);
    const target = chooseSheetTarget({
      sheetNames: existing.map((s) => s.name),
      markedSheet: marker.isNullObject ? null : sheetOfReference(String(marker.formula)),
      name: layout.name,
      policy,
    });
    // `replace` is one of the names as they stand, so plain equality finds it.
    decision = { target, old: existing.find((s) => s.name === target.replace) };
    return decision;
  };
  return { marker, decide };
}

export async function writeSheetLayout(
  session: Session,
  layout: SheetLayout,
  policy: OwnSheetPolicy,
): Promise<WriteSheetResult> {
  const { context } = session;
  const workbook = context.workbook;
  const tempName = tempSheetName();
  const { marker, decide } = queueTargetRead(workbook, layout, policy, tempName);
  const finishBytes = 8 * ACTION_BYTES + 2 * SHEET_NAME_BYTES + jsonBytes(layout.markerName);
  // After the first sync the target is known: a refusal stops before the next request.
  const budget = new BatchBudget(session, { reserve: finishBytes, afterSync: decide });
  let sheet: Excel.Worksheet | undefined;
  const sheetAt = (): Excel.Worksheet => (sheet ??= workbook.worksheets.add(tempName));
  let finishing = false;
  try {
    await budget.add(2 * ACTION_BYTES + jsonBytes(tempName), sheetAt);
    await queueLayout(budget, sheetAt, layout);
    // A layout of one request: the finishing actions need the first sync's answer.
    if (budget.syncs === 0) await budget.flush();
    const { target, old } = decide();
    finishing = true;
    await budget.addReserved(finishBytes, () => {
      if (old) old.delete();
      sheetAt().name = target.name;
      if (old) sheetAt().position = old.position;
      if (!marker.isNullObject) marker.delete();
      workbook.names.add(layout.markerName, sheetAt().getRange("A1"));
    });
    await budget.flush();
    return { sheet: target.name, replaced: old !== undefined };
  } catch (error) {
    // Once the finishing actions are sent the new sheet may be the report: leave it be.
    if (!finishing && budget.syncs > 0 && !isTimeout(error)) await removeSheet(session, sheetAt());
    throw error;
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof ExcelError && error.code === "Timeout";
}

/** Deletes the unfinished sheet; the error that stopped the write is what the user sees. */
async function removeSheet(session: Session, sheet: Excel.Worksheet): Promise<void> {
  try {
    sheet.delete();
    await session.settle(session.context.sync());
  } catch {
    // Nothing more to do: the sheet keeps its temporary name.
  }
}
