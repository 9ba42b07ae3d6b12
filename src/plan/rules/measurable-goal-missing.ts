import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { excelRow } from "../row-subject";
import { comparable } from "../text";
import { findingsOf, makeFinding, targetAt, withColumns, type PlanRule } from "./rule-kit";

const PLACEHOLDER = /^(?:(?:andra |ev\.? )?(?:mätbara )?mål )?under framtagande\.?$/;

/** True when Mätbara mål says nothing measurable: empty or only "under framtagande". */
export function lacksMeasurableGoal(text: string | null): boolean {
  if (text === null) return true;
  const key = comparable(text);
  return key === "" || PLACEHOLDER.test(key);
}

/** Mätbara mål is empty or only "under framtagande", and the activity has no indicator. */
export const measurableGoalMissing: PlanRule = {
  slug: "measurable-goal-missing",
  check({ plan, index, tables }) {
    const table = tables.get("Aktiviteter");
    // Indikatorer without its Aktivitet column cannot say which activities have indicators.
    if (!table || (tables.has("Indikatorer") && !withColumns(tables, "Indikatorer", "activity"))) return [];
    return findingsOf(plan.activities, (a) => {
      if (!lacksMeasurableGoal(a.measurableGoals)) return null;
      if (a.nr !== null && (index.indicatorsByActivity.get(a.nr)?.length ?? 0) > 0) return null;
      return makeFinding(
        "measurable-goal-missing",
        "warning",
        targetAt(table, a.row, "measurableGoals"),
        a.measurableGoals,
        TEXT.measurableGoalMissing({
          activity: TEXT.activityName({
            nr: a.nr,
            excelRow: excelRow(table, a.row),
            sheet: table.location.sheet,
          }),
        }),
      );
    });
  },
};
