/**
 * `npm run bench -- validate`: how fast the plan is validated, on a plan of about 17,000
 * rows (bench/plan-generator.ts). Prints one JSON object of figures as its last line:
 *
 * - validate_ms: validatePlan alone on the snapshot, in process (median of 9 after warm-up); target ≤ 100
 * - read_ms: openWorkbookFile + readSnapshot (median of 3)
 * - validate_read_ratio: validate_ms / read_ms; target ≤ 0.33
 * - validate_memory_ms: validatePlan on the same plan built in memory (not read by exceljs)
 * - cli_validate_ms, cli_peak_rss_mb: the whole `node bin/atgardsplan.js validera FIL --json`
 *   process (median wall time of 3, highest peak RSS); targets ≤ 4000 ms and ≤ 400 MB
 * - tableschema_ms, tableschema_ratio: the same Aktiviteter and Uppföljning rows checked by
 *   the npm package tableschema (Frictionless Table Schema) with the equivalent schema,
 *   divided by validatePlan on a snapshot of just those two tables; target ≥ 20
 * - cli_small_validate_ms, node_start_ms, cli_small_validate_ratio: `validera` on the
 *   bundled example plan (8 activities) as a whole process, and a bare `node -e 0`, each the
 *   median wall time of 5 runs taken in turn; the ratio is what a user feels of start-up;
 *   target ≤ 4.5
 *
 * Targets are reported, never enforced.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Table } from "tableschema";
import { rawToText, validatePlan, type RawValue, type WorkbookSnapshot } from "../src/plan";
import { openWorkbookFile } from "../src/xlsx";
import { benchPlanSnapshot, generateBenchPlan } from "./plan-generator";

const CHECK_DATE = "2027-02-01"; // every period of 2026 is due
const log = (text: string) => process.stderr.write(`  ${text}\n`);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function time<T>(work: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

async function medianOf(
  runs: number,
  warmUp: number,
  work: () => Promise<unknown> | unknown,
): Promise<number> {
  for (let i = 0; i < warmUp; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await time(work))[0]);
  return median(times);
}

/** The snapshot with only the sheets holding the named tables. */
function onlyTables(snapshot: WorkbookSnapshot, names: readonly string[]): WorkbookSnapshot {
  return { sheets: snapshot.sheets.filter((s) => s.tables.some((t) => names.includes(t.name))) };
}

// ---- tableschema: the same two tables against the equivalent Table Schema ----

const ACTIVITY_NR = "^\\d+\\.\\d+$";
const DURATION = "^(?:[Tt]ills? ?vidare|\\d{4}-\\d{2}-\\d{2}\\s*(?:–| - |till)\\s*\\d{4}-\\d{2}-\\d{2})$";
const text = (name: string, required = false) => ({ name, type: "string", constraints: { required } });

const ACTIVITIES_SCHEMA = {
  fields: [
    { name: "Nr", type: "string", constraints: { required: true, pattern: ACTIVITY_NR } },
    text("Aktivitet", true),
    text("Beskrivning och syfte", true),
    text("Mätbara mål"),
    { name: "Löptid", type: "string", constraints: { required: true, pattern: DURATION } },
    text("Mötesfrekvens"),
    text("Sammankallande", true),
    text("Finansiering"),
    text("Kommunikation"),
  ],
  primaryKey: ["Nr"],
};

