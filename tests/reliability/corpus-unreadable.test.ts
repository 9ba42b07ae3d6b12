/**
 * The corpus's files that are no plan workbook: each ends in exit status 2 with a Swedish
 * message that says what the file is and what to do, nothing on standard output and no
 * stack trace (plan-workbook.md, "Command line": an input error, never a stack trace).
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, removeTempDir, STACK_LINE } from "../helpers/cli";
import type { HardWorkbook } from "../helpers/hard-workbooks";
import { CHECK_DATE, cli, writeCorpus } from "./support";

let dir = "";
let files = {} as Record<HardWorkbook, string>;

beforeAll(async () => {
  dir = makeTempDir("atgardsplan-korpus-");
  files = await writeCorpus(dir);
});
afterAll(() => removeTempDir(dir));

const CASES: [HardWorkbook, RegExp][] = [
  ["not-a-zip", /ingen Excel-arbetsbok.*Spara om/],
  ["zip-not-workbook", /zip-arkiv men ingen Excel-arbetsbok/],
  ["xls-renamed", /äldre formatet \(\.xls\).*spara om den som Excel-arbetsbok \(\.xlsx\)/],
  ["csv-renamed", /textfil \(till exempel CSV\)/],
  ["encrypted", /lösenordsskyddad.*ta bort lösenordet/],
  ["zero-bytes", /är tom \(0 byte\)/],
  ["empty-workbook", /innehåller ingen av planens tabeller.*atgardsplan mall/],
];

describe("validera on files that are no plan", () => {
  it.each(CASES)("stops with exit 2 and says why: %s", async (name, message) => {
    const result = await cli(["validera", files[name], "--json", "--datum", CHECK_DATE]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it.each(CASES)("refuses to write a report into it, leaving it unchanged: %s", async (name) => {
    const bytes = readFileSync(files[name]);
    const result = await cli(["rapport", files[name], "--period", "T1", "--ar", "2026"]);
    expect(result.status).toBe(2);
    expect(readFileSync(files[name]).equals(bytes)).toBe(true);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toMatch(/Oväntat fel/);
  });
});
