/**
 * `npm run bench -- big`: the limits of issue 8. Prints one JSON object of figures as its
 * last line:
 *
 * - big_rows: Uppfoljning rows of the generated workbook (200,000; every 50th has Period "T3")
 * - big_validate_ms, big_validate_rss_mb: the whole `node bin/atgardsplan.js validera FIL
 *   --json` process on it: wall time and peak resident memory; limits 30,000 ms and 1,536 MB
 * - big_findings_listed: findings in its JSON (at most 500 per rule, plus one summary each)
 * - big_forbered_ms, big_forbered_rss_mb: the whole `node bin/atgardsplan.js forbered FIL
 *   --period T1 --ar 2099` process on it (adds 1,000 rows to the 200,000): wall time and peak
 *   resident memory; limits 60,000 ms and 1,536 MB
 * - fuzz_cases: generated cases the reliability properties ran (tests/reliability/properties.ts,
 *   fixed seed), all passing
 *
 * Limits are reported, never enforced.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bigPlanWorkbook } from "../tests/helpers/raw-plan";
import { PROPERTIES } from "../tests/reliability/properties";
import { runCliMeasured as runCli } from "./cli-run";

const log = (text: string) => process.stderr.write(`  ${text}\n`);

const dir = mkdtempSync(join(tmpdir(), "atgardsplan-big-"));
try {
  log("skapar arbetsboken med 200 000 uppföljningsrader …");
  const [bytes, summary] = await bigPlanWorkbook(200_000);
  const file = join(dir, "stor-plan.xlsx");
  writeFileSync(file, bytes);
  log("bygger CLI …");
  execFileSync("npm", ["run", "build:cli"], { stdio: "ignore" });
  const run = await runCli(["validera", file, "--json", "--datum", "2027-02-01"]);
  const report = JSON.parse(run.stdout) as { stats: { errors: number }; findings: unknown[] };
  if (run.status !== 1 || report.stats.errors !== summary.badPeriods) {
    throw new Error(`validera gav status ${String(run.status)} och ${report.stats.errors} fel`);
  }
  log(
    `validera: ${run.ms.toFixed(0)} ms, ${run.rssMb.toFixed(0)} MB, ${report.findings.length} fynd i listan`,
  );

  const forbered = await runCli(["forbered", file, "--period", "T1", "--ar", "2099"]);
  if (forbered.status !== 0 || !forbered.stdout.includes("Lade till 1000 uppföljningsrader")) {
    throw new Error(`forbered gav status ${String(forbered.status)}: ${forbered.stdout}`);
  }
  log(`forbered: ${forbered.ms.toFixed(0)} ms, ${forbered.rssMb.toFixed(0)} MB`);

  let fuzzCases = 0;
  for (const [name, property] of Object.entries(PROPERTIES)) {
    const cases = await property.run({ numRuns: property.numRuns * 2, seed: 20261128 });
    log(`egenskap ${name}: ${cases} fall`);
    fuzzCases += cases;
  }

  const figures = {
    big_rows: summary.followUpRows,
    big_validate_ms: run.ms,
    big_validate_rss_mb: run.rssMb,
    big_findings_listed: report.findings.length,
    big_forbered_ms: forbered.ms,
    big_forbered_rss_mb: forbered.rssMb,
    fuzz_cases: fuzzCases,
  };
  for (const [name, value, limit] of [
    ["big_validate_ms", run.ms, 30_000],
    ["big_validate_rss_mb", run.rssMb, 1536],
    ["big_forbered_ms", forbered.ms, 60_000],
    ["big_forbered_rss_mb", forbered.rssMb, 1536],
  ] as const) {
    log(`${value <= limit ? "✓" : "✗"} ${name} = ${value.toFixed(0)} (gräns ≤ ${limit})`);
  }
  console.log(JSON.stringify(figures));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
