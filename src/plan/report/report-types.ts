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
  /** The period's own meetings against the period's plan. */
  readonly meetings: MeetingComparison;
  /**
   * T2 only (reported cumulatively January–August): T1's and T2's meetings against the plan
   * for both; null in T1 and VB (the VB row already covers the whole year).
   */
  readonly meetingsSoFar: MeetingComparison | null;
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
  /** Utgångsvärde and Utgångsår: the baseline the target is measured from. */
  readonly baseline: number | null;
  readonly baselineYear: number | null;
  /** Earlier years' outcomes in Utfall, oldest first (the VB value, else the year so far). */
  readonly earlier: readonly { readonly year: number; readonly value: number }[];
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

/** An area's assessment (Bedömning) for the report period. */
export interface AreaAssessment {
  /** Samlad bedömning. */
  readonly summary: string | null;
  readonly analysis: string | null;
  /** Åtgärder framåt. */
  readonly nextSteps: string | null;
}

export interface AreaSection {
  readonly nr: number | null;
  readonly name: string;
  /** Övergripande mål och syfte, and Lägesbild, from Omraden. */
  readonly goal: string | null;
  readonly situation: string | null;
  /** The period's written assessment; null when there is none (or only an empty prepared row). */
  readonly assessment: AreaAssessment | null;
  /** In Nr order: 1.2 before 1.10. */
  readonly activities: readonly ActivityReport[];
}

/** An activity without a follow-up for the report period. */
export interface MissingFollowUp {
  readonly nr: string;
  readonly name: string;
  readonly convener: string | null;
}

/** How an activity stands in one period, as the overview and the chart count it. */
export type StatusKey = "met" | "partly" | "notMet" | "notAssessed" | "missing";

/** One activity's row in the overview: its status in each period shown. */
export interface OverviewRow {
  readonly nr: string;
  readonly name: string;
  readonly statuses: readonly { readonly period: Period; readonly status: StatusKey }[];
}

export type DeviationKind =
  "missing" | "late" | "not-met" | "not-assessed-without-comment" | "meetings-below-plan" | "worse";

/** Something the council should see first, about one activity in the report period. */
export interface Deviation {
  readonly nr: string;
  readonly name: string;
  readonly kind: DeviationKind;
  /** What happened, in Swedish, e.g. "Sen rapport: 5 dagar (2026-09-20)". */
  readonly text: string;
}

/** The first page: every activity's status this year so far, and the deviations. */
export interface ReportOverview {
  /** The periods shown: T1; T1 and T2; T1, T2 and VB. */
  readonly periods: readonly Period[];
  readonly rows: readonly OverviewRow[];
  /** In Nr order, each activity's in the order of `DeviationKind`. */
  readonly deviations: readonly Deviation[];
}

export interface TertialReport {
  readonly period: Period;
  readonly year: number;
  readonly title: ReportTitle;
  readonly overview: ReportOverview;
  readonly summary: { readonly areas: readonly AreaSummary[]; readonly total: StatusCounts };
  readonly areas: readonly AreaSection[];
  /** Last in the report, in Nr order. */
  readonly missing: readonly MissingFollowUp[];
}
