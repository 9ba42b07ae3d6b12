/**
 * The limits of issues 8 and 15 as outcomes (speed and memory are measured in `npm run bench
 * -- big`, never here): the 200,000-row table gives exact counts and a capped list through
 * the real command line, and a workbook beyond what fits in memory stops at once with a
 * message, however it hides its size: every part counts, a declared size of 2–4 GiB or a
 * zip64 size is read right, tiny cells and merged ranges are counted, a file over 2 GiB is
 * not read at all.
 */
import { openSync, closeSync, ftruncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE } from "../helpers/cli";
import { oversizedWorkbook } from "../helpers/hard-workbooks";
import { bigPlanWorkbook, rawPlanWorkbook } from "../helpers/raw-plan";
import { rawZip } from "../helpers/zip-writer";
import { cli, type JsonReport } from "./support";

let dir = "";
beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-granser-");
});
afterAll(() => removeTempDir(dir));

const GIB = 1024 ** 3;
const TOO_LARGE = /för stor för att läsas/;

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The valid plan's parts again, one of them declaring a size it does not have. */
async function declaring(part: string, declaredSize: number, zip64: boolean): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await rawPlanWorkbook());
  const entries = [];
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const data = await entry.async("uint8array");
    entries.push(
      entry.name === part ? { name: entry.name, data, declaredSize, zip64 } : { name: entry.name, data },
    );
  }
  return rawZip(entries);
}

/** The valid plan with extra XML in a part (blank space keeps the file small). */
async function padded(part: string, megabytes: number, before: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await rawPlanWorkbook());
  const xml = await zip.file(part)!.async("string");
  zip.file(part, xml.replace(before, `${" ".repeat(megabytes * 1024 * 1024)}${before}`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The valid plan with a sheet of `cells` one-digit cells, 20 to a row. */
function tinyCells(cells: number): Promise<Uint8Array> {
  const rows: number[][] = [];
  for (let r = 0; r < cells / 20; r++) rows.push(Array.from({ length: 20 }, (_, c) => (r + c) % 10));
  return rawPlanWorkbook({}, [{ name: "Data", rows }]);
}

async function stopsAsTooLarge(path: string, detail?: RegExp): Promise<void> {
  const result = await cli(["validera", path]);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(TOO_LARGE);
  if (detail) expect(result.stderr).toMatch(detail);
  expect(result.stderr).toMatch(/dela upp arbetsboken/);
  expect(result.stderr).not.toMatch(STACK_LINE);
}

describe("validera on a table of 200,000 rows", () => {
  it("counts every error and lists 500 of a rule with a summary of the rest", async () => {
    const [bytes, summary] = await bigPlanWorkbook(200_000);
    const result = await runCli(["validera", file("stor.xlsx", bytes), "--json", "--datum", "2026-03-01"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    // Every 50th row has Period "T3": 4,000 enum errors and nothing else wrong.
    expect(summary.badPeriods).toBe(4000);
    expect(report.stats).toEqual({ errors: 4000, warnings: 0, info: 0 });
    const enums = report.findings.filter((f) => f.rule === "enum");
    expect(enums).toHaveLength(501);
    expect(enums[0]).toMatchObject({ address: "'Uppföljning'!C51", value: "T3" });
    expect(enums[500]?.message).toBe("… och 3500 till av samma slag (Värde som inte finns i listan).");
  }, 240_000);
});

describe("a workbook too large to read stops before it is read", () => {
  it("says how large a sheet's XML is and what the limit is", async () => {
    await stopsAsTooLarge(
      file("for-stor.xlsx", await oversizedWorkbook(210)),
      /210 MB data och gränsen är 200 MB/,
    );
  }, 120_000);

  it("counts every part, not only sheets: a style sheet of 210 MB", async () => {
    await stopsAsTooLarge(file("stilar.xlsx", await padded("xl/styles.xml", 210, "</styleSheet>")), /210 MB/);
  }, 120_000);

  it("reads a declared size between 2 and 4 GiB as what it is (JSZip reads it as negative)", async () => {
    const bytes = await declaring("xl/worksheets/sheet1.xml", 3.5 * GIB, false);
    expect(bytes.length).toBeLessThan(100_000);
    await stopsAsTooLarge(file("negativ.xlsx", bytes), /3 584 MB/);
  });

  it("reads a size of 4 GiB and more from the zip64 extension", async () => {
    await stopsAsTooLarge(
      file("zip64.xlsx", await declaring("xl/worksheets/sheet1.xml", 5 * GIB, true)),
      /5 120 MB/,
    );
  });

  it("counts cells, not bytes: 2.6 million one-digit cells in a file of a few megabytes", async () => {
    const bytes = await tinyCells(2_600_000);
    expect(bytes.length).toBeLessThan(10 * 1024 * 1024);
    await stopsAsTooLarge(file("sma-celler.xlsx", bytes), /2 200 000 rader och celler/);
  }, 120_000);

  it("counts every cell of a merged range", async () => {
    const bytes = await padded("xl/worksheets/sheet1.xml", 0, "</worksheet>");
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file(
      "xl/worksheets/sheet1.xml",
      xml.replace(
        "</sheetData>",
        '</sheetData><mergeCells count="1"><mergeCell ref="M1:Z300000"/></mergeCells>',
      ),
    );
    await stopsAsTooLarge(file("sammanfogat.xlsx", await zip.generateAsync({ type: "uint8array" })));
  }, 120_000);

  it("does not read a file over 2 GiB at all", async () => {
    const path = join(dir, "over-2-gib.xlsx");
    const fd = openSync(path, "w");
    ftruncateSync(fd, 2 * GIB + 1024);
    closeSync(fd);
    const result = await cli(["validera", path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/för stor \(2 048 MB\)/);
    expect(result.stderr).not.toMatch(/ERR_FS_FILE_TOO_LARGE/);
  });
});
