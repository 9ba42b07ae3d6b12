import type ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE } from "../helpers/cli";
import { buildReportWorkbook, reportPlanTables, writeReportFixture } from "../helpers/report-fixture";
import {
  fingerprintFile,
  loadWorkbook,
  withoutSheets,
  type SheetFingerprint,
} from "../helpers/workbook-fingerprint";

let dir = "";
let counter = 0;

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-forbered-");
});
afterAll(() => removeTempDir(dir));

async function fixture(): Promise<string> {
  const path = join(dir, `plan-${++counter}.xlsx`);
  await writeReportFixture(path);
  return path;
}

function followUpSheet(book: ExcelJS.Workbook): ExcelJS.Worksheet {
  const found = book.getWorksheet("Uppföljning");
  if (!found) throw new Error("no Uppföljning");
  return found;
}

/** Rows of Uppföljning from `first` on, columns A–I. */
function rowsFrom(ws: ExcelJS.Worksheet, first: number, last: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = first; r <= last; r++) {
    rows.push([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => ws.getRow(r).getCell(c).value ?? null));
  }
  return rows;
}

function tableRef(ws: ExcelJS.Worksheet): string | undefined {
  const table = (ws as unknown as { tables: Record<string, { table?: { tableRef?: string } }> }).tables
    .Uppfoljning;
  return table?.table?.tableRef;
}

const EXISTING = reportPlanTables().Uppfoljning.length;

describe("atgardsplan forbered", () => {
  it("adds a row with Aktivitet, År and Period for each activity without one, and the table grows", async () => {
    const path = await fixture();
    const run = await runCli(["forbered", path, "--period", "T2"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Lade till 1 uppföljningsrad för T2 2026");
    const ws = followUpSheet(await loadWorkbook(path));
    const newRow = EXISTING + 2;
    expect(rowsFrom(ws, newRow, newRow)).toEqual([["2.2", 2026, "T2", null, null, null, null, null, null]]);
    expect(tableRef(ws)).toBe(`A1:I${newRow}`);
  });

  it("adds the rows in Nr order after the existing ones, for the year given", async () => {
    const path = await fixture();
    const run = await runCli(["prepare", path, "--period", "vb", "--ar", "2027"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Lade till 6 uppföljningsrader och 2 bedömningsrader för VB 2027");
    const ws = followUpSheet(await loadWorkbook(path));
    const first = EXISTING + 2;
    expect(rowsFrom(ws, first, first + 5).map((r) => r.slice(0, 3))).toEqual(
      ["1.1", "1.2", "1.10", "2.1", "2.2", "2.3"].map((nr) => [nr, 2027, "VB"]),
    );
    // Each area gets its Bedömning row below the fixture's four, keys only.
    const assessments = (await loadWorkbook(path)).getWorksheet("Bedömning");
    const added = [6, 7].map((r) =>
      [1, 2, 3, 4, 5, 6].map((c) => assessments?.getRow(r).getCell(c).value ?? null),
    );
    expect(added).toEqual([
      [1, 2027, "VB", null, null, null],
      [2, 2027, "VB", null, null, null],
    ]);
  });

  it("adds nothing and leaves the file as it was the second time", async () => {
    const path = await fixture();
    expect((await runCli(["forbered", path, "--period", "T1"])).status).toBe(0);
    const bytes = readFileSync(path);
    const again = await runCli(["forbered", path, "--period", "T1"]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("Inga nya rader: alla aktiviteter har redan en rad för T1 2026.");
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("changes nothing but the new rows", async () => {
    const path = await fixture();
    const before = await fingerprintFile(path);
    expect((await runCli(["forbered", path, "--period", "T2"])).status).toBe(0);
    const after = await fingerprintFile(path);
    expect(withoutSheets(after, ["Uppföljning"], [])).toEqual(withoutSheets(before, ["Uppföljning"], []));
    const was = before.sheets["Uppföljning"] as SheetFingerprint;
    const now = after.sheets["Uppföljning"] as SheetFingerprint;
    for (const [address, cell] of Object.entries(was.cells))
      expect([address, now.cells[address]]).toEqual([address, cell]);
    expect(now.columns).toEqual(was.columns);
    expect(now.dataValidations).toEqual(was.dataValidations);
  });

  it.each([
    [["--period", "T3"], "Tertial 3 redovisas i verksamhetsberättelsen (VB)"],
    [["--ar", "2026"], "Ange perioden med --period"],
  ])("stops with status 2 on bad options %j", async (options, message) => {
    const path = await fixture();
    const bytes = readFileSync(path);
    const run = await runCli(["forbered", path, ...options]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("asks for --ar when the Plan table has no year, and stops when Uppfoljning is missing", async () => {
    const noPlan = buildReportWorkbook();
    noPlan.removeWorksheet(noPlan.getWorksheet("Plan")?.id ?? -1);
    const path = join(dir, "no-year.xlsx");
    await noPlan.xlsx.writeFile(path);
    const run = await runCli(["forbered", path, "--period", "T1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Ange året med --ar");

    const noFollowUps = buildReportWorkbook();
    noFollowUps.removeWorksheet(noFollowUps.getWorksheet("Uppföljning")?.id ?? -1);
    const broken = join(dir, "broken.xlsx");
    await noFollowUps.xlsx.writeFile(broken);
    const stopped = await runCli(["forbered", broken, "--period", "T1"]);
    expect(stopped.status).toBe(2);
    expect(stopped.stderr).toContain("Det går inte att förbereda uppföljningen: tabellen Uppföljning saknas");
    expect(stopped.stderr).not.toMatch(STACK_LINE);
  });
});
