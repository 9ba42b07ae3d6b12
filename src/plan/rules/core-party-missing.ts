import { CORE_PARTIES, type CoreParty } from "../contract";
import type { Finding } from "../finding";
import { FINDING_MESSAGES_SV as TEXT } from "../finding-messages";
import { comparable } from "../text";
import { makeFinding, targetAt, withColumns, type PlanRule } from "./rule-kit";

/** Names people use for the three parties, compared case-insensitively. */
const PARTY_NAMES: Record<CoreParty, readonly string[]> = {
  Stadsdelsförvaltningen: ["stadsdelsförvaltningen", "stadsdelsförvaltning", "sdf"],
  Polisen: ["polisen", "polis", "polismyndigheten", "lokalpolisområdet"],
  Utbildningsförvaltningen: ["utbildningsförvaltningen", "utbildningsförvaltning", "uf", "skolan"],
};

export function coreParty(party: string): CoreParty | null {
  const key = comparable(party);
  return CORE_PARTIES.find((p) => PARTY_NAMES[p].includes(key)) ?? null;
}

/** No Deltagare row with a Kontakt for one of the three parties (info for Utbildningsförvaltningen). */
export const corePartyMissing: PlanRule = {
  slug: "core-party-missing",
  check({ plan, index, tables }) {
    const table = tables.get("Aktiviteter");
    if (!table || !withColumns(tables, "Deltagare", "activity", "party")) return [];
    const findings: Finding[] = [];
    for (const a of plan.activities) {
      if (a.nr === null || index.activityByNr.get(a.nr) !== a) continue;
      const participants = index.participantsByActivity.get(a.nr) ?? [];
      for (const party of CORE_PARTIES) {
        const present = participants.some(
          (p) => p.party !== null && coreParty(p.party) === party && p.contact !== null,
        );
        if (present) continue;
        findings.push(
          makeFinding(
            "core-party-missing",
            party === "Utbildningsförvaltningen" ? "info" : "warning",
            targetAt(table, a.row, "nr"),
            a.nr,
            TEXT.corePartyMissing({ activity: a.nr, party }),
          ),
        );
      }
    }
    return findings;
  },
};
