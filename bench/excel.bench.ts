/**
 * `npm run bench -- excel`: round trips of the Office.js adapter, running on Microsoft's own
 * Excel client library against the simulated Excel (tests/office-host) that holds the
 * 2,000-activity bench plan (bench/plan-generator.ts, written with raw exceljs and opened
 * into it). Syncs and sizes are measured at the native bridge, from the client's own traffic
 * (the client's clean-up request after each `Excel.run` is not a sync of the add-in's and
 * is left out). Prints one JSON object of figures as its last line:
 *
 * - validate_syncs: `context.sync()` calls of the first readSnapshot (what validation reads
 *   when the pane opens: the lists, then what they choose, src/excel/read-snapshot.ts); target 2
 * - revalidate_syncs: the same for the next readSnapshot of the same port (validating again,
 *   "Kontrollera medan jag skriver"); target 1
 * - report_syncs: syncs of createTertialReport (T2) through an OfficeWorkbook that has read the
 *   workbook once (as the task pane's has, when it opens), reading included; target ≤ 3
 * - report_vb_syncs: the same for the verksamhetsberättelse (T1, T2 and VB side by side), whose
 *   write is larger than one 5 MB request and is cut into more
 * - prepare_syncs: syncs of prepareFollowUps for T1 of the next year, the port warm as above;
 *   target ≤ 3
 * - read_request_kb / read_response_mb: the largest request and response of the first
 *   readSnapshot (Excel on the web allows 5 MB each)
 * - report_max_request_mb: the largest request of the VB report's write (limit 5 MB)
 * - validate_sim_ms, report_sim_ms: wall time over the client and the simulated Excel (median
 *   of 3; not Excel's speed)
 *
 * Targets are reported, never enforced.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { OfficeWorkbook } from "../src/excel";
import { createTertialReport, prepareFollowUps } from "../src/plan";
import { excelFromExceljs, type SimulatedExcel } from "../tests/office-host";
import { generateBenchPlan } from "./plan-generator";

const log = (text: string) => process.stderr.write(`  ${text}\n`);
const MB = 1024 * 1024;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const portOn = (excel: SimulatedExcel) => new OfficeWorkbook({ run: excel.run });
const open = (book: ExcelJS.Workbook) => excelFromExceljs(book);

/** A port that has read the workbook once, as the task pane's has; the syncs counted from here. */
async function warmPort(excel: SimulatedExcel): Promise<OfficeWorkbook> {
  const port = portOn(excel);
  await port.readSnapshot();
  excel.requests.length = 0;
  return port;
}

const dir = mkdtempSync(join(tmpdir(), "atgardsplan-excel-bench-"));
try {
  const file = join(dir, "plan.xlsx");
  log("skriver bänkplanen (2 000 aktiviteter) …");
  await generateBenchPlan(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);

  const readTimes: number[] = [];
  let read: SimulatedExcel | null = null;
  for (let i = 0; i < 3; i++) {
    const excel = open(book);
    const start = performance.now();
    await portOn(excel).readSnapshot();
    readTimes.push(performance.now() - start);
    read = excel;
  }
  const again = open(book);
  await (await warmPort(again)).readSnapshot();

  const reportTimes: number[] = [];
  let report: SimulatedExcel | null = null;
  for (let i = 0; i < 3; i++) {
    const excel = open(book);
    const port = await warmPort(excel);
    const start = performance.now();
    await createTertialReport(port, { period: "T2", year: 2026 }, "refuse");
    reportTimes.push(performance.now() - start);
    report = excel;
  }
  const annual = open(book);
  await createTertialReport(await warmPort(annual), { period: "VB", year: 2026 }, "refuse");

  const prepare = open(book);
  await prepareFollowUps(await warmPort(prepare), { period: "T1", year: 2027 });

  const readSyncs = read?.syncs ?? [];
  const figures = {
    validate_syncs: read?.syncCount ?? -1,
    revalidate_syncs: again.syncCount,
    report_syncs: report?.syncCount ?? -1,
    report_vb_syncs: annual.syncCount,
    prepare_syncs: prepare.syncCount,
    read_request_kb: Math.max(...readSyncs.map((r) => r.requestBytes)) / 1024,
    read_response_mb: Math.max(...readSyncs.map((r) => r.responseBytes)) / MB,
    report_max_request_mb: Math.max(...annual.syncs.map((r) => r.requestBytes)) / MB,
    validate_sim_ms: median(readTimes),
    report_sim_ms: median(reportTimes),
  };
  const targets: [keyof typeof figures, number][] = [
    ["validate_syncs", 2],
    ["revalidate_syncs", 1],
    ["report_syncs", 3],
    ["prepare_syncs", 3],
    ["read_response_mb", 5],
    ["report_max_request_mb", 5],
  ];
  for (const [name, target] of targets) {
    const value = figures[name];
    log(`${value <= target ? "✓" : "✗"} ${name} = ${Number(value.toFixed(2))} (mål ≤ ${target})`);
  }
  console.log(JSON.stringify(figures));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
