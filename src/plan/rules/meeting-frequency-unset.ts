import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { readMeetingFrequency } from "../meeting-frequency";
import { excelRow } from "../row-subject";
import { findingsOf, makeFinding, targetAt, type PlanRule } from "./rule-kit";

/** Mötesfrekvens is empty or only a question ("Samverkansgruppen träffas?"). */
export const meetingFrequencyUnset: PlanRule = {
  slug: "meeting-frequency-unset",
  check({ plan, tables }) {
    const table = tables.get("Aktiviteter");
    if (!table) return [];
    return findingsOf(plan.activities, (a) => {
      const kind = readMeetingFrequency(a.meetingFrequency).kind;
      if (kind !== "empty" && kind !== "question") return null;
      const activity = TEXT.activityName({
        nr: a.nr,
        excelRow: excelRow(table, a.row),
        sheet: table.location.sheet,
      });
      return makeFinding(
        "meeting-frequency-unset",
        "warning",
        targetAt(table, a.row, "meetingFrequency"),
        a.meetingFrequency,
        TEXT.meetingFrequencyUnset({ activity, question: kind === "question" }),
      );
    });
  },
};