const FOLLOW_UPS_SCHEMA = {
  fields: [
    { name: "Aktivitet", type: "string", constraints: { required: true, pattern: ACTIVITY_NR } },
    { name: "År", type: "integer", constraints: { required: true } },
    { name: "Period", type: "string", constraints: { required: true, enum: ["T1", "T2", "VB"] } },
    {
      name: "Målet nått",
      type: "string",
      constraints: { required: true, enum: ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömt"] },
    },
    text("Kommentar"),
    text("Genomförda aktiviteter", true),
    { name: "Antal möten", type: "integer", constraints: { minimum: 0 } },
    text("Rapporterad av"),
    { name: "Rapportdatum", type: "date" },
  ],
  primaryKey: ["Aktivitet", "År", "Period"],
  foreignKeys: [{ fields: ["Aktivitet"], reference: { resource: "aktiviteter", fields: ["Nr"] } }],
};

/** A table's rows as a CSV reader would give them: text, "" for an empty cell. */
function inlineData(snapshot: WorkbookSnapshot, name: string): string[][] {
  const table = snapshot.sheets.flatMap((s) => s.tables).find((t) => t.name === name);
  if (!table) throw new Error(`${name} saknas i ögonblicksbilden`);
  const cell = (v: RawValue) => rawToText(v) ?? "";
  return [table.headers.map((h) => h ?? ""), ...table.rows.map((r) => r.map(cell))];
}

async function tableschemaCheck(activities: string[][], followUps: string[][]): Promise<number> {
  const activityTable = await Table.load(activities, { schema: ACTIVITIES_SCHEMA });
  const activityRows = (await activityTable.read({ keyed: true, forceCast: true })) as unknown[];
  const references = activityRows
    .filter((r): r is { Nr: string } => !(r instanceof Error) && typeof r === "object" && r !== null)
    .map((r) => ({ Nr: r.Nr }));
  const followUpTable = await Table.load(followUps, { schema: FOLLOW_UPS_SCHEMA });
  const followUpRows = (await followUpTable.read({
    forceCast: true,
    relations: { aktiviteter: references },
  })) as unknown[];
  return [...activityRows, ...followUpRows].filter((r) => r instanceof Error).length;
}

// ---- the command line as a process ----

interface CliRun {
  readonly ms: number;
  readonly rssMb: number | null;
  readonly status: number | null;
  readonly stdout: string;
}

function runCli(args: readonly string[]): Promise<CliRun> {
  const viaTime = existsSync("/usr/bin/time");
  const command = viaTime ? "/usr/bin/time" : process.execPath;
  const node = viaTime ? [process.execPath] : [];
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(command, [...(viaTime ? ["-v"] : []), ...node, "bin/atgardsplan.js", ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", fail);
    child.on("close", (status) => {
      const ms = performance.now() - start;
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
      done({ ms, rssMb: kb === undefined ? null : Number(kb) / 1024, status, stdout });
    });
  });
}

/** Peak RSS without /usr/bin/time: the built CLI in a wrapper that reports maxRSS. */
function wrapperRssMb(args: readonly string[]): number {
  const script =
    'const { main } = await import(new URL("build/cli.js", "file://" + process.cwd() + "/").href);' +
    "process.exitCode = await main(process.argv.slice(1));" +
    'process.stderr.write("MAXRSS " + process.resourceUsage().maxRSS + "\\n");';
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const kb = /MAXRSS (\d+)/.exec(result.stderr)?.[1];
  return kb === undefined ? NaN : Number(kb) / 1024;
}

/** Wall time of one node process in ms, and its exit status. */
function processMs(args: readonly string[]): { ms: number; status: number | null } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: "ignore" });
  return { ms: performance.now() - start, status: result.status };
}

/** `validera` on the example plan against a bare node, median of 5 each, taken in turn. */
function smallValidate(): { cliMs: number; nodeMs: number } {
  const args = [
    "bin/atgardsplan.js",
    "validera",
    "examples/atgardsplan-skarholmen.xlsx",
    "--datum",
    CHECK_DATE,
  ];
  processMs(args); // warm-up: the file system cache
  processMs(["-e", "0"]);
  const cli: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < 5; i++) {
    const run = processMs(args);
    if (run.status !== 0 && run.status !== 1) throw new Error(`validera gav status ${String(run.status)}`);
    cli.push(run.ms);
    bare.push(processMs(["-e", "0"]).ms);
  }
  return { cliMs: median(cli), nodeMs: median(bare) };
}

// ---- the run ----

