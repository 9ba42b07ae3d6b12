/**
 * "Never change or lose a cell of theirs": `rapport` and `forbered` write into a workbook
 * that holds more than the plan — a chart, defined names that are formulas, constants and
 * sheet-scoped, an image, a comment, conditional formatting, a drop-down list, a hyperlink,
 * a frozen pane, column widths and a filled cell — and every one of them is still there,
 * as it was, after the save. Content exceljs cannot model (a pivot table, sparklines) is
 * kept too: the commands edit the package and copy every part they do not own.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTempDir, removeTempDir } from "../helpers/cli";
import {
  CHART_XML,
  USER_SHEET,
  userContentWorkbook,
  withPivotTable,
  withSparklines,
} from "../helpers/user-content";
import { fingerprintFile, withoutSheets } from "../helpers/workbook-fingerprint";
import { definedNames, drawingImages, drawingOf, packageOf, sheetPart } from "./package-view";
import { cli } from "./support";

let dir = "";
let original: Uint8Array = new Uint8Array();
beforeAll(async () => {
  dir = makeTempDir("atgardsplan-behall-");
  original = await userContentWorkbook();
});
afterAll(() => removeTempDir(dir));

function fileWith(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const REPORT = "Rapport T1 2026";
const MARKER = "atgardsplan_rapport_T1_2026";

async function expectUserContentKept(path: string): Promise<void> {
  const zip = await packageOf(readFileSync(path));
  const before = await packageOf(original);
  const names = (await definedNames(zip)).filter(
    (n) => !n.name.startsWith("atgardsplan") && !n.name.startsWith("_xlnm"),
  );
  expect(names.map(({ name, sheet, value }) => ({ name, sheet, value }))).toEqual(
    expect.arrayContaining([
      { name: "Moms", sheet: null, value: "0.25" },
      { name: "Summa_brott", sheet: null, value: `SUM(${USER_SHEET}!$B$2:$B$4)` },
      { name: "Urval", sheet: USER_SHEET, value: `${USER_SHEET}!$A$2:$A$4` },
      { name: "Omraden_lista", sheet: null, value: `${USER_SHEET}!$A$2:$A$4` },
    ]),
  );
  expect(names).toHaveLength(4);
  const chart = await drawingOf(zip, "Diagram");
  expect(chart.charts).toEqual([CHART_XML]);
  expect(chart.drawing).toBe((await drawingOf(before, "Diagram")).drawing);
  expect(await drawingImages(zip, USER_SHEET)).toEqual(await drawingImages(before, USER_SHEET));
  expect(await drawingImages(zip, USER_SHEET)).toHaveLength(1);
}

describe("rapport into a workbook with the user's own content", () => {
  it("keeps the chart, the defined names, the image and every cell, style and setting", async () => {
    const path = fileWith("rapport.xlsx", original);
    const before = await fingerprintFile(path);
    expect((await cli(["rapport", path, "--period", "T1", "--ar", "2026"])).status).toBe(0);
    await expectUserContentKept(path);
    const after = withoutSheets(await fingerprintFile(path), [REPORT], [MARKER]);
    expect(after).toEqual(before);
  });

  it("still keeps them all when the report is made again", async () => {
    const path = fileWith("rapport-igen.xlsx", original);
    for (let i = 0; i < 2; i++)
      expect((await cli(["rapport", path, "--period", "T1", "--ar", "2026"])).status).toBe(0);
    await expectUserContentKept(path);
    const names = (await definedNames(await packageOf(readFileSync(path)))).map((n) => n.name);
    expect(names.filter((n) => n === MARKER)).toHaveLength(1);
  });
});

describe("forbered in a workbook with the user's own content", () => {
  it("keeps the chart, the defined names, the image and every other sheet", async () => {
    const path = fileWith("forbered.xlsx", original);
    const before = await fingerprintFile(path);
    expect((await cli(["forbered", path, "--period", "T2", "--ar", "2026"])).status).toBe(0);
    await expectUserContentKept(path);
    const after = await fingerprintFile(path);
    // forbered adds rows to Uppföljning and Bedömning; their earlier rows stay as they were.
    const added = ["Uppföljning", "Bedömning"];
    expect(withoutSheets(after, added, [])).toEqual(withoutSheets(before, added, []));
    const rows = (print: typeof before, sheet: string, last: number) =>
      Object.entries(print.sheets[sheet]!.cells).filter(
        ([address]) => Number(address.replace(/\D/g, "")) <= last,
      );
    expect(rows(after, "Uppföljning", 3)).toEqual(rows(before, "Uppföljning", 3));
    expect(rows(after, "Bedömning", 2)).toEqual(rows(before, "Bedömning", 2));
    expect(rows(after, "Bedömning", 3).length).toBeGreaterThan(rows(before, "Bedömning", 3).length);
  });
});

describe("a workbook with content exceljs cannot model", () => {
  it.each([
    ["a pivot table", withPivotTable, "xl/pivotTables/pivotTable1.xml"],
    ["sparklines", withSparklines, null],
  ])("keeps it byte for byte through rapport and forbered: %s", async (_, add, part) => {
    const bytes = await add(original);
    const path = fileWith("utokad.xlsx", bytes);
    expect((await cli(["rapport", path, "--period", "T1", "--ar", "2026"])).status).toBe(0);
    expect((await cli(["forbered", path, "--period", "T2", "--ar", "2026"])).status).toBe(0);
    const before = await packageOf(bytes);
    const after = await packageOf(readFileSync(path));
    const userSheet = await sheetPart(before, USER_SHEET);
    for (const name of [userSheet, ...(part === null ? [] : [part])]) {
      expect(await after.file(name)?.async("string")).toBe(await before.file(name)?.async("string"));
    }
    await expectUserContentKept(path);
  });
});
