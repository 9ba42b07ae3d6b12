/**
 * The reliability properties (issue 8), as functions of a case count so that the tests run
 * them and `npm run bench` runs them again with a fixed count and reports `fuzz_cases`.
 * Each returns how many generated cases it ran; a failing case throws (fast-check's report).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import {
  createTertialReport,
  locatePlanTables,
  omittedCount,
  prepareFollowUps,
  validatePlan,
  PERIODS,
  type Finding,
  type ValidationReport,
} from "../../src/plan";
import { importPlanDocument, ImportError } from "../../src/import";
import { ExceljsWorkbook } from "../../src/xlsx";
import { planSnapshot } from "../helpers/snapshot-builder";
import { workbookFingerprint, withoutSheets } from "../helpers/workbook-fingerprint";
import { bytesOf, loadRaw, planWorkbook } from "../helpers/xlsx-fixtures";
import { generatedTablesArb, snapshotOfTables, type GeneratedTable } from "./arbitraries";
import { importTextArb } from "./import-arbitraries";
import { validPlanArb, type PlanRows } from "./plan-arbitraries";

export interface PropertyOptions {
  readonly numRuns: number;
  readonly seed?: number;
}

const ADDRESS = /^(?:'((?:[^']|'')+)'|([^'!]+))!([A-Z]+)(\d+)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Throws unless the finding's cell lies inside the generated table the validator took for it. */
function assertInsideTable(f: Finding, table: GeneratedTable | undefined): void {
  if (f.address === null) return;
  const match = ADDRESS.exec(f.address);
  if (!match || !table) throw new Error(`Adressen ${f.address} (${f.rule}) hör inte till någon tabell`);
  const sheet = match[1]?.replace(/''/g, "'") ?? match[2];
  const row = Number(match[4]);
  const column = columnNumber(match[3] ?? "");
  // A table's body has at least one row (an Excel table always shows one).
  const bottom = table.top + Math.max(table.rows.length, 1);
  const right = table.left + Math.max(table.headers.length, 1) - 1;
  const inside =
    sheet === table.sheet && row >= table.top && row <= bottom && column >= table.left && column <= right;
  if (!inside) throw new Error(`${f.rule}: ${f.address} ligger utanför ${f.table} på ${table.sheet}`);
  if (f.row !== null && row !== table.top + f.row)
    throw new Error(`${f.rule}: rad ${f.row} men adress ${f.address}`);
}

/** Throws unless the stats count every finding, a summary finding as the N it stands for. */
function assertStatsExact(report: ValidationReport): void {
  const counted = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counted[f.severity] += omittedCount(f) ?? 1;
  const { errors, warnings, info } = report.stats;
  if (counted.error !== errors || counted.warning !== warnings || counted.info !== info) {
    throw new Error(
      `stats ${JSON.stringify(report.stats)} men fynden räknas till ${JSON.stringify(counted)}`,
    );
  }
  if (report.valid !== (errors === 0)) throw new Error("valid stämmer inte med antalet fel");
}

/** Any table contents: validation returns findings, never throws, and addresses lie inside. */
export async function validationProperty({ numRuns, seed }: PropertyOptions): Promise<number> {
  let cases = 0;
  const checkDate = fc.constantFrom("2026-03-01", "2026-10-01", "2027-02-01");
  fc.assert(
    fc.property(generatedTablesArb, checkDate, (tables, date) => {
      cases++;
      const snapshot = snapshotOfTables(tables);
      const report = validatePlan(snapshot, { checkDate: date });
      const located = locatePlanTables(snapshot);
      for (const f of report.findings) {
        if (typeof f.message !== "string" || f.message.trim() === "")
          throw new Error(`${f.rule} utan meddelande`);
        const sheet = located.tables.get(f.table)?.location.sheet;
        assertInsideTable(
          f,
          tables.find((t) => t.sheet === sheet),
        );
      }
      assertStatsExact(report);
    }),
    { numRuns, ...(seed === undefined ? {} : { seed }) },
  );
  return cases;
}

/**
 * The plan written as Excel writes text: characters XML cannot hold as `_xHHHH_`, a literal
 * `_xHHHH_` as `_x005F_xHHHH_` (raw exceljs would write them raw, or drop them).
 */
