/**
 * `sammanstall URL` and `nytt-ar URL` over SharePoint through the stand-in (real HTTP, the
 * real @pnp/sp client), as `validera --mapp` works: the plans are only read, the results
 * are written on this computer.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE, type CliResult } from "../helpers/cli";
import { countCells, FIXTURE_T2, writeDistrictPlan } from "../helpers/district-plans";
import { filledExampleWorkbook } from "../helpers/filled-example";
import type { SharePointStandin } from "../helpers/sharepoint-standin";
import { LIBRARY, startStandin, TOKEN } from "./support";

const FOLDER = `${LIBRARY}/Stadsdelarnas planer`;
let standin: SharePointStandin;
let dir = "";
const plans = new Map<string, Uint8Array>();

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-sp-mapp-");
  const write = async (name: string, district: string, options = {}) => {
    const path = join(dir, name);
    await writeDistrictPlan(path, district, options);
    plans.set(name, new Uint8Array(readFileSync(path)));
  };
  await write("Hägersten-Älvsjö.xlsx", "Hägersten-Älvsjö", { reportedT2On: "2026-09-20" });
  await write("Kista.xlsx", "Kista");
  await write("Spånga-Tensta 2025.xlsx", "Spånga-Tensta", { year: 2025 });
  plans.set("Åtgärdsplan 2026.xlsx", await filledExampleWorkbook());
});

afterAll(() => removeTempDir(dir));

beforeEach(async () => {
  standin = await startStandin();
  for (const [name, bytes] of plans) standin.addFile(`${FOLDER}/${name}`, bytes);
  standin.addFile(`${FOLDER}/Trasig.xlsx`, new TextEncoder().encode("inte en arbetsbok"));
});

afterEach(() => standin.close());

function run(args: string[]): Promise<CliResult> {
  return runCli(args, { cwd: dir, env: { ATGARDSPLAN_TOKEN: TOKEN } });
}

/** Nothing but reads reached SharePoint (a POST only for the request digest). */
function expectOnlyReads(): void {
  expect(standin.requests.length).toBeGreaterThan(0);
  expect(standin.requests.every((r) => r.method === "GET" || r.path.endsWith("/_api/contextinfo"))).toBe(
    true,
  );
  for (const [name] of plans) expect(standin.file(`${FOLDER}/${name}`)?.version).toBe(1);
}

async function firstColumn(file: string, sheet: string): Promise<unknown[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const values: unknown[] = [];
  book.getWorksheet(sheet)?.eachRow((row) => values.push(row.getCell(1).value));
  return values;
}

describe("atgardsplan sammanstall URL", () => {
  it("summarises every plan in the SharePoint folder, listing the broken file and the other year", async () => {
    const url = `${standin.origin}${FOLDER}`;
    const result = await run(["sammanstall", url, "--period", "T2", "--ar", "2026", "-o", "stad.xlsx"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      `Skapade stad.xlsx: Tertial 2 (maj–augusti) 2026 för 3 stadsdelar, från planerna i ${url}, som inte ändrades.`,
    );
    expect(lines.slice(3)).toEqual([
      "Inte med (2):",
      "  Spånga-Tensta 2025.xlsx: planen gäller 2025, inte 2026",
      expect.stringMatching(/^ {2}Trasig\.xlsx: kunde inte läsas: \S/) as unknown as string,
    ]);
    const districts = await firstColumn(join(dir, "stad.xlsx"), "Per stadsdel");
    expect(districts).toEqual(expect.arrayContaining(["Hägersten-Älvsjö", "Kista", "Skärholmen", "Totalt"]));
    expect(result.stdout).not.toContain(TOKEN);
    expectOnlyReads();
  });

  it("counts each district as its plan says", async () => {
    const url = `${standin.origin}${FOLDER}`;
    await run(["sammanstall", url, "--period", "T2", "-o", "stad-t2.xlsx"]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "stad-t2.xlsx"));
    const sheet = book.getWorksheet("Per stadsdel");
    const row = (name: string) => {
      let found: unknown[] = [];
      sheet?.eachRow((r) => {
        if (r.getCell(1).value === name) found = (r.values as unknown[]).slice(2, 10);
      });
      return found;
    };
    expect(row("Kista")).toEqual(countCells(FIXTURE_T2));
    expect(row("Hägersten-Älvsjö")).toEqual(countCells({ ...FIXTURE_T2, late: 1 }));
  });

  it("exits 2 without a token, asking SharePoint nothing", async () => {
    const result = await runCli(
      ["sammanstall", `${standin.origin}${FOLDER}`, "--period", "T2", "-o", "x.xlsx"],
      {
        cwd: dir,
        env: { ATGARDSPLAN_TOKEN: "" },
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Ange en åtkomsttoken för SharePoint/);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(standin.requests).toEqual([]);
  });
});

describe("atgardsplan nytt-ar URL", () => {
  it("makes next year's plan from a plan in SharePoint and leaves that plan as it was", async () => {
    const url = `${standin.origin}${FOLDER}/Åtgärdsplan 2026.xlsx`;
    const result = await run(["nytt-ar", url, "-o", "plan-2027.xlsx"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe(
      `Skapade plan-2027.xlsx: planen för 2027 (Skärholmen), gjord av planen för 2026 i ${url}, som inte ändrades.`,
    );
    const check = await runCli(["validera", "plan-2027.xlsx", "--datum", "2027-03-01", "--json"], {
      cwd: dir,
    });
    expect(JSON.parse(check.stdout)).toMatchObject({ valid: true, stats: { errors: 0 } });
    expectOnlyReads();
  });
});