const dir = mkdtempSync(join(tmpdir(), "atgardsplan-bench-"));
try {
  const file = join(dir, "stor-plan.xlsx");
  log("skapar planen …");
  const summary = await generateBenchPlan(file);
  log(`${summary.totalRows} rader: ${JSON.stringify(summary.rows)}`);

  let snapshot: WorkbookSnapshot = { sheets: [] };
  const readTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const [ms, read] = await time(async () => (await openWorkbookFile(file)).readSnapshot());
    readTimes.push(ms);
    snapshot = read;
  }
  const readMs = median(readTimes);
  log(`läsning ${readMs.toFixed(0)} ms`);

  const report = validatePlan(snapshot, { checkDate: CHECK_DATE });
  const validateMs = await medianOf(9, 3, () => validatePlan(snapshot, { checkDate: CHECK_DATE }));
  log(
    `validering ${validateMs.toFixed(1)} ms, ${report.findings.length} fynd ${JSON.stringify(report.stats)}`,
  );

  // The same plan built in memory (strings as V8 makes them from literals, not from exceljs's
  // XML parser): shows how much of validate_ms the string representation costs.
  const memory = benchPlanSnapshot();
  const memoryMs = await medianOf(9, 3, () => validatePlan(memory, { checkDate: CHECK_DATE }));
  log(`validering av samma plan byggd i minnet ${memoryMs.toFixed(1)} ms`);

  const twoTables = onlyTables(snapshot, ["Aktiviteter", "Uppfoljning"]);
  const twoTablesMs = await medianOf(9, 3, () => validatePlan(twoTables, { checkDate: CHECK_DATE }));
  const activities = inlineData(snapshot, "Aktiviteter");
  const followUps = inlineData(snapshot, "Uppfoljning");
  let tableschemaErrors = 0;
  const tableschemaMs = await medianOf(3, 1, async () => {
    tableschemaErrors = await tableschemaCheck(activities, followUps);
  });
  log(
    `tableschema ${tableschemaMs.toFixed(0)} ms (${tableschemaErrors} rader med fel), vår ${twoTablesMs.toFixed(1)} ms`,
  );

  log("bygger CLI …");
  execFileSync("npm", ["run", "build:cli"], { stdio: "ignore" });
  const args = ["validera", file, "--json", "--datum", CHECK_DATE];
  const runs: CliRun[] = [];
  for (let i = 0; i < 3; i++) runs.push(await runCli(args));
  const first = runs[0];
  if (first?.status !== 1 || (JSON.parse(first.stdout) as { valid: boolean }).valid !== false) {
    throw new Error(`CLI gav status ${String(first?.status)}`);
  }
  const rss = runs.map((r) => r.rssMb).filter((r): r is number => r !== null);
  const cliPeakRssMb = rss.length > 0 ? Math.max(...rss) : wrapperRssMb(args);
  const small = smallValidate();
  log(`validera på exempelplanen ${small.cliMs.toFixed(0)} ms, node -e 0 ${small.nodeMs.toFixed(0)} ms`);

  const figures = {
    bench_rows: summary.totalRows,
    validate_findings: report.findings.length,
    validate_ms: validateMs,
    read_ms: readMs,
    validate_read_ratio: validateMs / readMs,
    validate_memory_ms: memoryMs,
    cli_validate_ms: median(runs.map((r) => r.ms)),
    cli_peak_rss_mb: cliPeakRssMb,
    validate_two_tables_ms: twoTablesMs,
    tableschema_ms: tableschemaMs,
    tableschema_ratio: tableschemaMs / twoTablesMs,
    cli_small_validate_ms: small.cliMs,
    node_start_ms: small.nodeMs,
    cli_small_validate_ratio: small.cliMs / small.nodeMs,
  };
  const targets: [keyof typeof figures, "≤" | "≥", number][] = [
    ["validate_ms", "≤", 100],
    ["validate_read_ratio", "≤", 0.33],
    ["cli_validate_ms", "≤", 4000],
    ["cli_peak_rss_mb", "≤", 400],
    ["tableschema_ratio", "≥", 20],
    ["cli_small_validate_ratio", "≤", 4.5],
  ];
  for (const [name, op, target] of targets) {
    const value = figures[name];
    const met = op === "≤" ? value <= target : value >= target;
    log(`${met ? "✓" : "✗"} ${name} = ${Number(value.toFixed(3))} (mål ${op} ${target})`);
  }
  console.log(JSON.stringify(figures));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
