/**
 * A follow-up section of the document ("Uppföljning T1", "Uppföljning T2",
 * "Verksamhetsberättelse") holds the template's questions "Är målet nått?" and "Vilka
 * aktiviteter har genomförts?" and, once someone has reported, the answers. Only answers
 * become Uppfoljning rows.
 */
import type { GoalStatus } from "../plan";

const GOAL_QUESTION = /är\s+målet\s+nått\s*\?/iu;
const DONE_QUESTION = /vilka\s+aktiviteter\s+har\s+genomförts\s*\?/iu;

export interface FollowUpAnswer {
  /** Målet nått, when the answer says it; null when it cannot be read. */
  readonly status: GoalStatus | null;
  /** What was said about the goal beyond the status word. */
  readonly comment: string | null;
  /** The answer to "Vilka aktiviteter har genomförts?" (or the whole answer). */
  readonly done: string | null;
}

/** The first that matches the start of the goal answer wins: "Ej bedömt" before "Ej …". */
const STATUS_WORDS: readonly (readonly [RegExp, GoalStatus])[] = [
  [/^ej\s+bedömt\b/iu, "Ej bedömt"],
  [/^delvis(?:\s+uppfyllt|\s+nått)?\b/iu, "Delvis uppfyllt"],
  [/^(?:ej|inte)\s+(?:uppfyllt|nått|bedömt)\b/iu, "Ej uppfyllt"],
  [/^nej\b/iu, "Ej uppfyllt"],
  [/^(?:ja|uppfyllt|målet\s+är\s+nått)\b/iu, "Uppfyllt"],
];

function tidy(text: string): string | null {
  const lines = text
    .split("\n")
    .map((line) => line.replace(/^[\s,.;:–-]+/u, "").trim())
    .filter((line) => line !== "");
  return lines.length === 0 ? null : lines.join("\n");
}

function readStatus(text: string): { status: GoalStatus | null; rest: string } {
  const start = text.trimStart();
  for (const [re, status] of STATUS_WORDS) {
    const match = re.exec(start);
    if (match) return { status, rest: start.slice(match[0].length) };
  }
  return { status: null, rest: start };
}

/** The answer in a follow-up section, or null when only the template's questions stand there. */
export function readFollowUpAnswer(text: string): FollowUpAnswer | null {
  const goalAt = text.search(GOAL_QUESTION);
  const doneAt = text.search(DONE_QUESTION);
  const stripped = text.replace(GOAL_QUESTION, "").replace(DONE_QUESTION, "");
  if (tidy(stripped) === null) return null;
  // No goal question, no done question (doneAt is -1, before goalAt) or the two in reverse order.
  if (goalAt < 0 || doneAt < goalAt) return { status: null, comment: null, done: tidy(stripped) };
  const before = text.slice(0, goalAt);
  const goal = text.slice(goalAt, doneAt).replace(GOAL_QUESTION, "");
  const done = tidy(`${before}\n${text.slice(doneAt).replace(DONE_QUESTION, "")}`);
  // With no status word, rest is the whole answer to the goal question.
  const { status, rest } = readStatus(goal);
  return { status, comment: tidy(rest), done };
}
