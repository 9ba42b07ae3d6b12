/**
 * A plan with thousands of bad rows: at most 500 findings per rule are listed, one summary
 * finding "… och N till av samma slag (rule title)." stands for the rest, and the stats, the
 * JSON document and the human output still count every finding.
 */
import { describe, expect, it } from "vitest";
import { validatePlan } from "../../src/plan";
import { findingsJson, formatFindings } from "../../src/cli/format-findings";
import { followUpRow, planSnapshot } from "../helpers/snapshot-builder";

/** 1,200 follow-up rows with Period "T3" (enum errors) and no Genomförda aktiviteter (required errors). */
function badPlan() {
  const rows = Array.from({ length: 1200 }, (_, i) =>
    followUpRow({
      Aktivitet: "1.1",
      År: 2000 + (i % 100),
      Period: "T3",
      "Genomförda aktiviteter": i < 30 ? null : `Rad ${i}`,
    }),
  );
  return planSnapshot({ Uppfoljning: rows });
}

describe("validatePlan with more than 500 findings of a rule", () => {
  const report = validatePlan(badPlan(), { checkDate: "2026-03-01" });
  const enums = report.findings.filter((f) => f.rule === "enum");

  it("lists 500 of them and one summary finding for the rest", () => {
    expect(enums).toHaveLength(501);
    expect(enums.slice(0, 500).every((f) => f.address !== null)).toBe(true);
    expect(enums[0]).toMatchObject({ address: "'Uppföljning'!C2", row: 1, value: "T3" });
    expect(enums[499]).toMatchObject({ row: 500 });
    expect(enums[500]).toEqual({
      rule: "enum",
      severity: "error",
      table: "Uppfoljning",
      column: null,
      row: null,
      address: null,
      value: null,
      message: "… och 700 till av samma slag (Värde som inte finns i listan).",
    });
  });

  it("lists every finding of a rule under the cap, with no summary", () => {
    expect(report.findings.filter((f) => f.rule === "required")).toHaveLength(30);
  });

  it("counts every finding in the stats", () => {
    // 1,200 enum errors and 30 required errors; a key with an invalid period is no key, so
    // the repeated (1.1, År, "T3") rows are not duplicate keys.
    expect(report.stats).toEqual({ errors: 1230, warnings: 0, info: 0 });
    expect(report.valid).toBe(false);
  });

  it("gives the same counts in the JSON document and the human output", () => {
    const json = JSON.parse(findingsJson(report)) as { stats: unknown; findings: unknown[] };
    expect(json.stats).toEqual(report.stats);
    expect(json.findings).toHaveLength(report.findings.length);
    const text = formatFindings({ file: "plan.xlsx", checkDate: "2026-03-01", report });
    // The group counts the 700 left out too; the summary line names the rule by its title.
    expect(text).toContain("\nFEL: Värde som inte finns i listan (1200)\n");
    expect(text).toContain("\nFEL: Måste fyllas i (30)\n");
    expect(text).toContain("\n    500 celler: 'Uppföljning'!C2, C3, C4, ");
    expect(text).toContain("\n  … och 700 till av samma slag (Värde som inte finns i listan).\n");
    expect(text.split("\n").at(-2)).toBe(`${report.stats.errors} fel, 0 varningar, 0 upplysningar`);
  });
});
