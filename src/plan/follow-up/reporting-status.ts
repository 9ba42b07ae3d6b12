/**
 * "Rapporteringsläge": for a period, every activity with its convener, whether it has
 * reported and when, whether late, and how far away the deadline is ("11 dagar kvar till
 * 15 maj"). The task pane shows it, and `validera` prints it when a deadline is near.
 */
import type { Period } from "../contract";
import type { PlanData } from "../plan-data";
import { indexPlan, type PlanIndex } from "../plan-index";
import { deadline as deadlineOf } from "../periods";
import { reportedRow } from "../report/report-follow-up";
import { daysBetween } from "../report/report-overview";
import { compareActivityNr } from "../text";
import { deadlineText, daysLeft, swedishDate } from "./deadline-text";

/**
 * Where an activity stands: reported in time (or without a Rapportdatum), reported after the
 * deadline, not yet reported with the deadline still ahead, not reported and the deadline past.
 */
export type ReportingState = "reported" | "late" | "waiting" | "overdue";

export interface ActivityReporting {
  readonly nr: string;
  readonly name: string;
  /** Sammankallande as written, or null. */
  readonly convener: string | null;
  readonly state: ReportingState;
  /** Målet nått of the reported follow-up; null when not reported. */
  readonly goal: string | null;
  readonly reportedBy: string | null;
  /** Rapportdatum, `YYYY-MM-DD`. */
  readonly reportedOn: string | null;
  /** Days after the deadline it was reported ("late") or is now ("overdue"); else null. */
  readonly daysLate: number | null;
  /** The state in Swedish: "Rapporterad 2 maj av Anna Svensson", "Saknas", … */
  readonly text: string;
}

export interface ReportingOverview {
  readonly period: Period;
  readonly year: number;
  readonly checkDate: string;
  /** The period's deadline, `YYYY-MM-DD`. */
  readonly deadline: string;
  /** Whole days to the deadline; negative once passed. */
  readonly daysLeft: number;
  /** "11 dagar kvar till 15 maj" (see `deadlineText`). */
  readonly deadlineText: string;
  /** In Nr order. */
  readonly activities: readonly ActivityReporting[];
  readonly counts: {
    readonly activities: number;
    readonly reported: number;
    /** Of those reported, how many after the deadline. */
    readonly late: number;
    readonly missing: number;
  };
  /** "2 av 8 aktiviteter har rapporterat" */
  readonly summary: string;
}

export interface ReportingRequest {
  readonly period: Period;
  readonly year: number;
  readonly checkDate: string;
}

const days = (n: number): string => `${n} ${n === 1 ? "dag" : "dagar"}`;

function reportedText(by: string | null, on: string | null, checkDate: string, late: number | null): string {
  const when = on === null ? "" : ` ${swedishDate(on, checkDate)}`;
  // Text cells are read trimmed, a blank one as null.
  const who = by === null ? "" : ` av ${by}`;
  const lateText = late === null ? "" : `, ${days(late)} efter rapportdagen`;
  return `Rapporterad${when}${who}${lateText}`;
}

/** The deadline of a period of a year, as the plan sets it. */
export function periodDeadline(index: PlanIndex, period: Period, year: number): string {
  return deadlineOf(period, year, index.planYear, index.deadlines);
}

export function reportingOverview(plan: PlanData, request: ReportingRequest): ReportingOverview {
  const { period, year, checkDate } = request;
  const index = indexPlan(plan);
  const deadline = periodDeadline(index, period, year);
  const passed = checkDate > deadline;
  const activities = [...index.activityByNr.entries()]
    .sort(([a], [b]) => compareActivityNr(a, b))
    .map(([nr, activity]): ActivityReporting => {
      const base = { nr, name: activity.name ?? "", convener: activity.convener };
      const row = reportedRow(index, activity, period, year);
      if (!row) {
        const daysLate = passed ? daysBetween(deadline, checkDate) : null;
        const text = passed ? `Saknas, ${days(daysLate ?? 0)} efter rapportdagen` : "Saknas";
        return {
          ...base,
          state: passed ? "overdue" : "waiting",
          goal: null,
          reportedBy: null,
          reportedOn: null,
          daysLate,
          text,
        };
      }
      const late = row.reportedOn !== null && row.reportedOn > deadline;
      const daysLate = late && row.reportedOn !== null ? daysBetween(deadline, row.reportedOn) : null;
      return {
        ...base,
        state: late ? "late" : "reported",
        goal: row.status,
        reportedBy: row.reportedBy,
        reportedOn: row.reportedOn,
        daysLate,
        text: reportedText(row.reportedBy, row.reportedOn, checkDate, daysLate),
      };
    });
  const reported = activities.filter((a) => a.state === "reported" || a.state === "late").length;
  const late = activities.filter((a) => a.state === "late").length;
  return {
    period,
    year,
    checkDate,
    deadline,
    daysLeft: daysLeft(checkDate, deadline),
    deadlineText: deadlineText(checkDate, deadline),
    activities,
    counts: { activities: activities.length, reported, late, missing: activities.length - reported },
    summary: `${reported} av ${activities.length} ${activities.length === 1 ? "aktivitet" : "aktiviteter"} har rapporterat`,
  };
}
