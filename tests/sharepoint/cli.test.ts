import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE, type CliResult } from "../helpers/cli";
import type { SharePointStandin } from "../helpers/sharepoint-standin";
import { activityRow, followUpRow } from "../helpers/snapshot-builder";
import { LIBRARY, PLAN_PATH, planBytes, startStandin, TOKEN } from "./support";

let standin: SharePointStandin;
let dir = "";
let valid: Uint8Array;
let withErrors: Uint8Array;
const FOLDER = `${LIBRARY}/Planer`;
const REPORT = `${FOLDER}/Uppföljning/Rapport T1 2026 – Åtgärdsplan för gemensamma prioriteringar.xlsx`;

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir();
  valid = await planBytes();
  withErrors = await planBytes({
    // Two errors: Löptid "snart" (pattern) and Delvis uppfyllt without Kommentar.
    Aktiviteter: [activityRow({ Nr: "1.1" }), activityRow({ Nr: "1.2", Löptid: "snart" })],
    Uppfoljning: [
      followUpRow({ Aktivitet: "1.1", "Målet nått": "Delvis uppfyllt" }),
      followUpRow({ Aktivitet: "1.2" }),
    ],
  });
});

afterAll(() => removeTempDir(dir));

beforeEach(async () => {
  standin = await startStandin();
  standin.addFile(PLAN_PATH, valid);
});

afterEach(() => standin.close());

/** Runs the CLI with the token in ATGARDSPLAN_TOKEN (unless `env` says otherwise). */
function run(args: string[], env: NodeJS.ProcessEnv = { ATGARDSPLAN_TOKEN: TOKEN }): Promise<CliResult> {
  return runCli(args, { cwd: dir, env: { ATGARDSPLAN_TOKEN: "", ...env } });
}

function expectNoToken(result: CliResult, token = TOKEN): void {
  expect(result.stdout).not.toContain(token);
  expect(result.stderr).not.toContain(token);
  expect(result.stderr).not.toMatch(STACK_LINE);
}

const url = (path: string) => `${standin.origin}${path}`;

