import { describe, expect, it } from "vitest";
import {
  chooseSheetTarget,
  isReportMarkerName,
  PlanWriteRefused,
  reportMarkerName,
  type SheetTargetRequest,
} from "../../../src/plan";

const REFUSAL =
  'Bladet "Rapport T1 2026" finns redan och är inte skapat av atgardsplan, så det skrivs inte över. ' +
  "Byt namn på ditt blad och försök igen.";

function target(overrides: Partial<SheetTargetRequest> = {}) {
  return chooseSheetTarget({
    sheetNames: ["Plan", "Aktiviteter", "Uppföljning"],
    markedSheet: null,
    name: "Rapport T1 2026",
    policy: "refuse",
    ...overrides,
  });
}

describe("chooseSheetTarget", () => {
  it("reports a new sheet at the end when no sheet has the name", () => {
    expect(target()).toEqual({ name: "Rapport T1 2026", replace: null });
  });

  it("reports a new sheet when the marker refers to a sheet that no longer exists", () => {
    expect(target({ markedSheet: "Rapport T1 2026 (2)" })).toEqual({
      name: "Rapport T1 2026",
      replace: null,
    });
  });

  it("replaces the sheet the marker refers to, under the name the sheet has", () => {
    expect(target({ sheetNames: ["Plan", "rapport t1 2026"], markedSheet: "Rapport T1 2026" })).toEqual({
      name: "rapport t1 2026",
      replace: "rapport t1 2026",
    });
  });

  it("cuts an over-long name to Excel's 31 characters", () => {
    expect(target({ name: "Verksamhetsberättelse 2026 för Skärholmen" })).toEqual({
      name: "Verksamhetsberättelse 2026 för ",
      replace: null,
    });
  });

  it("refuses to overwrite a user's own sheet of the name, with the sheet's own spelling", () => {
    const refused = () => target({ sheetNames: ["Plan", "RAPPORT T1 2026"] });
    expect(refused).toThrow(PlanWriteRefused);
    expect(refused).toThrow(
      'Bladet "RAPPORT T1 2026" finns redan och är inte skapat av atgardsplan, så det skrivs inte över. ' +
        "Byt namn på ditt blad och försök igen.",
    );
  });

  it("refuses when the marker refers to another sheet than the one of the name", () => {
    const refused = () =>
      target({ sheetNames: ["Rapport T1 2026", "Rapport T1 2026 (2)"], markedSheet: "Rapport T1 2026 (2)" });
    expect(refused).toThrow(REFUSAL);
  });

  it("reports the next free name beside a user's sheet under free-name", () => {
    expect(target({ sheetNames: ["Rapport T1 2026", "Rapport T1 2026 (2)"], policy: "free-name" })).toEqual({
      name: "Rapport T1 2026 (3)",
      replace: null,
    });
  });

  it("replaces its own earlier free-name copy the marker refers to", () => {
    expect(
      target({
        sheetNames: ["Rapport T1 2026", "Plan", "Rapport T1 2026 (2)"],
        markedSheet: "rapport t1 2026 (2)",
        policy: "free-name",
      }),
    ).toEqual({ name: "Rapport T1 2026 (2)", replace: "Rapport T1 2026 (2)" });
  });

  it("replaces a free-name copy of an over-long name, cut to 27 characters to fit its number", () => {
    expect(
      target({
        sheetNames: ["Verksamhetsberättelse 2026 för ", "Verksamhetsberättelse 2026  (2)"],
        markedSheet: "Verksamhetsberättelse 2026  (2)",
        name: "Verksamhetsberättelse 2026 för Skärholmen",
        policy: "free-name",
      }),
    ).toEqual({ name: "Verksamhetsberättelse 2026  (2)", replace: "Verksamhetsberättelse 2026  (2)" });
  });

  it("replaces its own copy numbered 10 or more", () => {
    const sheetNames = [
      "Rapport T1 2026",
      ...Array.from({ length: 11 }, (_, i) => `Rapport T1 2026 (${i + 2})`),
    ];
    expect(target({ sheetNames, markedSheet: "Rapport T1 2026 (12)", policy: "free-name" })).toEqual({
      name: "Rapport T1 2026 (12)",
      replace: "Rapport T1 2026 (12)",
    });
  });

  it("leaves a marked sheet that is no numbered copy of the name, and writes a free name", () => {
    expect(
      target({
        sheetNames: ["Rapport T1 2026", "Mitt blad"],
        markedSheet: "Mitt blad",
        policy: "free-name",
      }),
    ).toEqual({ name: "Rapport T1 2026 (2)", replace: null });
  });
});

describe("isReportMarkerName", () => {
  it("knows this tool's report markers, whatever the case, and nothing else", () => {
    expect((["T1", "T2", "VB"] as const).map((p) => isReportMarkerName(reportMarkerName(p, 2026)))).toEqual([
      true,
      true,
      true,
    ]);
    expect(isReportMarkerName("ATGARDSPLAN_RAPPORT_T1_2026")).toBe(true);
    expect(
      [
        "atgardsplan_rapport_T4_2026",
        "_atgardsplan_bind_Plan",
        "Utskriftsområde",
        "min_atgardsplan_rapport_T1_2026",
        "atgardsplan_rapport_T1_2026_kopia",
      ].map(isReportMarkerName),
    ).toEqual([false, false, false, false, false]);
  });
});
