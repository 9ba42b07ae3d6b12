import { describe, expect, it } from "vitest";
import { forbiddenInFileName, reportFileName } from "../../src/sharepoint";

describe("reportFileName", () => {
  it("names the file after the report sheet and the plan's title", () => {
    expect(reportFileName("T1", 2026, "Åtgärdsplan för gemensamma prioriteringar")).toBe(
      "Rapport T1 2026 – Åtgärdsplan för gemensamma prioriteringar.xlsx",
    );
    expect(reportFileName("VB", 2026, "Plan")).toBe("Verksamhetsberättelse 2026 – Plan.xlsx");
  });

  it("replaces the characters SharePoint forbids in file names", () => {
    const name = reportFileName("T2", 2026, 'Plan: "Skärholmen/Vårberg" <ny> | del 1*? \\ x');
    expect(name).toBe("Rapport T2 2026 – Plan - -Skärholmen-Vårberg- -ny- - del 1-- - x.xlsx");
    expect(forbiddenInFileName(name)).toBe(false);
  });

  it("removes leading and trailing spaces, trailing dots and line breaks of the title", () => {
    expect(reportFileName("T1", 2026, "  Plan\nför  Skärholmen ... ")).toBe(
      "Rapport T1 2026 – Plan för Skärholmen.xlsx",
    );
  });

  it("leaves the title out when nothing of it is usable", () => {
    expect(reportFileName("T1", 2026, " ... ")).toBe("Rapport T1 2026.xlsx");
  });

  it("shortens a very long title", () => {
    const name = reportFileName("T1", 2026, "Mycket lång titel ".repeat(20));
    expect(name.length).toBeLessThanOrEqual("Rapport T1 2026 – ".length + 100 + ".xlsx".length);
    expect(name).toMatch(/^Rapport T1 2026 – Mycket lång titel .*\S\.xlsx$/);
  });

  it("keeps names SharePoint refuses (~$…, _vti_) out", () => {
    expect(reportFileName("T1", 2026, "plan_vti_x")).toBe("Rapport T1 2026 – planvtix.xlsx");
    expect(forbiddenInFileName("~$plan.xlsx")).toBe(true);
    expect(forbiddenInFileName("plan_vti_.xlsx")).toBe(true);
    expect(forbiddenInFileName("plan.")).toBe(true);
    expect(forbiddenInFileName(" plan.xlsx")).toBe(true);
  });
});
