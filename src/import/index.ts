/** The plan document import: what front ends (CLI, add-in) call. */
export {
  importPlanDocument,
  type ImportInput,
  type ImportOptions,
  type ImportResult,
  type ImportSummary,
} from "./import-plan";
export { ImportError } from "./import-error";
export { describeUnplaced, excerpt, type UnplacedText } from "./unplaced";
export type { PlanBlock, PlanDocument } from "./plan-document";
export { readTextDocument } from "./read-text-document";
export { readDocxDocument } from "./read-docx-document";
export { buildPlanRows, type BuiltPlan, type BuildOptions } from "./build-plan-rows";