function planFile(rows: PlanRows): Promise<Uint8Array> {
  const excelText = (text: string) =>
    text.replace(/_(?=x[0-9A-Fa-f]{4}_)|[\p{Cc}\uFFFE\uFFFF]|\p{Cs}/gu, (ch) =>
      ["\t", "\n", "\r"].includes(ch)
        ? ch
        : `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
  const escaped = Object.fromEntries(
    Object.entries(rows).map(([table, list]) => [
      table,
      list.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [k, typeof v === "string" ? excelText(v) : v]),
        ),
      ),
    ]),
  ) as PlanRows;
  return bytesOf(planWorkbook(escaped));
}

async function reopen(bytes: Uint8Array): Promise<ExceljsWorkbook> {
  return ExceljsWorkbook.fromBuffer(bytes, "plan.xlsx");
}

const periodArb = fc.constantFrom(...PERIODS);

/** Any valid plan: the report leaves every table as it was, and regenerating it gives the same sheet. */
export async function reportProperty({ numRuns, seed }: PropertyOptions): Promise<number> {
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(validPlanArb, periodArb, async (rows, period) => {
      cases++;
      if (!validatePlan(planSnapshot(rows), { checkDate: "2026-03-01" }).valid)
        throw new Error("planen är inte giltig");
      const original = await planFile(rows);
      const request = { period, year: 2026, createdOn: "2026-11-28" };
      const first = await reopen(original);
      const { sheet } = await createTertialReport(first, request, "refuse");
      const once = await first.toBuffer();
      const second = await reopen(once);
      const again = await createTertialReport(second, request, "refuse");
      if (!again.replaced || again.sheet !== sheet) throw new Error(`andra rapporten ersatte inte ${sheet}`);
      const twice = await second.toBuffer();
      const before = await printOf(original);
      const afterOnce = await printOf(once);
      const afterTwice = await printOf(twice);
      // The report adds its sheet and its marker name; nothing else may differ.
      const plain = (print: Fingerprint) =>
        withoutSheets(
          print,
          [sheet],
          print.definedNames.map((d) => d.name).filter((n) => OWN_NAME.test(n)),
        );
      expectEqual(plain(afterOnce), plain(before), "tabellerna efter rapporten");
      expectEqual(plain(afterTwice), plain(before), "tabellerna efter den andra rapporten");
      expectEqual(afterTwice.sheets[sheet], afterOnce.sheets[sheet], "rapportbladet skapat igen");
      for (const [address, cell] of Object.entries(afterOnce.sheets[sheet]?.cells ?? {})) {
        if (cell.type === ExcelJS.ValueType.Formula) throw new Error(`${sheet}!${address} är en formel`);
      }
    }),
    { numRuns, ...(seed === undefined ? {} : { seed }) },
  );
  return cases;
}

type Fingerprint = ReturnType<typeof workbookFingerprint>;
const OWN_NAME = /^(?:atgardsplan_rapport_|_xlnm\.)/;

async function printOf(bytes: Uint8Array): Promise<Fingerprint> {
  return workbookFingerprint(await loadRaw(bytes));
}

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what} skiljer sig:\n${a.slice(0, 2000)}\n!==\n${e.slice(0, 2000)}`);
}

/** `forbered` twice equals `forbered` once. */
export async function prepareProperty({ numRuns, seed }: PropertyOptions): Promise<number> {
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(validPlanArb, periodArb, async (rows, period) => {
      cases++;
      const first = await reopen(await planFile(rows));
      await prepareFollowUps(first, { period, year: 2026 });
      const once = await first.toBuffer();
      const second = await reopen(once);
      const result = await prepareFollowUps(second, { period, year: 2026 });
      if (result.added !== 0) throw new Error(`andra körningen lade till ${result.added} rader`);
      expectEqual(
        await printOf(await second.toBuffer()),
        await printOf(once),
        "arbetsboken efter två körningar",
      );
    }),
    { numRuns, ...(seed === undefined ? {} : { seed }) },
  );
  return cases;
}

/** Importing any text never throws anything but ImportError, and what it imports can be written and validated. */
export async function importProperty({ numRuns, seed }: PropertyOptions): Promise<number> {
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(importTextArb, async ({ fileName, data }) => {
      cases++;
      let tables;
      try {
        tables = (await importPlanDocument({ fileName, data }, { year: 2026 })).tables;
      } catch (error) {
        if (error instanceof ImportError && error.userMessage.trim() !== "") return;
        throw error;
      }
      const book = ExceljsWorkbook.empty();
      await book.createTables(tables);
      const reopened = await reopen(await book.toBuffer());
      validatePlan(await reopened.readSnapshot(), { checkDate: "2026-10-01" });
    }),
    { numRuns, ...(seed === undefined ? {} : { seed }) },
  );
  return cases;
}

/** Every property with its default case count in the tests. */
export const PROPERTIES = {
  validation: { run: validationProperty, numRuns: 300 },
  report: { run: reportProperty, numRuns: 25 },
  prepare: { run: prepareProperty, numRuns: 25 },
  import: { run: importProperty, numRuns: 60 },
} as const;
