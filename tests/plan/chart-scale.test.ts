import { describe, expect, it } from "vitest";
import { axisMax, axisStep, chartAxisStep, largestStack } from "../../src/plan";

describe("axisStep and axisMax", () => {
  it("keep the value axis to about eight gridlines in whole steps", () => {
    expect([0, 3, 8, 9, 16, 17, 40, 41, 2000].map(axisStep)).toEqual([1, 1, 1, 2, 2, 5, 5, 10, 500]);
    expect([0, 3, 9, 10, 17, 2000].map(axisMax)).toEqual([1, 3, 10, 10, 20, 2000]);
  });
});

describe("largestStack and chartAxisStep", () => {
  it("measure the longest bar as the largest sum of one category's values", () => {
    const chart = {
      categories: ["1. Trygghet", "2. Skola", "3. Fritid"],
      series: [{ values: [3, 9, 0] }, { values: [4, 0, 1] }, { values: [1, 1] }],
    } as unknown as Parameters<typeof largestStack>[0];
    expect(largestStack(chart)).toBe(10);
    expect(chartAxisStep(chart)).toBe(2);
    expect(largestStack({ categories: [], series: [] })).toBe(0);
  });
});
