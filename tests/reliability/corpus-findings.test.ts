/**
 * The corpus's readable workbooks through `validera --json`: each gives the findings the
 * contract (plan-workbook.md) asks for — the rule, severity, cell and value — and nothing
 * it does not. The check date is before every deadline, so no follow-up is due.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, removeTempDir } from "../helpers/cli";
import { CONTRACT_ERROR_CODES, LONGEST_TEXT, type HardWorkbook } from "../helpers/hard-workbooks";
import { brief, validateJson } from "./support";
import { writeCorpus } from "./support";

let dir = "";
let files = {} as Record<HardWorkbook, string>;

beforeAll(async () => {
  dir = makeTempDir("atgardsplan-korpus-");
  files = await writeCorpus(dir);
});
afterAll(() => removeTempDir(dir));

const run = (name: HardWorkbook) => validateJson(files[name]);

describe("validera on workbooks that hold a valid plan in an unusual shape", () => {
  it.each<HardWorkbook>([
    "only-headers",
    "headers-no-table",
    "plain-ranges",
    "table-name-case",
    "shared-array-formulas",
    "numbers-as-text",
    "hidden-sheets",
    "escaped-text",
  ])("reports nothing and exits 0: %s", async (name) => {
    const { status, report } = await run(name);
    expect(brief(report.findings)).toEqual([]);
    expect(report).toMatchObject({ valid: true, stats: { errors: 0, warnings: 0, info: 0 } });
    expect(status).toBe(0);
  });

  it("uses the table named Uppfoljning, not another table with the same columns", async () => {
    const { status, report } = await run("two-tables-same-columns");
    expect(brief(report.findings)).toEqual([]);
    expect(status).toBe(0);
  });
});

describe("validera on hard workbooks with something wrong", () => {
  it("quotes a sheet name with quotes, spaces and å/ä/ö as Excel does", async () => {
    const { status, report } = await run("sheet-name-quotes");
    expect(brief(report.findings)).toEqual(["enum error 'Uppföljning ''T1'' år 2026'!C2 T3"]);
    expect(report.findings[0]?.message).toMatch(/VB/);
    expect(status).toBe(1);
  });

  it("reports cells merged across the header and the body", async () => {
    const { status, report } = await run("merged-header-body");
    const merged = report.findings.filter((f) => f.rule === "merged-cells");
    expect(merged).toMatchObject([{ severity: "error", table: "Aktiviteter", address: "Aktiviteter!B1" }]);
    expect(status).toBe(1);
  });

  it("reports every Excel error value, plain and as a formula's cached result", async () => {
    const { status, report } = await run("error-values");
    const expected = CONTRACT_ERROR_CODES.flatMap((code, i) => [
      `formula-error error 'Uppföljning'!E${i + 2} ${code}`,
      `formula-error error 'Uppföljning'!H${i + 2} ${code}`,
    ]);
    expect(brief(report.findings)).toEqual(expected);
    expect(report.stats).toEqual({ errors: 18, warnings: 0, info: 0 });
    expect(status).toBe(1);
  });

  it("treats a formula without a cached value as an empty cell", async () => {
    const { status, report } = await run("formulas-without-values");
    expect(brief(report.findings)).toEqual(["required error 'Uppföljning'!F2 –"]);
    expect(status).toBe(1);
  });

  it("reads rich text and hyperlinks as their text, and ignores comments", async () => {
    const { status, report } = await run("rich-text-links-comments");
    // "T" + bold "3" is T3; the hyperlinked "Polisen" counts as the police's participation.
    expect(brief(report.findings)).toEqual(["enum error 'Uppföljning'!C2 T3"]);
    expect(status).toBe(1);
  });

  it("takes 1900-02-29 (serial 60) as a date and a pre-1900 date typed as text as a date", async () => {
    const { status, report } = await run("old-dates");
    expect(brief(report.findings)).toEqual([
      "report-date-range warning 'Uppföljning'!I2 1900-02-29",
      "report-date-range warning 'Uppföljning'!I3 1899-12-31",
    ]);
    expect(status).toBe(0);
  });

  it("reports an activity Nr stored as a number and as a date", async () => {
    const { status, report } = await run("nr-number-and-date");
    const nr = brief(report.findings.filter((f) => f.rule === "nr-not-text"));
    expect(nr).toEqual(["nr-not-text error Aktiviteter!A3 1.2", "nr-not-text error Deltagare!A2 2026-01-01"]);
    expect(status).toBe(1);
  });

  it("keeps text of 32,767 characters whole", async () => {
    const { status, report } = await run("longest-text");
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ rule: "enum", address: "'Uppföljning'!C3" });
    expect(report.findings[0]?.value).toBe("x".repeat(LONGEST_TEXT));
    expect(status).toBe(1);
  });

  it("keeps control characters, emoji and right-to-left text as they are", async () => {
    const { status, report } = await run("control-emoji-rtl");
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      rule: "enum",
      address: "'Uppföljning'!C2",
      value: "T1\u0007\u0001",
    });
    expect(status).toBe(1);
  });

  it("lists 500 unknown columns of 991 and sums up the rest, counting all", async () => {
    const { status, report } = await run("thousand-columns");
    expect(report.stats).toEqual({ errors: 0, warnings: 0, info: 991 });
    expect(report.findings).toHaveLength(501);
    expect(report.findings[0]).toMatchObject({
      rule: "column-unknown",
      address: "'Uppföljning'!J1",
      value: "Extra 1",
    });
    expect(report.findings[499]).toMatchObject({ value: "Extra 500" });
    expect(report.findings[500]).toEqual({
      rule: "column-unknown",
      severity: "info",
      table: "Uppfoljning",
      column: null,
      row: null,
      address: null,
      value: null,
      message: "… och 491 till av samma slag (Okänd kolumn).",
    });
    expect(status).toBe(0);
  });
});
