/**
 * The corpus through the commands that write: on every readable file of the corpus
 * (control characters, emoji, 32,767 characters, formulas, hidden sheets, 1,000 columns…)
 * `rapport` and `forbered` do their work and leave every cell of the user's sheets as it
 * was. The files that are no plan workbook (UNREADABLE) are refused with exit 2:
 * corpus-unreadable.test.ts.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, removeTempDir, STACK_LINE } from "../helpers/cli";
import { ESCAPED_TEXT, HARD_WORKBOOKS, type HardWorkbook } from "../helpers/hard-workbooks";
import { fingerprintFile, withoutSheets, type WorkbookFingerprint } from "../helpers/workbook-fingerprint";
import { cli, writeCorpus } from "./support";

/** Refused by every command (corpus-unreadable.test.ts); every other file must work. */
const UNREADABLE = new Set<HardWorkbook>([
  "not-a-zip",
  "zip-not-workbook",
  "xls-renamed",
  "csv-renamed",
  "encrypted",
  "zero-bytes",
  "empty-workbook",
]);
const READABLE = (Object.keys(HARD_WORKBOOKS) as HardWorkbook[]).filter((n) => !UNREADABLE.has(n));

let dir = "";
let files = {} as Record<HardWorkbook, string>;
beforeAll(async () => {
  dir = makeTempDir("atgardsplan-korpus-skriv-");
  files = await writeCorpus(dir);
});
afterAll(() => removeTempDir(dir));

function copyOf(name: HardWorkbook, command: string): string {
  const path = join(dir, `${name}-${command}.xlsx`);
  copyFileSync(files[name], path);
  return path;
}

interface TableModel {
  name?: string;
  tableRef?: string;
  columns?: { name?: string }[];
}

/**
 * The fingerprint with each table as its name, range and column names: raw exceljs misreads
 * a table part as Excel writes it (no headerRowCount, no filterColumn), which the adapter
 * writes back explicitly — the same table in other words.
 */
async function printOf(path: string): Promise<WorkbookFingerprint> {
  const print = await fingerprintFile(path);
  const sheets = Object.fromEntries(
    Object.entries(print.sheets).map(([name, sheet]) => [
      name,
      {
        ...sheet,
        tables: (sheet.tables as TableModel[]).map((t) => ({
          name: t.name,
          ref: t.tableRef,
          columns: t.columns?.map((c) => c.name),
        })),
      },
    ]),
  );
  return { ...print, sheets };
}

/** The rows of a sheet's cells up to `lastRow` (what was there before rows were appended). */
function upTo(print: WorkbookFingerprint, sheet: string, lastRow: number) {
  const cells = print.sheets[sheet]?.cells ?? {};
  return Object.entries(cells).filter(([address]) => Number(/\d+$/.exec(address)?.[0]) <= lastRow);
}

describe("rapport on the corpus", () => {
  it.each(READABLE)("writes the report and changes nothing else: %s", async (name) => {
    const path = copyOf(name, "rapport");
    const before = await printOf(path);
    const result = await cli(["rapport", path, "--period", "T1", "--ar", "2026"]);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.status, result.stderr).toBe(0);
    const after = await printOf(path);
    expect(after.sheetOrder).toEqual([...before.sheetOrder, "Rapport T1 2026"]);
    expect(withoutSheets(after, ["Rapport T1 2026"], ["atgardsplan_rapport_T1_2026"])).toEqual(before);
  });
});

describe("forbered on the corpus", () => {
  it.each(READABLE)("adds rows and changes nothing else: %s", async (name) => {
    const path = copyOf(name, "forbered");
    const before = await printOf(path);
    const result = await cli(["forbered", path, "--period", "T2", "--ar", "2026"]);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.status, result.stderr).toBe(0);
    const after = await printOf(path);
    // forbered adds rows to Uppföljning and, when the plan has it, Bedömning.
    const changed = before.sheetOrder.filter((s) => /^(uppf|bedöm)/i.test(s));
    expect(withoutSheets(after, changed, [])).toEqual(withoutSheets(before, changed, []));
    for (const sheet of changed) {
      const rows = Math.max(
        ...Object.keys(before.sheets[sheet]!.cells).map((a) => Number(/\d+$/.exec(a)?.[0])),
      );
      expect(upTo(after, sheet, rows)).toEqual(upTo(before, sheet, rows));
    }
  });

  it("keeps half an emoji, U+FFFF and a typed _x0041_ in the user's cells, and the file readable", async () => {
    const path = copyOf("escaped-text", "trasig");
    expect((await cli(["forbered", path, "--period", "T2", "--ar", "2026"])).status).toBe(0);
    const cells = (await fingerprintFile(path)).sheets["Uppföljning"]!.cells;
    for (const [address, text] of Object.entries(ESCAPED_TEXT)) expect(cells[address]!.value).toBe(text);
  });

  it("keeps control characters, emoji and right-to-left text in the user's cells", async () => {
    const path = copyOf("control-emoji-rtl", "tecken");
    expect((await cli(["forbered", path, "--period", "T2", "--ar", "2026"])).status).toBe(0);
    const after = await printOf(path);
    expect(after.sheets["Uppföljning"]!.cells["C2"]!.value).toBe("T1\u0007\u0001");
  });
});
