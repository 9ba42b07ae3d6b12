import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE } from "../helpers/cli";
import { ACTIVITY_NAMES, writeReportFixture } from "../helpers/report-fixture";
import { readDocx } from "../docx/docx-reader";

let dir = "";
let counter = 0;

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-rapport-docx-");
});
afterAll(() => removeTempDir(dir));

async function fixture(): Promise<string> {
  const path = join(dir, `plan-${++counter}.xlsx`);
  await writeReportFixture(path);
  return path;
}

describe("atgardsplan rapport --format docx", () => {
  it("writes the report as a Word document and leaves the plan as it was", async () => {
    const path = await fixture();
    const plan = readFileSync(path);
    const out = join(dir, "rapport.docx");
    const run = await runCli(["rapport", path, "--period", "T2", "--format", "docx", "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      `Skapade Word-dokumentet ${out} med rapporten för T2 2026.\n` +
        "6 aktiviteter: 5 rapporterade, 1 saknar uppföljning.\n",
    );
    expect(readFileSync(path).equals(plan)).toBe(true);
    const { paragraphs } = await readDocx(readFileSync(out));
    const activities = paragraphs.filter((p) => p.style?.toLowerCase() === "heading 2").map((p) => p.text);
    expect(activities).toEqual(Object.entries(ACTIVITY_NAMES).map(([nr, name]) => `${nr} ${name}`));
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it.each([
    [["--format", "docx"], "Ange var Word-dokumentet ska sparas med -o"],
    [
      ["--format", "docx", "-o", "rapport.xlsx"],
      'Filnamnet måste sluta på .docx för ett Word-dokument: "rapport.xlsx"',
    ],
    [
      ["--format", "pdf", "-o", "rapport.pdf"],
      'Okänt format "pdf" för --format. Tillåtna värden: xlsx och docx.',
    ],
    [["--format", "docx", "--publicera", "-o", "r.docx"], "--publicera publicerar rapportbladet (.xlsx)"],
  ])("stops with status 2 and a Swedish message: %j", async (options, message) => {
    const path = await fixture();
    const plan = readFileSync(path);
    const run = await runCli(["rapport", path, "--period", "T2", ...options], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(path).equals(plan)).toBe(true);
    expect(existsSync(join(dir, "r.docx"))).toBe(false);
  });

  it("replaces an existing document only with --skriv-over", async () => {
    const path = await fixture();
    const out = join(dir, "finns.docx");
    writeFileSync(out, "mitt eget dokument");
    const refused = await runCli(["rapport", path, "--period", "T1", "--format", "docx", "-o", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("finns redan och lämnades orörd");
    expect(readFileSync(out, "utf8")).toBe("mitt eget dokument");
    const replaced = await runCli([
      "rapport",
      path,
      "--period",
      "T1",
      "--format",
      "docx",
      "-o",
      out,
      "--skriv-over",
    ]);
    expect(replaced.status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});
