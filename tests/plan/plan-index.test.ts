import { describe, expect, it } from "vitest";
import {
  areaOfActivity,
  followUpKey,
  indexPlan,
  type Activity,
  type Area,
  type FollowUp,
  type Period,
  type PlanData,
} from "../../src/plan";

describe("areaOfActivity", () => {
  it.each([
    ["1.2", 1],
    ["12.3", 12],
    [" 2.1 ", 2],
  ])("reads %j as area %j", (nr, area) => {
    expect(areaOfActivity(nr)).toBe(area);
  });

  it.each(["x1.2", "1.2b", "1", "1.", ".2", "1.2.3"])("reads no area from %j", (nr) => {
    expect(areaOfActivity(nr)).toBeNull();
  });
});

describe("followUpOf", () => {
  const followUp = (row: number, activity: string | null, year: number | null, period: Period | null) =>
    ({ row, activity, year, period }) as unknown as FollowUp;
  const plan = (followUps: FollowUp[]): PlanData => ({
    info: null,
    areas: [],
    activities: [],
    participants: [],
    indicators: null,
    followUps,
    outcomes: null,
    assessments: null,
  });

  it("finds each activity's row by year and period, across years", () => {
    const rows = [
      followUp(1, "1.1", 2025, "VB"),
      followUp(2, "1.1", 2026, "T1"),
      followUp(3, "1.2", 2026, "T1"),
      followUp(4, "1.1", 2026, "VB"),
      followUp(5, "1.1", 2025, "T2"),
    ];
    const { followUpOf } = indexPlan(plan(rows));
    expect(followUpOf("1.1", 2025, "VB")?.row).toBe(1);
    expect(followUpOf("1.1", 2025, "T2")?.row).toBe(5);
    expect(followUpOf("1.1", 2026, "T1")?.row).toBe(2);
    expect(followUpOf("1.1", 2026, "VB")?.row).toBe(4);
    expect(followUpOf("1.2", 2026, "T1")?.row).toBe(3);
    expect(followUpOf("1.1", 2026, "T2")).toBeUndefined();
    expect(followUpOf("1.1", 2024, "T1")).toBeUndefined();
    expect(followUpOf("1.3", 2026, "T1")).toBeUndefined();
  });

  it("keeps the first of two rows with the same key, and leaves out rows without a whole key", () => {
    const rows = [
      followUp(1, "1.1", null, "T1"),
      followUp(2, "1.1", 2026, null),
      followUp(3, null, 2026, "T1"),
      followUp(4, "1.1", 2026, "T1"),
      followUp(5, "1.1", 2026, "T1"),
    ];
    expect(indexPlan(plan(rows)).followUpOf("1.1", 2026, "T1")?.row).toBe(4);
  });
});

describe("followUpKey", () => {
  it("is one key per activity, year and period", () => {
    const keys = [
      followUpKey("1.1", 2026, "T1"),
      followUpKey("1.1", 2026, "T2"),
      followUpKey("1.1", 2027, "T1"),
      followUpKey("1.2", 2026, "T1"),
      followUpKey("1.12", 2026, "T1"),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(followUpKey("1.1", 2026, "T1")).toBe(keys[0]);
  });
});

describe("indexPlan", () => {
  const base: PlanData = {
    info: null,
    areas: [],
    activities: [],
    participants: [],
    indicators: null,
    followUps: [],
    outcomes: null,
    assessments: null,
  };

  it("indexes the activities and areas that have a Nr, and only those", () => {
    const activity = (row: number, nr: string | null) => ({ row, nr }) as unknown as Activity;
    const area = (row: number, nr: number | null) => ({ row, nr }) as unknown as Area;
    const index = indexPlan({
      ...base,
      areas: [area(2, null), area(3, 1)],
      activities: [activity(2, null), activity(3, "1.1"), activity(4, "1.1")],
    });
    expect([...index.activityByNr.entries()].map(([nr, a]) => [nr, a.row])).toEqual([["1.1", 3]]);
    expect([...index.areaNrs]).toEqual([1]);
  });

  it("has no indicators or outcomes when the plan has no such table", () => {
    const index = indexPlan(base);
    expect(index.indicatorsByActivity.size).toBe(0);
    expect(index.outcomesByActivity.size).toBe(0);
    expect(index.participantsByActivity.size).toBe(0);
  });
});
