import { describe, expect, it } from "vitest";
import { areaOfActivity } from "../../src/plan";

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
