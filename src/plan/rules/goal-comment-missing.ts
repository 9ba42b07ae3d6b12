import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { rowWhere } from "../row-subject";
import { findingsOf, makeFinding, targetAt, type PlanRule } from "./rule-kit";

/** Målet nått is Delvis uppfyllt or Ej uppfyllt and Kommentar is empty. */
export const goalCommentMissing: PlanRule = {
  slug: "goal-comment-missing",
  check({ plan, tables }) {
    const table = tables.get("Uppfoljning");
    if (!table) return [];
    return findingsOf(plan.followUps, (f) =>
      (f.status === "Delvis uppfyllt" || f.status === "Ej uppfyllt") && f.comment === null
        ? makeFinding(
            "goal-comment-missing",
            "error",
            targetAt(table, f.row, "comment"),
            null,
            TEXT.goalCommentMissing({ status: f.status, where: rowWhere(table, f.row, f) }),
          )
        : null,
    );
  },
};
