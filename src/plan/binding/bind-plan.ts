/**
 * The "Koppla plan" use case, shared by the task pane and the command line: read the
 * workbook, propose, turn the user's choices into operations and apply them.
 */
import type { WorkbookPort } from "../workbook-port";
import type { BindingPort } from "./binding-port";
import type { BindingOperation, BindingPlan, BindingProposal } from "./binding-types";
import { defaultBindingPlan, planBinding } from "./plan-binding";
import { proposeBinding } from "./propose-binding";

export interface BindPlanResult {
  readonly proposal: BindingProposal;
  /** What was done, in order (see `describeOperation`); empty when the plan was already bound so. */
  readonly operations: readonly BindingOperation[];
}

/** The proposal for the workbook as it is now. */
export async function readBindingProposal(port: WorkbookPort): Promise<BindingProposal> {
  return proposeBinding(await port.readSnapshot());
}

/**
 * Binds the plan's tables: `choose` turns the proposal into the user's plan (by default the
 * proposal as it stands). Throws `BindingPlanError` for choices that cannot be carried out
 * and the adapter's error when the workbook refuses; either way nothing is changed.
 */
export async function bindPlan(
  port: WorkbookPort & BindingPort,
  choose: (proposal: BindingProposal) => BindingPlan = defaultBindingPlan,
): Promise<BindPlanResult> {
  const proposal = await readBindingProposal(port);
  const operations = planBinding(proposal, choose(proposal));
  // Already bound as asked: nothing to do, and nothing is written.
  if (operations.length > 0) await port.applyBinding(operations);
  return { proposal, operations };
}
