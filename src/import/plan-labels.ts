/**
 * The labels of the plan document's tables (the left column) and where each one goes in
 * the workbook. Labels are compared with case, whitespace and a trailing colon ignored.
 */
import { CORE_PARTIES, type CoreParty, normalizeHeader } from "../plan";

export type AreaField = "goal" | "situation" | "strategy";
export type ActivityField =
  | "description"
  | "measurableGoals"
  | "duration"
  | "meetingFrequency"
  | "convener"
  | "funding"
  | "communication";
export type PartyField = "contact" | "others" | "commitment";
export type FollowUpField = "T1" | "T2" | "VB";

/** Where a label's value goes. */
export type LabelTarget =
  | { readonly scope: "area"; readonly field: AreaField }
  | { readonly scope: "activity"; readonly field: ActivityField }
  | { readonly scope: "party"; readonly party: CoreParty; readonly field: PartyField }
  | { readonly scope: "otherParticipants" }
  | { readonly scope: "followUp"; readonly period: FollowUpField };

/** How the document names each core party in its labels ("Stadsdelsförvaltningens kontakt"). */
const PARTY_PREFIXES: Record<CoreParty, readonly string[]> = {
  Stadsdelsförvaltningen: ["Stadsdelsförvaltningens", "Stadsdelsförvaltningen", "SDF"],
  Polisen: ["Polisen", "Polisens"],
  Utbildningsförvaltningen: ["Utbildningsförvaltningen", "Utbildningsförvaltningens", "UF"],
};

const PARTY_FIELDS: Record<PartyField, readonly string[]> = {
  contact: ["kontakt", "kontaktperson"],
  others: ["övriga deltagare"],
  commitment: ["åtagande"],
};

const FIXED: readonly (readonly [string, LabelTarget])[] = [
  ["Övergripande mål och syfte", { scope: "area", field: "goal" }],
  ["Mål och syfte", { scope: "area", field: "goal" }],
  ["Lägesbild", { scope: "area", field: "situation" }],
  ["Ev. Strategidokument/policy", { scope: "area", field: "strategy" }],
  ["Eventuellt strategidokument/policy", { scope: "area", field: "strategy" }],
  ["Strategidokument/policy", { scope: "area", field: "strategy" }],
  ["Strategidokument", { scope: "area", field: "strategy" }],
  ["Beskrivning och syfte", { scope: "activity", field: "description" }],
  ["Mätbara mål", { scope: "activity", field: "measurableGoals" }],
  ["Ev. mätbara mål", { scope: "activity", field: "measurableGoals" }],
  ["Eventuella mätbara mål", { scope: "activity", field: "measurableGoals" }],
  ["Löptid", { scope: "activity", field: "duration" }],
  ["Mötesfrekvens", { scope: "activity", field: "meetingFrequency" }],
  ["Sammankallande", { scope: "activity", field: "convener" }],
  ["Finansiering", { scope: "activity", field: "funding" }],
  ["Kommunikation", { scope: "activity", field: "communication" }],
  ["Övriga deltagare", { scope: "otherParticipants" }],
  ["Uppföljning T1", { scope: "followUp", period: "T1" }],
  ["Uppföljning T2", { scope: "followUp", period: "T2" }],
  ["Uppföljning tertial 1", { scope: "followUp", period: "T1" }],
  ["Uppföljning tertial 2", { scope: "followUp", period: "T2" }],
  ["Verksamhetsberättelse", { scope: "followUp", period: "VB" }],
  ["Uppföljning VB", { scope: "followUp", period: "VB" }],
];

function partyLabels(): [string, LabelTarget][] {
  return CORE_PARTIES.flatMap((party) =>
    PARTY_PREFIXES[party].flatMap((prefix) =>
      (Object.keys(PARTY_FIELDS) as PartyField[]).flatMap((field) =>
        PARTY_FIELDS[field].map((word): [string, LabelTarget] => [
          `${prefix} ${word}`,
          { scope: "party", party, field },
        ]),
      ),
    ),
  );
}

/** Every known label with its target, longest first (so "Polisen övriga deltagare" wins over "Övriga deltagare"). */
export const KNOWN_LABELS: readonly {
  readonly label: string;
  readonly key: string;
  readonly target: LabelTarget;
}[] = [...FIXED, ...partyLabels()]
  .map(([label, target]) => ({ label, key: normalizeHeader(label), target }))
  .sort((a, b) => b.key.length - a.key.length);

const BY_KEY = new Map(KNOWN_LABELS.map((l) => [l.key, l.target]));

/** Where a label's value goes, or null for a label the importer does not know. */
export function labelTarget(label: string): LabelTarget | null {
  return BY_KEY.get(normalizeHeader(label)) ?? null;
}
