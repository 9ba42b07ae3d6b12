/**
 * The limits of issue 8 as outcomes (speed and memory are measured in `npm run bench -- big`,
 * never here): the 200,000-row table gives exact counts and a capped list through the real
 * command line, and a workbook beyond what fits in memory stops at once with a message.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE } from "../helpers/cli";
import { oversizedWorkbook } from "../helpers/hard-workbooks";
import { bigPlanWorkbook } from "../helpers/raw-plan";
import type { JsonReport } from "./support";

let dir = "";
beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-granser-");
});
afterAll(() => removeTempDir(dir));

describe("validera on a table of 200,000 rows", () => {
  it("counts every error and lists 500 of a rule with a summary of the rest", async () => {
    const [bytes, summary] = await bigPlanWorkbook(200_000);
    const file = join(dir, "stor.xlsx");
    writeFileSync(file, bytes);
    const result = await runCli(["validera", file, "--json", "--datum", "2026-03-01"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    // Every 50th row has Period "T3": 4,000 enum errors and nothing else wrong.
    expect(summary.badPeriods).toBe(4000);
    expect(report.stats).toEqual({ errors: 4000, warnings: 0, info: 0 });
    const enums = report.findings.filter((f) => f.rule === "enum");
    expect(enums).toHaveLength(501);
    expect(enums[0]).toMatchObject({ address: "'Uppföljning'!C51", value: "T3" });
    expect(enums[500]?.message).toBe("… och 3500 till av samma slag (Värde som inte finns i listan).");
  }, 240_000);
});

describe("validera on a workbook too large to read", () => {
  it("stops before reading it, saying how large it is and what to do", async () => {
    const file = join(dir, "for-stor.xlsx");
    writeFileSync(file, await oversizedWorkbook(160));
    const result = await runCli(["validera", file]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /för stor för att läsas: bladen innehåller 160 MB data och gränsen är 120 MB/,
    );
    expect(result.stderr).toMatch(/dela upp arbetsboken/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  }, 120_000);
});
