import type { Period } from "../contract";
import type { Finding } from "../finding";
import type { FollowUp } from "../plan-data";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
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
    const findings: Finding[] = [];
    for (const f of plan.followUps) {
      // Only T2 and VB have an earlier period; most rows stop at the first test.
      if (f.period === null || f.period === "T1" || f.done === null) continue;
      if (f.activity === null || f.year === null) continue;
      const { activity, year } = f;
      let previous: FollowUp | undefined;
      for (const p of EARLIER[f.period]) {
        previous = index.followUpOf(activity, year, p);
        if (previous !== undefined) break;
      }
      if (!previous?.done || !sameText(previous.done, f.done)) continue;
      findings.push(
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
      );
    }
    return findings;
  },
};
