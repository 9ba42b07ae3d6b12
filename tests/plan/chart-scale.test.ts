import { describe, expect, it } from "vitest";
import { axisMax, axisStep } from "../../src/plan";

describe("axisStep and axisMax", () => {
  it("keep the value axis to about eight gridlines in whole steps", () => {
    expect([0, 3, 8, 9, 16, 17, 40, 41, 2000].map(axisStep)).toEqual([1, 1, 1, 2, 2, 5, 5, 10, 500]);
    expect([0, 3, 9, 10, 17, 2000].map(axisMax)).toEqual([1, 3, 10, 10, 20, 2000]);
  });
});
