import { readMeetingFrequency } from "../meeting-frequency";
import { makeFinding, targetAt, type PlanRule } from "./rule-kit";

/** Mötesfrekvens is empty or only a question ("Samverkansgruppen träffas?"). */
export const meetingFrequencyUnset: PlanRule = {
  slug: "meeting-frequency-unset",
  check({ plan, tables }) {
    const table = tables.get("Aktiviteter");
    if (!table) return [];
    return plan.activities.flatMap((a) => {
      const kind = readMeetingFrequency(a.meetingFrequency).kind;
      if (kind !== "empty" && kind !== "question") return [];
      const what = kind === "empty" ? "saknar mötesfrekvens" : "har bara en fråga som mötesfrekvens";
      return [
        makeFinding(
          "meeting-frequency-unset",
          "warning",
          targetAt(table, a.row, "meetingFrequency"),
          a.meetingFrequency,
          `Aktivitet ${a.nr ?? `på rad ${a.row}`} ${what}. Skriv hur ofta gruppen träffas, ` +
            `till exempel "1 gång/månad", "varannan vecka" eller "vid behov".`,
        ),
      ];
    });
  },
};
