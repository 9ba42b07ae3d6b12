import { describe, expect, it } from "vitest";
import { pluralise, readIndicators } from "../../src/import/indicators";

describe("readIndicators", () => {
  it("takes the yearly total in brackets from 'N per område och år (T)'", () => {
    expect(
      readIndicators("Centrumbesiktning 1 per område och år (4)\nTrygghetsvandring 2 per område och år (8)"),
    ).toEqual([
      { name: "Centrumbesiktningar", target: 4, unit: "per år" },
      { name: "Trygghetsvandringar", target: 8, unit: "per år" },
    ]);
  });

  it("reads a count before or after the name", () => {
    expect(readIndicators("Trygghetsvandringar 6 per år")).toEqual([
      { name: "Trygghetsvandringar", target: 6, unit: "per år" },
    ]);
    expect(readIndicators("Minst 10 trygghetsvandringar per år och 4 centrumbesiktningar om året.")).toEqual([
      { name: "Trygghetsvandringar", target: 10, unit: "per år" },
      { name: "Centrumbesiktningar", target: 4, unit: "per år" },
    ]);
  });

  it("finds nothing in meeting rhythms or goals without a count", () => {
    for (const text of [
      "Samverkansgruppen träffas 1 gång/månad",
      "Samverkansgruppen träffas 4 gånger per år",
      "4 möten per år",
      "Trygghetsmätning. Andra mätbara mål under framtagande.",
      "Vid behov, möte SIG-samordnare och polis minst en gång /månad",
    ]) {
      expect([text, readIndicators(text)]).toEqual([text, []]);
    }
  });

  it.each([
    ["Barnvandring", "Barnvandringar"],
    ["Centrumbesiktningar", "Centrumbesiktningar"],
    ["Kontroller", "Kontroller"],
    ["Kartläggningsmöte", "Kartläggningsmöte"],
  ])("writes %j in the plural as %j", (name, plural) => {
    expect(pluralise(name)).toBe(plural);
  });
});
