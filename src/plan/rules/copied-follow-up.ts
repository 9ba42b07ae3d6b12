import type { Period } from "../contract";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { followUpKey } from "../plan-index";
import { atRow, rowSubject } from "../row-subject";
import { sameText } from "../text";
import { makeFinding, targetAt, type PlanRule } from "./rule-kit";

const EARLIER: Record<Period, readonly Period[]> = { T1: [], T2: ["T1"], VB: ["T2", "T1"] };

/** Genomförda aktiviteter identical to the same activity's previous period that year. */
export const copiedFollowUp: PlanRule = {
  slug: "copied-follow-up",
  check({ plan, index, tables }) {
    const table = tables.get("Uppfoljning");
    if (!table) return [];
    return plan.followUps.flatMap((f) => {
      if (f.done === null || f.activity === null || f.year === null || f.period === null) return [];
      const { activity, year } = f;
      const previous = EARLIER[f.period]
        .map((p) => index.followUpByKey.get(followUpKey(activity, year, p)))
        .find((p) => p !== undefined);
      if (!previous?.done || !sameText(previous.done, f.done)) return [];
      return [
        makeFinding(
          "copied-follow-up",
          "warning",
          targetAt(table, f.row, "done"),
          f.done,
          TEXT.copiedFollowUp({
            subject: rowSubject("Uppfoljning", f) ?? "",
            previous: TEXT.subject.period(previous.period ?? "", year),
            where: atRow(table, previous.row),
          }),
        ),
      ];
    });
  },
};
