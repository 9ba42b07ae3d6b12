/** Text the task pane builds from numbers and faults, with the catalog's words. */
import type { FindingStats } from "../plan";
import type { Messages, Noun } from "./messages";

/** "1 varning", "12 varningar", "0 fel". */
export function countOf(count: number, noun: Noun): string {
  return `${count} ${count === 1 ? noun.one : noun.many}`;
}

/** "5 områden, 19 aktiviteter, 3 indikatorer och 0 uppföljningar". */
export function formatImportCounts(
  counts: { areas: number; activities: number; participants: number; indicators: number; followUps: number },
  messages: Messages,
): string {
  const { nouns } = messages;
  const parts = [
    countOf(counts.areas, nouns.area),
    countOf(counts.activities, nouns.activity),
    countOf(counts.participants, nouns.participant),
    countOf(counts.indicators, nouns.indicator),
  ];
  return `${parts.join(", ")} ${messages.and} ${countOf(counts.followUps, nouns.followUp)}`;
}

/** "3 fel, 12 varningar, 2 upplysningar". */
export function formatStats(stats: FindingStats, messages: Messages): string {
  return [
    countOf(stats.errors, messages.nouns.error),
    countOf(stats.warnings, messages.nouns.warning),
    countOf(stats.info, messages.nouns.info),
  ].join(", ");
}

function hasUserMessage(error: unknown): error is { userMessage: string } {
  return (
    typeof error === "object" &&
    error !== null &&
    "userMessage" in error &&
    typeof error.userMessage === "string" &&
    error.userMessage.trim() !== ""
  );
}

/**
 * What the user is told about a fault: the adapter's or use case's own Swedish message
 * (`userMessage`), else a plain sentence. Never a stack trace or an English message.
 */
export function userMessageOf(error: unknown, messages: Messages): string {
  return hasUserMessage(error) ? error.userMessage : messages.errors.unexpected;
}

/** A year typed by the user, or null when it is not a whole number 2000–2100. */
export function parseYear(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** A problem with what the user entered in the pane, shown as it stands. */
export class InputFault extends Error {
  readonly userMessage: string;
  constructor(userMessage: string) {
    super(userMessage);
    this.name = "InputFault";
    this.userMessage = userMessage;
  }
}

/** The year typed in a field, or an `InputFault` with the catalog's message. */
export function requireYear(text: string, badYear: string): number {
  const year = parseYear(text);
  if (year === null) throw new InputFault(badYear);
  return year;
}
