import { describe, expect, it } from "vitest";
import { planSnapshot, planSnapshotWith } from "../../helpers/snapshot-builder";
import { allFields, findingsOf, onlyFinding, validate } from "../support";

describe("validatePlan", () => {
  it("reports a missing required table as an error that names the table, its sheet and columns", () => {
    const report = validate(planSnapshot({ Deltagare: null }));

    // Without Deltagare the rules that need it are skipped: this is the only finding.
    expect(allFields(report)).toEqual([
      {
        rule: "table-missing",
        severity: "error",
        table: "Deltagare",
        column: null,
        row: null,
        address: null,
        value: null,
      },
    ]);
    expect(report.valid).toBe(false);
    const { message } = onlyFinding(report, "table-missing");
    expect(message).toContain("Deltagare saknas");
    expect(message).toContain('bladet "Deltagare"');
    expect(message).toContain("Aktivitet och Part");
    expect(message).toContain("atgardsplan mall");
  });

  it("reports every table of an empty workbook, required ones as errors and optional ones as info", () => {
    const report = validate({ sheets: [] });

    expect(report.findings.map((f) => [f.table, f.severity])).toEqual([
      ["Plan", "info"],
      ["Omraden", "error"],
      ["Aktiviteter", "error"],
      ["Deltagare", "error"],
      ["Indikatorer", "info"],
      ["Uppfoljning", "error"],
      ["Utfall", "info"],
      ["Bedomning", "info"],
    ]);
    expect(report.findings.every((f) => f.rule === "table-missing")).toBe(true);
  });

  it("reports a missing optional table as info only, leaving the plan valid", () => {
    const report = validate(planSnapshot({ Utfall: null }));

    expect(allFields(report)).toEqual([
      {
        rule: "table-missing",
        severity: "info",
        table: "Utfall",
        column: null,
        row: null,
        address: null,
        value: null,
      },
    ]);
    expect(report.valid).toBe(true);
    expect(onlyFinding(report, "table-missing").message).toContain("frivillig");
  });

  it("does not report a table that is found by its headers under another name on another sheet", () => {
    const report = validate(planSnapshotWith({ Deltagare: { sheet: "Blad3", excelTable: "Tabell3" } }));

    expect(findingsOf(report, "table-missing")).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it("does not report a table whose Excel name differs only in case", () => {
    const report = validate(planSnapshotWith({ Uppfoljning: { excelTable: "UPPFOLJNING" } }));

    expect(report.findings).toEqual([]);
  });
});
