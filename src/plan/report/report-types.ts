/**
 * The tertial report as plain data (plan-workbook.md, "Report sheets"). The model decides
 * every number and text; the writers only lay it out.
 */
import type { GoalStatus, Period } from "../contract";

/** The heading of the report. */
export interface ReportTitle {
  /** The Plan table's Titel, or "Åtgärdsplan för gemensamma prioriteringar". */
  readonly planTitle: string;
  /** Stadsdelsförvaltning, or null when the Plan table has none. */
  readonly district: string | null;
  readonly policeArea: string | null;
  readonly registrationNumber: string | null;
  /** "Tertial 1 (januari–april)", "Verksamhetsberättelse (helår)". */
  readonly periodLabel: string;
  /** The period's first and last day, `YYYY-MM-DD`. */
  readonly start: string;
  readonly end: string;
  /** First day of the year: "hittills i år" runs from here to `end`. */
  readonly cumulativeStart: string;
  /** The period's report deadline (Rapportdag), `YYYY-MM-DD`. */
  readonly deadline: string;
  /** The day the report was made, `YYYY-MM-DD`, when the caller gave one. */
  readonly createdOn: string | null;
}

/** Counts for one area (or the whole plan) in the summary. */
export interface StatusCounts {
  readonly activities: number;
  /** Activities with a follow-up for the period (the sum of the four statuses). */
  readonly reported: number;
  readonly met: number;
  readonly partly: number;
  readonly notMet: number;
  readonly notAssessed: number;
  /** Activities without a follow-up for the period. */
  readonly missing: number;
}

export interface AreaSummary {
  /** The area's Nr, or null for activities whose Nr names no area. */
  readonly nr: number | null;
  readonly name: string;
  readonly counts: StatusCounts;
}

/** Meetings held in a period against what Mötesfrekvens implies. */
export interface MeetingComparison {
  /** Antal möten, or null when not filled in. */
  readonly held: number | null;
  /** Meetings Mötesfrekvens implies for the period, rounded; null for "vid behov" or unreadable. */
  readonly planned: number | null;
  /** As the report shows it, e.g. "4 av planerade 4". */
  readonly text: string;
}

/** An activity's follow-up for one period, as reported. */
export interface ReportFollowUp {
  /**
   * Målet nått. A row with text but no readable Målet nått counts as "Ej bedömt" and has
   * `statusGiven` false.
   */
  readonly status: GoalStatus;
  readonly statusGiven: boolean;
  readonly comment: string | null;
  /** Genomförda aktiviteter. */
  readonly done: string | null;
  readonly reportedBy: string | null;
  /** `YYYY-MM-DD`. */
  readonly reportedOn: string | null;
}

/** One period of an activity: its follow-up (null when there is none) and meetings. */
export interface PeriodEntry {
  readonly period: Period;
  readonly followUp: ReportFollowUp | null;
  readonly meetings: MeetingComparison;
}

/**
 * An indicator's Målvärde against its outcomes (Utfall) for the year.
 * `periodValue` is the report period's own outcome; `cumulativeValue` the year so far
 * (see `indicatorOutcome` for how it is summed).
 */
export interface IndicatorOutcome {
  readonly indicator: string;
  readonly target: number | null;
  readonly unit: string | null;
  readonly byPeriod: Readonly<Record<Period, number | null>>;
  readonly periodValue: number | null;
  readonly cumulativeValue: number | null;
  /** "sum" for counts, "latest" for levels such as a percentage (andel, %). */
  readonly accumulation: "sum" | "latest";
  /** Utfall's Kommentar for the report period. */
  readonly comment: string | null;
}

export interface ActivityReport {
  readonly nr: string;
  readonly name: string;
  readonly convener: string | null;
  readonly measurableGoals: string | null;
  readonly meetingFrequency: string | null;
  /** The report period's entry. */
  readonly current: PeriodEntry;
  /** The periods shown side by side: the report period alone, or T1, T2 and VB in the VB. */
  readonly periods: readonly PeriodEntry[];
  readonly indicators: readonly IndicatorOutcome[];
}

export interface AreaSection {
  readonly nr: number | null;
  readonly name: string;
  /** In Nr order: 1.2 before 1.10. */
  readonly activities: readonly ActivityReport[];
}

/** An activity without a follow-up for the report period. */
export interface MissingFollowUp {
  readonly nr: string;
  readonly name: string;
  readonly convener: string | null;
}

export interface TertialReport {
  readonly period: Period;
  readonly year: number;
  readonly title: ReportTitle;
  readonly summary: { readonly areas: readonly AreaSummary[]; readonly total: StatusCounts };
  readonly areas: readonly AreaSection[];
  /** Last in the report, in Nr order. */
  readonly missing: readonly MissingFollowUp[];
}
