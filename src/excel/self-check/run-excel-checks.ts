/**
 * "Kontrollera tillägget", the Excel part: every assumption the add-in makes of Excel,
 * checked in the user's own Excel on a hidden scratch sheet that is deleted at the end. The
 * user's own sheets are not touched. Each check is on its own: one that fails says why and
 * the others still run.
 */
import { checkDateSystem, checkExcelApi, checkNestedAppAuth, checkNullObjects } from "./api-checks";
import { checkMergedAreas, checkPayload, checkTextCells } from "./cell-checks";
import type { SelfCheckEnvironment } from "./environment";
import { checkOwnChangeEvent } from "./event-check";
import { addScratch, removeScratch, scratchName } from "./scratch";
import { check, describeError, failedCheck, type CheckResult } from "./types";

export type { CheckResult } from "./types";
export type { SelfCheckEnvironment } from "./environment";

export async function runExcelChecks(env: SelfCheckEnvironment): Promise<CheckResult[]> {
  const results: CheckResult[] = [checkExcelApi(env), checkNestedAppAuth(env)];
  results.push(await checkDateSystem(env));
  const scratch = scratchName();
  results.push(await checkNullObjects(env, `${scratch}-saknas`));
  let scratchId: string;
  try {
    scratchId = await addScratch(env, scratch);
  } catch (error) {
    results.push(failedCheck("scratch", "Tillfälligt provblad", error));
    return results;
  }
  try {
    results.push(await checkTextCells(env, scratch));
    results.push(await checkMergedAreas(env, scratch));
    results.push(await checkOwnChangeEvent(env, scratch, scratchId));
    results.push(await checkPayload(env, scratch));
  } finally {
    results.push(await removed(env, scratch));
  }
  return results;
}

async function removed(env: SelfCheckEnvironment, scratch: string): Promise<CheckResult> {
  const title = "Tillfälligt provblad borttaget";
  try {
    await removeScratch(env, scratch);
    return check("scratch", title, true, `Bladet "${scratch}" lades till dolt och togs bort.`);
  } catch (error) {
    return check(
      "scratch",
      title,
      false,
      `Bladet "${scratch}" kunde inte tas bort (${describeError(error)}). Ta bort det själv.`,
    );
  }
}
