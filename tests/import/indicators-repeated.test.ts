import { describe, expect, it } from "vitest";
import { readIndicators } from "../../src/import/indicators";

describe("readIndicators: a name counted twice, counts written close together", () => {
  it("keeps the first count of a name however the text spells it", () => {
    expect(
      readIndicators("Trygghetsvandringar 8 per år. Dessutom minst 10 trygghetsvandringar per år i Vårberg."),
    ).toEqual([{ name: "Trygghetsvandringar", target: 8, unit: "per år" }]);
    expect(readIndicators("Centrumbesiktning 1 per område och år (4)\nCentrumbesiktningar 6 per år")).toEqual(
      [{ name: "Centrumbesiktningar", target: 4, unit: "per år" }],
    );
  });

  it.each([
    ["Mål:Centrumbesiktning 1 per område och år (4)8 trygghetsvandringar per år", "Centrumbesiktningar", 4],
    ["Mål:Barnvandringar 6 per år8 trygghetsvandringar per år", "Barnvandringar", 6],
  ])("reads a count that follows another with no space between: %j", (text, first, target) => {
    expect(readIndicators(text)).toEqual([
      { name: first, target, unit: "per år" },
      { name: "Trygghetsvandringar", target: 8, unit: "per år" },
    ]);
  });
});
