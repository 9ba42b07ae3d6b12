/**
 * The plan as typed rows, read from the located tables. A cell that broke a rule is null
 * here (its finding says why), except an activity Nr stored as a number, which is read as
 * the text Excel shows so that references still resolve.
 */
import type { GoalStatus, Period } from "./contract";
import type { LocatedTable } from "./locate-tables";

/** Every typed row knows where it stands: its 1-based row in the table's data body. */
export interface RowRef {
  readonly row: number;
}

/** The Plan table's single row. */
export interface PlanInfo extends RowRef {
  readonly title: string | null;
  readonly district: string | null;
  readonly policeArea: string | null;
  /** The plan year that follow-up is checked against. */
  readonly year: number | null;
  readonly registrationNumber: string | null;
  readonly deadlineT1: string | null;
  readonly deadlineT2: string | null;
  readonly deadlineVB: string | null;
}

/** A prioritised cooperation area (Omraden). */
export interface Area extends RowRef {
  readonly nr: number | null;
  readonly name: string | null;
  /** Övergripande mål och syfte. */
  readonly goal: string | null;
  /** Lägesbild. */
  readonly situation: string | null;
  /** Strategidokument/policy. */
  readonly strategy: string | null;
}

/** An activity (Aktiviteter), numbered `N.M` under area N. */
export interface Activity extends RowRef {
  readonly nr: string | null;
  readonly name: string | null;
  readonly description: string | null;
  readonly measurableGoals: string | null;
  /** Löptid as written. */
  readonly duration: string | null;
  readonly meetingFrequency: string | null;
  /** Sammankallande. */
  readonly convener: string | null;
  /** Sammankallandes e-post. */
  readonly convenerEmail: string | null;
  readonly funding: string | null;
  readonly communication: string | null;
}

/** A party taking part in an activity (Deltagare). */
export interface Participant extends RowRef {
  /** The activity's Nr. */
  readonly activity: string | null;
  readonly party: string | null;
  readonly contact: string | null;
  /** Övriga deltagare. */
  readonly others: string | null;
  /** Åtagande. */
  readonly commitment: string | null;
  /** E-post: the contact's address. */
  readonly email: string | null;
}

/** A measurable target of an activity (Indikatorer). */
export interface Indicator extends RowRef {
  readonly activity: string | null;
  readonly indicator: string | null;
  /** Målvärde. */
  readonly target: number | null;
  readonly unit: string | null;
  readonly source: string | null;
  /** Utgångsvärde: the baseline the target is measured from. */
  readonly baseline: number | null;
  /** Utgångsår: the year of the baseline. */
  readonly baselineYear: number | null;
}

/** An activity's follow-up for one period (Uppfoljning). */
export interface FollowUp extends RowRef {
  readonly activity: string | null;
  readonly year: number | null;
  readonly period: Period | null;
  /** Målet nått: the answer to "Är målet nått?". */
  readonly status: GoalStatus | null;
  readonly comment: string | null;
  /** Genomförda aktiviteter: "Vilka aktiviteter har genomförts?". */
  readonly done: string | null;
  /** Antal möten held in the period. */
  readonly meetings: number | null;
  readonly reportedBy: string | null;
  /** Rapportdatum, `YYYY-MM-DD`. */
  readonly reportedOn: string | null;
}

/** An indicator's outcome for one period (Utfall). */
export interface Outcome extends RowRef {
  readonly activity: string | null;
  readonly indicator: string | null;
  readonly year: number | null;
  readonly period: Period | null;
  /** Värde. */
  readonly value: number | null;
  readonly comment: string | null;
}

/** The assessment of one area for one period (Bedomning). */
export interface Assessment extends RowRef {
  /** The area's Nr. */
  readonly area: number | null;
  readonly year: number | null;
  readonly period: Period | null;
  /** Samlad bedömning: how the area stands. */
  readonly summary: string | null;
  /** Analys: what worked, what did not, and why. */
  readonly analysis: string | null;
  /** Åtgärder framåt: what the parties will do next. */
  readonly nextSteps: string | null;
}

/** The plan's tables as typed rows; an optional table that is missing is null. */
export interface PlanData {
  readonly info: PlanInfo | null;
  readonly areas: readonly Area[];
  readonly activities: readonly Activity[];
  readonly participants: readonly Participant[];
  readonly indicators: readonly Indicator[] | null;
  readonly followUps: readonly FollowUp[];
  readonly outcomes: readonly Outcome[] | null;
  readonly assessments: readonly Assessment[] | null;
}

/** The plan together with the tables it was read from (for addresses in findings). */
export interface ReadPlan {
  readonly data: PlanData;
  readonly tables: ReadonlyMap<string, LocatedTable>;
}
