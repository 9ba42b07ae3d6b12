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
import {
  ACTIVITIES_TABLE,
  FOLLOW_UPS_TABLE,
  GOAL_STATUSES,
  PERIODS,
  rawToText,
  validatePlan,
  type ColumnDef,
  type RawValue,
  type TableDef,
  type WorkbookSnapshot,
} from "../src/plan";
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

/** The Table Schema field equivalent to each contract column type. */
function fieldOf(column: ColumnDef): Record<string, unknown> {
  const required = { required: column.required };
  const field = (type: string, constraints: Record<string, unknown> = {}) => ({
    name: column.header,
    type,
    constraints: { ...required, ...constraints },
  });
  switch (column.type) {
    case "text":
      return field("string");
    case "activityNr":
      return field("string", { pattern: ACTIVITY_NR });
    case "duration":
      return field("string", { pattern: DURATION });
    case "integer":
      return field("integer", { minimum: 0 });
    case "year":
      return field("integer", { minimum: 2000, maximum: 2100 });
    case "areaNr":
      return field("integer", { minimum: 1 });
    case "number":
      return field("number");
    case "date":
      return field("date");
    case "period":
      return field("string", { enum: [...PERIODS] });
    case "goalStatus":
      return field("string", { enum: [...GOAL_STATUSES] });
  }
}

/**
 * The contract's table as a Table Schema: every column (so a column the contract gains is
 * checked on both sides), its unique key as the primary key.
 */
function schemaOf(def: TableDef, foreignKeys: unknown[] = []): Record<string, unknown> {
  const header = (key: string) => def.columns.find((c) => c.key === key)?.header ?? key;
  return { fields: def.columns.map(fieldOf), primaryKey: def.uniqueKey.map(header), foreignKeys };
}

const ACTIVITIES_SCHEMA = schemaOf(ACTIVITIES_TABLE);
const FOLLOW_UPS_SCHEMA = schemaOf(FOLLOW_UPS_TABLE, [
  { fields: ["Aktivitet"], reference: { resource: "aktiviteter", fields: ["Nr"] } },
]);

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
  const errors = [...activityRows, ...followUpRows].filter((r): r is Error => r instanceof Error);
  // A row that does not fit the schema at all means the schema is not the table's: the
  // comparison would time tableschema rejecting rows, not checking them.
  const misfit = errors.find((e) => /does not match the \d+ fields/.test(e.message));
  if (misfit) throw new Error(`tableschema-schemat passar inte tabellen: ${misfit.message}`);
  return errors.length;
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
