import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { areaOfActivity } from "../plan-index";
import { makeFinding, targetAt, withColumns, type PlanRule } from "./rule-kit";

/** An area with no activity. */
export const areaWithoutActivities: PlanRule = {
  slug: "area-without-activities",
  check({ plan, tables }) {
    const table = tables.get("Omraden");
    if (!table || !withColumns(tables, "Aktiviteter", "nr")) return [];
    const used = new Set(plan.activities.map((a) => (a.nr === null ? null : areaOfActivity(a.nr))));
    return plan.areas.flatMap((area) =>
      area.nr === null || used.has(area.nr)
        ? []
        : [
            makeFinding(
              "area-without-activities",
              "warning",
              targetAt(table, area.row, "nr"),
              String(area.nr),
              TEXT.areaWithoutActivities({ area: area.nr, name: area.name }),
            ),
          ],
    );
  },
};
