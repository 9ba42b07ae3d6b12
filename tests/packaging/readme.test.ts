/**
 * The README's command-line examples are true: run as written (with the built CLI for
 * `npx atgardsplan`), every command ends as the README says and prints what it shows.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, ROOT, runCli } from "../helpers/cli";

const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The code blocks (language and lines) that follow `marker` in the README, in order. */
function blocksAfter(marker: string): { lang: string; lines: string[] }[] {
  const start = README.indexOf(marker);
  if (start < 0) throw new Error(`README has no "${marker}"`);
  return [...README.slice(start).matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({
    lang: m[1] ?? "",
    lines: (m[2] ?? "").trimEnd().split("\n"),
  }));
}

/**
 * `npx atgardsplan …` as arguments for the built CLI, and the file standard output goes to;
 * `examples/` resolved from the repository when the command runs elsewhere.
 */
function argumentsOf(command: string, elsewhere: boolean): { args: string[]; redirect: string | null } {
  const [line = "", redirect = null] = command.split(" > ");
  const words = line.replace(/^.*npx atgardsplan /, "").split(" ");
  const args = words.map((w) => (elsewhere && w.startsWith("examples/") ? join(ROOT, w) : w));
  return { args, redirect };
}

/** Each line the README shows, in order, among the output's lines (… stands for any lines). */
function expectShown(output: string, shown: readonly string[]): void {
  const lines = output.trimEnd().split("\n");
  let at = 0;
  for (const line of shown.filter((l) => l.trim() !== "" && l.trim() !== "…")) {
    const found = lines.indexOf(line, at);
    expect(found, `README line not in the output (in order): ${line}`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}

let dir = "";
beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-readme-");
});
afterAll(() => removeTempDir(dir));

describe("README", () => {
  it("'Kom igång': validera on the example prints what the README shows", async () => {
    const [command, output] = blocksAfter("## Kom igång");
    expect(command?.lang).toBe("sh");
    expect(output?.lang).toBe("text");
    const { args } = argumentsOf(command?.lines[0] ?? "", false);
    const run = await runCli(args, { cwd: ROOT });
    expect(run.status).toBe(0);
    expectShown(run.stdout, output?.lines ?? []);
  });

  it("the command-line example runs as written, before T1's deadline ending with no errors", async () => {
    const [commands, output] = blocksAfter("Exempel, med planen innan T1:s rapportdag");
    expect(commands?.lines).toHaveLength(6);
    let last = "";
    for (const command of commands?.lines ?? []) {
      const { args, redirect } = argumentsOf(command, true);
      const run = await runCli(args, { cwd: dir });
      expect(run.status, `${command}\n${run.stderr}`).toBe(0);
      if (redirect) writeFileSync(join(dir, redirect), run.stdout);
      else last = run.stdout;
    }
    const json = JSON.parse(readFileSync(join(dir, "resultat.json"), "utf8")) as {
      valid: boolean;
      stats: { errors: number };
    };
    expect([json.valid, json.stats.errors]).toEqual([true, 0]);
    // The README shows how the output ends (… for the lines between).
    expectShown(last, output?.lines ?? []);
    expect(last.trimEnd().split("\n").at(-1)).toBe(output?.lines.at(-1));
  });
});
