/** Look-ups over a plan's rows, built once and shared by the rules and the report. */
import type { Period } from "./contract";
import type { Activity, FollowUp, Indicator, Outcome, Participant, PlanData } from "./plan-data";
import type { DeadlineOverrides } from "./periods";

export interface PlanIndex {
  /** Activities by Nr (the first row of each Nr). */
  readonly activityByNr: ReadonlyMap<string, Activity>;
  readonly areaNrs: ReadonlySet<number>;
  readonly participantsByActivity: ReadonlyMap<string, readonly Participant[]>;
  readonly indicatorsByActivity: ReadonlyMap<string, readonly Indicator[]>;
  /** Follow-ups keyed by `followUpKey`. */
  readonly followUpByKey: ReadonlyMap<string, FollowUp>;
  readonly outcomesByActivity: ReadonlyMap<string, readonly Outcome[]>;
  /** The Plan table's År, or null. */
  readonly planYear: number | null;
  readonly deadlines: DeadlineOverrides;
}

export function followUpKey(activity: string, year: number, period: Period): string {
  return `${activity}\u0000${year}\u0000${period}`;
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
  const followUpByKey = new Map<string, FollowUp>();
  for (const f of plan.followUps) {
    if (f.activity === null || f.year === null || f.period === null) continue;
    const key = followUpKey(f.activity, f.year, f.period);
    if (!followUpByKey.has(key)) followUpByKey.set(key, f);
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
    followUpByKey,
    outcomesByActivity: groupBy(plan.outcomes ?? [], (o) => o.activity),
    planYear: info?.year ?? null,
    deadlines,
  };
}
