import { locatePlanTables, readPlanData, type PlanData, type TableName } from "../../../src/plan";
import { planSnapshot, type RowInput } from "../../helpers/snapshot-builder";

/** The typed plan of the valid test plan with some tables replaced. */
export function planWith(change: Partial<Record<TableName, RowInput[] | null>> = {}): PlanData {
  return readPlanData(locatePlanTables(planSnapshot(change)));
}
