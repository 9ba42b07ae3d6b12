/**
 * `npm run bench -- summarize`: `atgardsplan sammanstall` over a folder of district plans,
 * each 4 areas × 10 activities with follow-ups for T1, T2 and VB (bench/plan-generator.ts,
 * a seed per district). Prints one JSON object of figures as its last line:
 *
 * - summarize_50_ms, summarize_50_rss_mb: the whole `node bin/atgardsplan.js sammanstall
 *   MAPP --period T2 -o UT.xlsx` process over 50 plans: wall time and peak resident memory;
 *   limits 10,000 ms and 400 MB
 * - summarize_10_ms, summarize_10_rss_mb: the same over 10 of those plans, to show that
 *   memory stays flat in the number of plans (one workbook in memory at a time)
 * - summarize_50_activities: the activities the 50-plan summary counted (50 × 40)
 *
 * Limits are reported, never enforced.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCliMeasured } from "./cli-run";
import { generateBenchPlan } from "./plan-generator";

const log = (text: string) => process.stderr.write(`  ${text}\n`);
const PLANS = 50;

async function summarize(folder: string, out: string) {
  const run = await runCliMeasured(["sammanstall", folder, "--period", "T2", "-o", out]);
  if (run.status !== 0) throw new Error(`sammanstall gav status ${String(run.status)}: ${run.stderr}`);
  const activities = Number(/Totalt (\d+) aktiviteter/.exec(run.stdout)?.[1] ?? NaN);
  return { ...run, activities };
}

const dir = mkdtempSync(join(tmpdir(), "atgardsplan-bench-summarize-"));
try {
  const all = join(dir, "alla");
  const some = join(dir, "tio");
  mkdirSync(all);
  mkdirSync(some);
  log(`skapar ${PLANS} planer med 40 aktiviteter …`);
  for (let i = 1; i <= PLANS; i++) {
    const name = `stadsdel-${String(i).padStart(2, "0")}.xlsx`;
    const options = { areas: 4, activitiesPerArea: 10, seed: 1000 + i, district: `Stadsdel ${i}` };
    await generateBenchPlan(join(all, name), options);
    if (i <= 10) await generateBenchPlan(join(some, name), options);
  }
  log("bygger CLI …");
  execFileSync("npm", ["run", "build:cli"], { stdio: "ignore" });
  const ten = await summarize(some, join(dir, "tio.xlsx"));
  log(`10 planer: ${ten.ms.toFixed(0)} ms, ${ten.rssMb.toFixed(0)} MB`);
  const fifty = await summarize(all, join(dir, "alla.xlsx"));
  log(`50 planer: ${fifty.ms.toFixed(0)} ms, ${fifty.rssMb.toFixed(0)} MB, ${fifty.activities} aktiviteter`);
  const figures = {
    summarize_50_ms: fifty.ms,
    summarize_50_rss_mb: fifty.rssMb,
    summarize_10_ms: ten.ms,
    summarize_10_rss_mb: ten.rssMb,
    summarize_50_activities: fifty.activities,
  };
  for (const [name, value, limit] of [
    ["summarize_50_ms", fifty.ms, 10_000],
    ["summarize_50_rss_mb", fifty.rssMb, 400],
  ] as const) {
    log(`${value <= limit ? "✓" : "✗"} ${name} = ${value.toFixed(0)} (gräns ≤ ${limit})`);
  }
  console.log(JSON.stringify(figures));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
