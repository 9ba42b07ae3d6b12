/**
 * `npm run bench -- report`: how fast the tertial report is made, on the 2,000-activity
 * bench plan with follow-ups for T1, T2 and VB (bench/plan-generator.ts). Prints one JSON
 * object of figures as its last line:
 *
 * - report_model_ms: buildTertialReport for T2 on the plan's rows (median of 9 after
 *   warm-up); target ≤ 200
 * - report_read_plan_ms: locatePlanTables + readPlanData on the snapshot (median of 9)
 * - report_layout_ms: layoutTertialReport of that model (median of 9)
 * - report_sheet_rows: rows in the report sheet
 * - cli_report_ms: the whole `node bin/atgardsplan.js rapport FIL --period T2 -o UT.xlsx`
 *   process (median wall time of 3); target ≤ 6000
 * - cli_report_docx_ms: the same with `--format docx -o UT.docx` (median of 3); target ≤ 6000
 * - report_pages: the report sheet's manual page breaks + 1
 *
 * Targets are reported, never enforced.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildTertialReport, layoutTertialReport, locatePlanTables, readPlanData } from "../src/plan";
import { openWorkbookFile } from "../src/xlsx";
import { generateBenchPlan } from "./plan-generator";

const log = (text: string) => process.stderr.write(`  ${text}\n`);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function medianOf(runs: number, warmUp: number, work: () => unknown): number {
  for (let i = 0; i < warmUp; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

function runCli(args: readonly string[]): Promise<{ ms: number; status: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["bin/atgardsplan.js", ...args], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", fail);
    child.on("close", (status) => done({ ms: performance.now() - start, status, stderr }));
  });
}

const dir = mkdtempSync(join(tmpdir(), "atgardsplan-bench-report-"));
try {
  const file = join(dir, "stor-plan.xlsx");
  log("skapar planen …");
  const summary = await generateBenchPlan(file);
  log(`${summary.totalRows} rader, ${summary.rows.Aktiviteter} aktiviteter`);
  const snapshot = await (await openWorkbookFile(file)).readSnapshot();

  const readPlanMs = medianOf(9, 2, () => readPlanData(locatePlanTables(snapshot)));
  const plan = readPlanData(locatePlanTables(snapshot));
  const year = plan.info?.year ?? 2026;
  const report = buildTertialReport(plan, "T2", year);
  const modelMs = medianOf(9, 3, () => buildTertialReport(plan, "T2", year));
  const layout = layoutTertialReport(report);
  const layoutMs = medianOf(9, 2, () => layoutTertialReport(report));
  log(
    `modell ${modelMs.toFixed(1)} ms (${JSON.stringify(report.summary.total)}), ` +
      `layout ${layoutMs.toFixed(1)} ms, ${layout.rows.length} rader`,
  );

  log("bygger CLI …");
  execFileSync("npm", ["run", "build:cli"], { stdio: "ignore" });
  const out = join(dir, "rapport.xlsx");
  const timed = async (args: readonly string[]): Promise<number> => {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const run = await runCli(args);
      if (run.status !== 0) throw new Error(`CLI gav status ${String(run.status)}: ${run.stderr}`);
      runs.push(run.ms);
    }
    return median(runs);
  };
  const cliReportMs = await timed(["rapport", file, "--period", "T2", "-o", out, "--skriv-over"]);
  const docx = join(dir, "rapport.docx");
  const cliDocxMs = await timed([
    "rapport",
    file,
    "--period",
    "T2",
    "--format",
    "docx",
    "-o",
    docx,
    "--skriv-over",
  ]);

  const figures = {
    report_model_ms: modelMs,
    report_read_plan_ms: readPlanMs,
    report_layout_ms: layoutMs,
    report_sheet_rows: layout.rows.length,
    report_pages: (layout.pageBreaks?.length ?? 0) + 1,
    cli_report_ms: cliReportMs,
    cli_report_docx_ms: cliDocxMs,
  };
  const targets: [keyof typeof figures, number][] = [
    ["report_model_ms", 200],
    ["cli_report_ms", 6000],
    ["cli_report_docx_ms", 6000],
  ];
  for (const [name, target] of targets) {
    const value = figures[name];
    log(`${value <= target ? "✓" : "✗"} ${name} = ${Number(value.toFixed(1))} (mål ≤ ${target})`);
  }
  console.log(JSON.stringify(figures));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
