/**
 * The self-check's own sheet: added hidden under a name no user has, and deleted at the end,
 * so that every write of the check lands there and the user's sheets stay as they were.
 */
import { settleWithin } from "../sync";
import type { SelfCheckEnvironment } from "./environment";

export const SCRATCH_PREFIX = "atgardsplan-kontroll-";

export function scratchName(): string {
  return `${SCRATCH_PREFIX}${Math.random().toString(36).slice(2, 10).padEnd(8, "0")}`;
}

/** Adds the hidden sheet; its id (change events name sheets by id). */
export async function addScratch(env: SelfCheckEnvironment, name: string): Promise<string> {
  return env.run(async (context) => {
    const sheet = context.workbook.worksheets.add(name);
    sheet.visibility = "Hidden";
    sheet.load("id");
    await settleWithin(context.sync(), env.syncTimeoutMs ?? 30_000);
    return sheet.id;
  });
}

/** Deletes it; `getItemOrNullObject(…).delete()` does nothing when it is gone already. */
export async function removeScratch(env: SelfCheckEnvironment, name: string): Promise<void> {
  await env.run(async (context) => {
    context.workbook.worksheets.getItemOrNullObject(name).delete();
    await settleWithin(context.sync(), env.syncTimeoutMs ?? 30_000);
  });
}

/** Runs a batch on the scratch sheet. */
export function onScratch<T>(
  env: SelfCheckEnvironment,
  name: string,
  work: (sheet: Excel.Worksheet, context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  return env.run((context) => work(context.workbook.worksheets.getItem(name), context));
}
