/**
 * Shared by the reliability tests: the corpus written to a folder, and the CLI run in
 * process (the same `runCli` the bundled command line runs) with its output collected.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Finding, FindingStats } from "../../src/plan";
import { runCli } from "../../src/cli/main";
import { HARD_WORKBOOKS, type HardWorkbook } from "../helpers/hard-workbooks";

/** Before every deadline of 2026, so that no follow-up is due. */
export const CHECK_DATE = "2026-03-01";

/** Writes every hard workbook as `<name>.xlsx` in `dir`; returns the paths by name. */
export async function writeCorpus(dir: string): Promise<Record<HardWorkbook, string>> {
  const paths = {} as Record<HardWorkbook, string>;
  for (const [name, build] of Object.entries(HARD_WORKBOOKS) as [HardWorkbook, () => Promise<Uint8Array>][]) {
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, await build());
    paths[name] = path;
  }
  return paths;
}

export interface InProcessResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function cli(args: readonly string[]): Promise<InProcessResult> {
  let stdout = "";
  let stderr = "";
  const status = await runCli(
    args,
    { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) },
    CHECK_DATE,
  );
  return { status, stdout, stderr };
}

export interface JsonReport {
  readonly valid: boolean;
  readonly stats: FindingStats;
  readonly findings: Finding[];
}

/** `validera FILE --json --datum CHECK_DATE`, its status and parsed document. */
export async function validateJson(
  file: string,
): Promise<{ status: number; report: JsonReport; stderr: string }> {
  const result = await cli(["validera", file, "--json", "--datum", CHECK_DATE]);
  if (result.stdout === "") throw new Error(`no JSON (status ${result.status}): ${result.stderr}`);
  return { status: result.status, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

/** The findings as "rule severity address value", for compact expectations. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.severity} ${f.address ?? "–"} ${f.value ?? "–"}`);
}
