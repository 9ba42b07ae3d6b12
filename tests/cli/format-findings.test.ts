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

  it("groups by rule under its Swedish title, errors first, never showing a rule's slug", () => {
    const text = formatFindings({ file: "plan.xlsx", checkDate: "2026-05-20", report });
    expect(text.split("\n")).toEqual([
      "Validering av plan.xlsx (kontrolldatum 2026-05-20)",
      "",
      "FEL: Måste fyllas i (1)",
      "  Aktiviteter!B2  Aktivitet saknas.",
      "",
      "VARNING: Samma text som förra perioden (1)",
      "  'Uppföljning'!F3  Samma text som förra perioden.",
      "",
      "INFO: Tabell saknas (1)",
      "  Tabellen Indikatorer saknas.",
      "",
      "1 fel, 1 varning, 1 upplysning",
      "Planen har 1 fel som behöver rättas.",
    ]);
    expect(text).not.toMatch(/required|copied-follow-up|table-missing/);
  });

  it("shows a problem on many cells once, with every cell, the sheet named once per run", () => {
    const message = "Aktivitet 9.9 finns inte i Aktiviteter. Rätta numret eller lägg till aktiviteten.";
    const unknown = (address: string, table: Finding["table"]) =>
      finding({ rule: "unknown-reference", table, address, value: "9.9", message });
    const many: ValidationReport = {
      valid: false,
      stats: { errors: 4, warnings: 0, info: 0 },
      findings: [
        unknown("Deltagare!A8", "Deltagare"),
        unknown("'Uppföljning'!A4", "Uppfoljning"),
        unknown("'Uppföljning'!A5", "Uppfoljning"),
        unknown("'Uppföljning'!A9", "Uppfoljning"),
      ],
    };
    const text = formatFindings({ file: "plan.xlsx", checkDate: "2026-05-20", report: many });
    expect(text.split("\n").slice(2)).toEqual([
      "FEL: Hänvisning till något som inte finns (4)",
      `  ${message}`,
      "    4 celler: Deltagare!A8, 'Uppföljning'!A4, A5, A9",
      "",
      "4 fel, 0 varningar, 0 upplysningar",
      "Planen har 4 fel som behöver rättas.",
    ]);
  });

  it("says warnings are to be looked at, not that the plan is valid, when there are no errors", () => {
    const warnings: ValidationReport = {
      valid: true,
      stats: { errors: 0, warnings: 14, info: 0 },
      findings: [],
    };
    const text = formatFindings({ file: "plan.xlsx", checkDate: "2026-05-20", report: warnings });
    expect(text.split("\n").at(-1)).toBe("Inga fel – 14 varningar att se över.");
  });

  it("says so when there is nothing to report", () => {
    const empty: ValidationReport = { valid: true, stats: { errors: 0, warnings: 0, info: 0 }, findings: [] };
    const text = formatFindings({ file: "plan.xlsx", checkDate: "2026-05-20", report: empty });
    expect(text.split("\n").slice(2)).toEqual([
      "Inga anmärkningar.",
      "",
      "0 fel, 0 varningar, 0 upplysningar",
      "Inga fel eller varningar: planen är giltig.",
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
