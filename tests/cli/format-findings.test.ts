import { describe, expect, it } from "vitest";
import type { Finding, ValidationReport } from "../../src/plan";
import { countsText, findingsJson, formatFindings } from "../../src/cli/format-findings";

function finding(overrides: Partial<Finding>): Finding {
  return {
    rule: "required",
    severity: "error",
    table: "Aktiviteter",
    column: "Aktivitet",
    row: 1,
    address: "Aktiviteter!B2",
    value: null,
    message: "Aktivitet saknas.",
    ...overrides,
  };
}

describe("countsText", () => {
  it("uses Swedish singular and plural", () => {
    expect(countsText({ errors: 1, warnings: 1, info: 1 })).toBe("1 fel, 1 varning, 1 upplysning");
    expect(countsText({ errors: 3, warnings: 12, info: 2 })).toBe("3 fel, 12 varningar, 2 upplysningar");
    expect(countsText({ errors: 0, warnings: 0, info: 0 })).toBe("0 fel, 0 varningar, 0 upplysningar");
  });
});

describe("formatFindings", () => {
  const report: ValidationReport = {
    valid: false,
    stats: { errors: 1, warnings: 1, info: 1 },
    findings: [
      finding({}),
      finding({
        rule: "table-missing",
        severity: "info",
        table: "Indikatorer",
        column: null,
        row: null,
        address: null,
        message: "Tabellen Indikatorer saknas.",
      }),
      finding({
        rule: "copied-follow-up",
        severity: "warning",
        table: "Uppfoljning",
        address: "'Uppföljning'!F3",
        message: "Samma text\nsom förra perioden.",
      }),
    ],
  };

  it("heads each table's group with its counts and aligns severity, address and rule", () => {
    const text = formatFindings({ file: "plan.xlsx", checkDate: "2026-05-20", report });
    expect(text.split("\n")).toEqual([
      "Validering av plan.xlsx (kontrolldatum 2026-05-20)",
      "",
      "Aktiviteter (1 fel, 0 varningar, 0 upplysningar)",
      "  FEL      Aktiviteter!B2    required          Aktivitet saknas.",
      "",
      "Indikatorer (0 fel, 0 varningar, 1 upplysning)",
      "  INFO     –                 table-missing     Tabellen Indikatorer saknas.",
      "",
      "Uppfoljning (0 fel, 1 varning, 0 upplysningar)",
      "  VARNING  'Uppföljning'!F3  copied-follow-up  Samma text som förra perioden.",
      "",
      "1 fel, 1 varning, 1 upplysning",
      "Planen har fel.",
    ]);
  });

  it("says so when there is nothing to report", () => {
    const empty: ValidationReport = { valid: true, stats: { errors: 0, warnings: 0, info: 0 }, findings: [] };
    const text = formatFindings({ file: "plan.xlsx", checkDate: "2026-05-20", report: empty });
    expect(text.split("\n").slice(2)).toEqual([
      "Inga anmärkningar.",
      "",
      "0 fel, 0 varningar, 0 upplysningar",
      "Planen är giltig.",
    ]);
  });
});

describe("findingsJson", () => {
  it("keeps exactly the contract's keys", () => {
    const extra = { ...finding({}), internal: 1 } as Finding;
    const parsed = JSON.parse(
      findingsJson({ valid: false, stats: { errors: 1, warnings: 0, info: 0 }, findings: [extra] }),
    ) as unknown;
    expect(parsed).toEqual({
      valid: false,
      stats: { errors: 1, warnings: 0, info: 0 },
      findings: [
        {
          rule: "required",
          severity: "error",
          table: "Aktiviteter",
          column: "Aktivitet",
          row: 1,
          address: "Aktiviteter!B2",
          value: null,
          message: "Aktivitet saknas.",
        },
      ],
    });
  });
});
