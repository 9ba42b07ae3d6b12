/** Look-ups over a plan's rows, built once and shared by the rules and the report. */
import { PERIODS, type Period } from "./contract";
import type { Activity, FollowUp, Indicator, Outcome, Participant, PlanData } from "./plan-data";
import type { DeadlineOverrides } from "./periods";

export interface PlanIndex {
  /** Activities by Nr (the first row of each Nr). */
  readonly activityByNr: ReadonlyMap<string, Activity>;
  readonly areaNrs: ReadonlySet<number>;
  readonly participantsByActivity: ReadonlyMap<string, readonly Participant[]>;
  readonly indicatorsByActivity: ReadonlyMap<string, readonly Indicator[]>;
  /** The first follow-up row of an activity for a year and period, or undefined. */
  followUpOf(activity: string, year: number, period: Period): FollowUp | undefined;
  readonly outcomesByActivity: ReadonlyMap<string, readonly Outcome[]>;
  /** The Plan table's År, or null. */
  readonly planYear: number | null;
  readonly deadlines: DeadlineOverrides;
}

/** A follow-up's key as one string (for callers that keep their own maps of keys). */
export function followUpKey(activity: string, year: number, period: Period): string {
  return `${activity}\u0000${year}\u0000${period}`;
}

/**
 * Follow-up rows by activity, then year and period: per activity one flat array of
 * `[year, T1, T2, VB, year, …]`. Every follow-up row passes here and every rule over them
 * asks it, so no key string is built per row (the rules ran faster without them).
 */
function followUpLookup(followUps: readonly FollowUp[]): PlanIndex["followUpOf"] {
  const byActivity = new Map<string, (number | FollowUp | undefined)[]>();
  for (const f of followUps) {
    if (f.activity === null || f.year === null || f.period === null) continue;
    let slots = byActivity.get(f.activity);
    if (slots === undefined) {
      slots = [];
      byActivity.set(f.activity, slots);
    }
    let at = 0;
    while (at < slots.length && slots[at] !== f.year) at += 4;
    if (at === slots.length) slots.push(f.year, undefined, undefined, undefined);
    slots[at + 1 + PERIODS.indexOf(f.period)] ??= f;
  }
  return (activity, year, period) => {
    const slots = byActivity.get(activity);
    if (slots === undefined) return undefined;
    for (let at = 0; at < slots.length; at += 4) {
      if (slots[at] === year) return slots[at + 1 + PERIODS.indexOf(period)] as FollowUp | undefined;
    }
    return undefined;
  };
}

/** The area number of an activity Nr "N.M", or null. */
export function areaOfActivity(nr: string): number | null {
  const match = /^(\d+)\.\d+$/.exec(nr.trim());
  return match ? Number(match[1]) : null;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export function indexPlan(plan: PlanData): PlanIndex {
  const activityByNr = new Map<string, Activity>();
  for (const activity of plan.activities) {
    if (activity.nr !== null && !activityByNr.has(activity.nr)) activityByNr.set(activity.nr, activity);
  }
  const info = plan.info;
  const deadlines: DeadlineOverrides = {};
  if (info?.deadlineT1) deadlines.T1 = info.deadlineT1;
  if (info?.deadlineT2) deadlines.T2 = info.deadlineT2;
  if (info?.deadlineVB) deadlines.VB = info.deadlineVB;
  return {
    activityByNr,
    areaNrs: new Set(plan.areas.flatMap((a) => (a.nr === null ? [] : [a.nr]))),
    participantsByActivity: groupBy(plan.participants, (p) => p.activity),
    indicatorsByActivity: groupBy(plan.indicators ?? [], (i) => i.activity),
    followUpOf: followUpLookup(plan.followUps),
    outcomesByActivity: groupBy(plan.outcomes ?? [], (o) => o.activity),
    planYear: info?.year ?? null,
    deadlines,
  };
}
