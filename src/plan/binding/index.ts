/** "Koppla plan": binding an existing workbook's tables and ranges to the plan's tables. */
export * from "./binding-types";
export type { BindingPort, BoundTable } from "./binding-port";
export {
  bindingId,
  tableOfBindingId,
  resolveBindings,
  BINDING_NAME_PREFIX,
  bindingNameOf,
  bindingIdOfName,
  type BrokenBinding,
  type ResolvedBindings,
} from "./binding-id";
export { proposeBinding } from "./propose-binding";
export { planBinding, defaultBindingPlan, BindingPlanError } from "./plan-binding";
export {
  describeCandidate,
  describeMatchedColumns,
  describeMissingColumns,
  describeBrokenBinding,
  describeOperation,
} from "./describe-binding";
export { bindPlan, readBindingProposal, type BindPlanResult } from "./bind-plan";
export { BINDING_MESSAGES } from "./binding-messages";
