import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { makeFinding, targetAt, withColumns, type PlanRule } from "./rule-kit";

/** An activity with no Deltagare row. */
export const activityWithoutParticipants: PlanRule = {
  slug: "activity-without-participants",
  check({ plan, index, tables }) {
    const table = tables.get("Aktiviteter");
    if (!table || !withColumns(tables, "Deltagare", "activity")) return [];
    return plan.activities.flatMap((a) =>
      a.nr === null || index.activityByNr.get(a.nr) !== a || index.participantsByActivity.has(a.nr)
        ? []
        : [
            makeFinding(
              "activity-without-participants",
              "warning",
              targetAt(table, a.row, "nr"),
              a.nr,
              TEXT.activityWithoutParticipants({ activity: a.nr }),
            ),
          ],
    );
  },
};
