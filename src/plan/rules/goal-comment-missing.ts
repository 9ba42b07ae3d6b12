import { makeFinding, targetAt, type PlanRule } from "./rule-kit";

/** Målet nått is Delvis uppfyllt or Ej uppfyllt and Kommentar is empty. */
export const goalCommentMissing: PlanRule = {
  slug: "goal-comment-missing",
  check({ plan, tables }) {
    const table = tables.get("Uppfoljning");
    if (!table) return [];
    return plan.followUps.flatMap((f) =>
      (f.status === "Delvis uppfyllt" || f.status === "Ej uppfyllt") && f.comment === null
        ? [
            makeFinding(
              "goal-comment-missing",
              "error",
              targetAt(table, f.row, "comment"),
              null,
              `Målet är "${f.status}" för aktivitet ${f.activity ?? "?"} ${f.period ?? ""} ${f.year ?? ""}, ` +
                `men Kommentar är tom. Förklara varför målet inte är helt nått och vad som görs.`,
            ),
          ]
        : [],
    );
  },
};
