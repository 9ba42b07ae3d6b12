/**
 * The reliability properties (tests/reliability/properties.ts) with their default case
 * counts: validation of any table contents, the report and follow-up round trips over any
 * valid plan, and the import of any text.
 */
import { describe, expect, it } from "vitest";
import { PROPERTIES } from "./properties";

describe("validatePlan", () => {
  it("returns findings for any table contents, never throws, and addresses cells inside the table", async () => {
    const { run, numRuns } = PROPERTIES.validation;
    expect(await run({ numRuns })).toBe(numRuns);
  });
});

describe("createTertialReport", () => {
  it("leaves every table of any valid plan as it was, and regenerates the same sheet", async () => {
    const { run, numRuns } = PROPERTIES.report;
    expect(await run({ numRuns })).toBe(numRuns);
  }, 120_000);
});

describe("prepareFollowUps", () => {
  it("run twice gives the workbook it gives run once", async () => {
    const { run, numRuns } = PROPERTIES.prepare;
    expect(await run({ numRuns })).toBe(numRuns);
  }, 120_000);
});

describe("importPlanDocument", () => {
  it("imports any text or says why not, and what it imports can be written and validated", async () => {
    const { run, numRuns } = PROPERTIES.import;
    expect(await run({ numRuns })).toBe(numRuns);
  }, 120_000);
});
