/**
 * One activity section of the document → its Aktiviteter row, Deltagare rows, Indikatorer
 * rows and Uppfoljning rows (the follow-up sections that have been answered).
 */
import {
  ACTIVITIES_TABLE,
  FOLLOW_UPS_TABLE,
  INDICATORS_TABLE,
  type CellInput,
  type CoreParty,
  type Period,
} from "../plan";
import { readFollowUpAnswer, type FollowUpAnswer } from "./follow-up-answer";
import { readIndicators } from "./indicators";
import { participantRows, type PartyFields } from "./participants";
import type { ActivityField } from "./plan-labels";
import type { Section } from "./plan-sections";
import { placeFields } from "./section-fields";
import { tableRow } from "./table-row";
import type { UnplacedText } from "./unplaced";

export interface ActivityRows {
  readonly activity: CellInput[];
  readonly participants: CellInput[][];
  readonly indicators: CellInput[][];
  readonly followUps: CellInput[][];
  readonly unplaced: UnplacedText[];
  readonly notes: string[];
}

function followUpRow(nr: string, year: number, period: Period, answer: FollowUpAnswer): CellInput[] {
  return tableRow(FOLLOW_UPS_TABLE, {
    activity: nr,
    year,
    period,
    status: answer.status,
    comment: answer.comment,
    done: answer.done,
  });
}

export function activityRows(section: Section, year: number): ActivityRows {
  const where = `Aktivitet ${section.nr}`;
  const unplaced: UnplacedText[] = [];
  const fields = new Map<ActivityField, string>();
  const parties = new Map<CoreParty, PartyFields>();
  const followUps: CellInput[][] = [];
  let others: readonly string[] = [];

  for (const { target, text, paragraphs } of placeFields(section, unplaced)) {
    if (target.scope === "activity") fields.set(target.field, text);
    else if (target.scope === "party") {
      parties.set(target.party, { ...parties.get(target.party), [target.field]: text });
    } else if (target.scope === "otherParticipants") others = paragraphs;
    else if (target.scope === "followUp") {
      const answer = readFollowUpAnswer(text);
      if (answer !== null) followUps.push(followUpRow(section.nr, year, target.period, answer));
    }
  }

  const participants = participantRows(section.nr, parties, others);
  for (const note of participants.unplaced) {
    unplaced.push({ where, reason: "Övriga deltagare: text om listan, ingen organisation", text: note });
  }
  const notes = participants.repeated.map(
    (name) => `${where}: "${name}" står flera gånger bland deltagarna; en rad skapades.`,
  );
  const indicators = new Map<string, CellInput[]>();
  for (const source of [fields.get("measurableGoals"), fields.get("meetingFrequency")]) {
    for (const found of readIndicators(source ?? "")) {
      const id = found.name.toLocaleLowerCase("sv-SE");
      if (indicators.has(id)) continue;
      indicators.set(
        id,
        tableRow(INDICATORS_TABLE, {
          activity: section.nr,
          indicator: found.name,
          target: found.target,
          unit: found.unit,
        }),
      );
    }
  }
  const activity = tableRow(ACTIVITIES_TABLE, {
    nr: section.nr,
    name: section.title || null,
    ...Object.fromEntries(fields),
  });
  return {
    activity,
    participants: participants.rows,
    indicators: [...indicators.values()],
    followUps,
    unplaced,
    notes,
  };
}
