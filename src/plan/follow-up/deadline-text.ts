/**
 * Deadlines as people say them: "15 maj", "11 dagar kvar till 15 maj", "rapportdagen var 15 maj, för 3
 * dagar sedan". Pure: the check date is always given.
 */
import { daysBetween } from "../report/report-overview";

const MONTHS = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
] as const;

/** "15 maj", or "15 januari 2027" when the date is in another year than `sameYearAs`. */
export function swedishDate(iso: string, sameYearAs?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const text = `${Number(day)} ${MONTHS[Number(month) - 1] ?? month}`;
  return sameYearAs !== undefined && sameYearAs.slice(0, 4) === year ? text : `${text} ${year}`;
}

const days = (n: number): string => `${n} ${n === 1 ? "dag" : "dagar"}`;

/** Whole days from `checkDate` to `deadline`: negative once the deadline has passed. */
export function daysLeft(checkDate: string, deadline: string): number {
  return daysBetween(checkDate, deadline);
}

/**
 * How far away the deadline is, as the pane and the reminders say it:
 * "11 dagar kvar till 15 maj", "1 dag kvar till 15 maj", "rapportdag i dag, 15 maj",
 * "rapportdagen var 15 maj, för 3 dagar sedan".
 */
export function deadlineText(checkDate: string, deadline: string): string {
  const left = daysLeft(checkDate, deadline);
  const date = swedishDate(deadline, checkDate);
  if (left > 0) return `${days(left)} kvar till ${date}`;
  if (left === 0) return `rapportdag i dag, ${date}`;
  return `rapportdagen var ${date}, för ${days(-left)} sedan`;
}

/** The same with a capital first letter, to begin a sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