describe("atgardsplan validera URL", () => {
  it("validates a plan in SharePoint with the token from ATGARDSPLAN_TOKEN", async () => {
    const result = await run(["validera", url(PLAN_PATH), "--datum", "2026-05-20"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe(`Validering av ${url(PLAN_PATH)} (kontrolldatum 2026-05-20)`);
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("Inga fel eller varningar: planen är giltig.");
    expect(standin.requests.length).toBeGreaterThanOrEqual(3);
    expect(standin.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(standin.requests.every((r) => r.method !== "POST" || r.path.endsWith("/_api/contextinfo"))).toBe(
      true,
    );
    expectNoToken(result);
  });

  it("reads the token from --token-fil", async () => {
    const tokenFile = join(dir, "token.txt");
    writeFileSync(tokenFile, `Bearer ${TOKEN}\n`);
    const result = await run(["validera", url(PLAN_PATH), "--token-fil", tokenFile, "--json"], {});
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: true, stats: { errors: 0 } });
    expectNoToken(result);
  });

  it("exits 2 and asks for a token when there is none, without asking SharePoint", async () => {
    const result = await run(["validera", url(PLAN_PATH)], {});
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^Ange en åtkomsttoken för SharePoint: sätt miljövariabeln ATGARDSPLAN_TOKEN/,
    );
    expect(standin.requests).toEqual([]);
  });

  it("exits 2 naming the file when the token is refused, and never prints the token", async () => {
    const wrong = "fel-token-som-inte-far-synas-1234";
    const result = await run(["validera", url(PLAN_PATH)], { ATGARDSPLAN_TOKEN: wrong });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Du saknar behörighet till Åtgärdsplan 2026\.xlsx \(/);
    expectNoToken(result, wrong);
  });

  it("exits 2 for a plain http address that is not this computer", async () => {
    const result = await run(["validera", "http://kommun.sharepoint.com/sites/a/plan.xlsx"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/måste börja med https:\/\//);
  });
});

describe("atgardsplan validera --mapp URL", () => {
  it("prints one line per workbook and the total, and exits 1 when a plan has errors", async () => {
    standin.addFile(`${FOLDER}/Plan Bredäng.xlsx`, withErrors);
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Budget").addRow(["Post", "Belopp"]);
    standin.addFile(`${FOLDER}/Budget.xlsx`, new Uint8Array(await other.xlsx.writeBuffer()));
    const result = await run(["validera", "--mapp", url(FOLDER), "--datum", "2026-05-20"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`Validering av 3 arbetsböcker i ${url(FOLDER)} (kontrolldatum 2026-05-20)`);
    expect(lines.slice(2, 5)).toEqual([
      "  Budget.xlsx            hoppades över: ingen planarbetsbok (saknar planens tabeller)",
      "  Plan Bredäng.xlsx      2 fel, 0 varningar, 0 upplysningar",
      "  Åtgärdsplan 2026.xlsx  0 fel, 0 varningar, 0 upplysningar",
    ]);
    expect(lines.at(-1)).toBe("Totalt 2 planer: 2 fel, 0 varningar, 0 upplysningar. 1 av 2 har fel.");
    expectNoToken(result);
  });

  it("exits 0 when no plan in the folder has errors", async () => {
    standin.addFile(`${FOLDER}/Plan Vårberg.xlsx`, valid);
    const result = await run(["validera", "--mapp", url(FOLDER), "--datum", "2026-05-20"]);
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe(
      "Totalt 2 planer: 0 fel, 0 varningar, 0 upplysningar. Ingen plan har fel.",
    );
  });
});

describe("atgardsplan rapport URL --publicera", () => {
  it("publishes the report sheet as its own file in Uppföljning and leaves the plan as it was", async () => {
    const result = await run(["rapport", url(PLAN_PATH), "--period", "T1", "--publicera"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "Publicerade Rapport T1 2026 – Åtgärdsplan för gemensamma prioriteringar.xlsx",
    );
    expect(result.stdout).toContain(
      `${standin.origin}/sites/skarholmen/Delade%20dokument/Planer/Uppf%C3%B6ljning/`,
    );
    const published = standin.file(REPORT);
    expect(published).toBeDefined();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(published!.bytes as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((ws) => ws.name)).toEqual(["Rapport T1 2026"]);
    expect(book.worksheets[0]?.getCell("A1").value).toBe("Åtgärdsplan för gemensamma prioriteringar");
    expect(standin.file(PLAN_PATH)?.version).toBe(1);
    const writesToPlan = standin.requests.filter(
      (r) => r.method !== "GET" && r.path.includes("Åtgärdsplan 2026"),
    );
    expect(writesToPlan).toEqual([]);
    expectNoToken(result);
  });

  it("asks for --skriv-over before replacing a published report, then saves a new version", async () => {
    standin.addFile(REPORT, new Uint8Array([1]));
    const refused = await run(["rapport", url(PLAN_PATH), "--period", "T1", "--publicera"]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(
      /finns redan i mappen Uppföljning och lämnades orörd\. Lägg till --skriv-over/,
    );
    expect(standin.file(REPORT)?.version).toBe(1);
    const replaced = await run(["rapport", url(PLAN_PATH), "--period", "T1", "--publicera", "--skriv-over"]);
    expect(replaced.status).toBe(0);
    expect(replaced.stdout).toMatch(/^Sparade en ny version av Rapport T1 2026/);
    expect(standin.file(REPORT)?.version).toBe(2);
  });

  it("exits 2 when neither --publicera nor -o says where the report goes", async () => {
    const result = await run(["rapport", url(PLAN_PATH), "--period", "T1"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Planen i SharePoint skrivs aldrig direkt/);
    expect(standin.requests).toEqual([]);
  });
});
