import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE } from "../helpers/cli";
import {
  ACTIVITY_NAMES,
  buildReportWorkbook,
  FORMULA_LIKE,
  writeReportFixture,
} from "../helpers/report-fixture";
import { activityRow, followUpRow, validPlanTables } from "../helpers/snapshot-builder";
import { fingerprintFile, loadWorkbook, withoutSheets } from "../helpers/workbook-fingerprint";
import { writePlanFixture } from "./plan-fixture";

let dir = "";
let counter = 0;

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-rapport-");
});
afterAll(() => removeTempDir(dir));

async function fixture(options: Parameters<typeof writeReportFixture>[1] = {}): Promise<string> {
  const path = join(dir, `plan-${++counter}.xlsx`);
  await writeReportFixture(path, options);
  return path;
}

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = book.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The XML of a sheet in the file, to see what Excel sees. */
async function sheetXml(path: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
  return (await zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)?.async("string")) ?? "";
}

function noTempFiles(): void {
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
}

describe("atgardsplan rapport", () => {
  it("writes the T2 report sheet into the file with its cells at their places", async () => {
    const path = await fixture();
    const run = await runCli(["rapport", path, "--period", "t2"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Skapade bladet "Rapport T2 2026" i ${path}.`);
    const ws = sheet(await loadWorkbook(path), "Rapport T2 2026");
    expect(ws.getCell("A1").value).toBe("Åtgärdsplan för gemensamma prioriteringar");
    expect(ws.getCell("A2").value).toBe("Tertial 2 (maj–augusti) 2026: 2026-05-01–2026-08-31");
    expect(String(ws.getCell("A4").value)).toMatch(
      /^Utfall hittills i år avser 2026-01-01–2026-08-31 · Rapportdag 2026-09-15 · Skapad \d{4}-\d{2}-\d{2}\.$/,
    );
    const row = (r: number) => [1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getRow(r).getCell(c).value);
    // The overview: 1.2 with its deviations, T1 and T2 in the last two columns, coloured.
    expect(row(9)).toEqual([
      ...Array(2).fill(`1.2 ${ACTIVITY_NAMES["1.2"]}`),
      ...Array(4).fill("Ej uppfyllt: Gruppen har inte träffats.\nSämre än T1: Delvis uppfyllt → Ej uppfyllt"),
      "Delvis",
      "Ej uppfyllt",
    ]);
    expect(ws.getCell("H9").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(row(19)).toEqual(["Totalt", 6, 5, 1, 2, 1, 1, 1]);
    expect(ws.getCell("A20").value).toBe("Status per område");
    expect(ws.getCell("A32").value).toBe(`1.1 ${ACTIVITY_NAMES["1.1"]}`);
    expect(ws.getCell("A54").value).toBe(`1.10 ${ACTIVITY_NAMES["1.10"]}`);
    expect(ws.getCell("B46").value).toBe("Ej uppfyllt");
    expect(ws.getCell("B46").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(ws.getCell("B88").value).toBe("Uppföljning saknas");
    expect(ws.getCell("B88").fill).toMatchObject({ fgColor: { argb: "FFD9D9D9" } });
    // Baseline → target → the T2 outcome and January–August (T1 + T2 for counts) → earlier years.
    expect(row(101).slice(0, 7)).toEqual(["Centrumbesiktningar", "–", 4, "st per år", 1, 3, "–"]);
    expect(row(102).slice(0, 7)).toEqual([
      "Trygghetsvandringar",
      "5 (2024)",
      8,
      "st per år",
      4,
      7,
      "2025: 6",
    ]);
    expect(ws.getCell("A106").value).toBe("Aktiviteter utan uppföljning");
    expect([ws.getCell("A108").value, ws.getCell("B108").value]).toEqual(["2.2", ACTIVITY_NAMES["2.2"]]);
    // The page breaks and the chart that exceljs cannot write are in the package too.
    const xml = await sheetXml(path, "Rapport T2 2026");
    expect(/<rowBreaks\b[^>]*>(.*?)<\/rowBreaks>/.exec(xml)?.[1]).toBe(
      [19, 52, 88].map((id) => `<brk id="${id}" max="16383" man="1"/>`).join(""),
    );
    expect(xml).toMatch(/<drawing r:id="[^"]+"\/>/);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      printTitlesRow: "1:2",
    });
    expect(ws.headerFooter.oddFooter).toContain("&P av &N");
    noTempFiles();
  });

  it("changes nothing outside the report sheet, cell by cell", async () => {
    const path = await fixture();
    const before = await fingerprintFile(path);
    const run = await runCli(["rapport", path, "--period", "T1"]);
    expect(run.status).toBe(0);
    const after = await fingerprintFile(path);
    expect(after.sheetOrder).toEqual([...before.sheetOrder, "Rapport T1 2026"]);
    expect(withoutSheets(after, ["Rapport T1 2026"], ["atgardsplan_rapport_T1_2026"])).toEqual(before);
  });

  it("writes formula-like text as text: no formula in the report sheet", async () => {
    const path = await fixture();
    expect((await runCli(["rapport", path, "--period", "T1"])).status).toBe(0);
    const xml = await sheetXml(path, "Rapport T1 2026");
    expect(xml).not.toContain("<f>");
    const ws = sheet(await loadWorkbook(path), "Rapport T1 2026");
    for (const [address, text] of [
      ["B36", FORMULA_LIKE.comment11],
      ["B46", FORMULA_LIKE.comment12],
      ["B47", FORMULA_LIKE.done12],
      ["B56", FORMULA_LIKE.comment110],
    ] as const) {
      expect(ws.getCell(address).value).toBe(text);
      expect(ws.getCell(address).type).toBe(ExcelJS.ValueType.String);
    }
  });

  it("replaces the sheet it made when the report is made again", async () => {
    const path = await fixture();
    expect((await runCli(["report", path, "--period", "VB"])).status).toBe(0);
    const again = await runCli(["rapport", path, "--period", "VB", "--ar", "2026"]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Ersatte bladet "Verksamhetsberättelse 2026"');
    const names = (await loadWorkbook(path)).worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith("Verksamhet"))).toEqual(["Verksamhetsberättelse 2026"]);
  });

  it("refuses to overwrite a user's own sheet of the same name and writes nothing", async () => {
    const path = await fixture({ userSheet: "Rapport T1 2026" });
    const bytes = readFileSync(path);
    const run = await runCli(["rapport", path, "--period", "T1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Bladet "Rapport T1 2026" finns redan och är inte skapat av atgardsplan');
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    noTempFiles();
  });

  it("writes into a copy with -o and leaves the original alone", async () => {
    const path = await fixture();
    const bytes = readFileSync(path);
    const out = join(dir, `kopia-${counter}.xlsx`);
    const run = await runCli(["rapport", path, "--period", "T1", "-o", out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Skapade bladet "Rapport T1 2026" i ${out}.`);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect((await loadWorkbook(out)).getWorksheet("Rapport T1 2026")).toBeDefined();

    const refused = await runCli(["rapport", path, "--period", "T2", "-o", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("finns redan");
    expect((await loadWorkbook(out)).getWorksheet("Rapport T2 2026")).toBeUndefined();
    const forced = await runCli(["rapport", path, "--period", "T2", "--utfil", out, "--skriv-over"]);
    expect(forced.status).toBe(0);
    expect((await loadWorkbook(out)).getWorksheet("Rapport T2 2026")).toBeDefined();
  });

  it("still reports on a plan with ordinary findings", async () => {
    const book = buildReportWorkbook();
    sheet(book, "Uppföljning").getCell("D2").value = "Klart";
    const path = join(dir, "findings.xlsx");
    await book.xlsx.writeFile(path);
    const run = await runCli(["rapport", path, "--period", "T1"]);
    expect(run.status).toBe(0);
    const ws = sheet(await loadWorkbook(path), "Rapport T1 2026");
    // The unreadable Målet nått is shown as not assessed, with its text.
    expect(ws.getCell("B35").value).toBe("Ej bedömt (Målet nått saknas)");
  });

  it("says on standard error how many errors the plan has and what the report left out, and why", async () => {
    const path = join(dir, "fel-plan.xlsx");
    const tables = validPlanTables();
    await writePlanFixture(path, {
      Aktiviteter: [...tables.Aktiviteter, activityRow({ Nr: "1:3", Aktivitet: "Trygghetsvandringar" })],
      Uppfoljning: [
        followUpRow({ Aktivitet: "1.1" }),
        followUpRow({ Aktivitet: "1.2", "Målet nått": "Delvis" }),
        followUpRow({ Aktivitet: "9.9" }),
      ],
    });
    const out = join(dir, "fel-plan-rapport.xlsx");
    const run = await runCli(["rapport", path, "--period", "T1", "-o", out]);

    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      `Skapade bladet "Rapport T1 2026" i ${out}.\n` +
        "2 aktiviteter: 2 rapporterade (1 uppfylld, 0 delvis uppfyllda, 0 ej uppfyllda, 1 ej bedömd), " +
        "alla har uppföljning.\n",
    );
    expect(run.stderr.split("\n")).toEqual([
      "Obs! Planen har 3 fel, och rapporten fick lämna ute det här:",
      '  - Aktiviteten på rad 4 i Aktiviteter ("Trygghetsvandringar"): Nr "1:3" är inget aktivitetsnummer, ' +
        "så aktiviteten kom inte med.",
      '  - Uppföljningen på rad 3 i Uppföljning (aktivitet 1.2, T1 2026): Målet nått "Delvis" går inte att ' +
        "läsa och visas som Ej bedömt.",
      "  - Uppföljningen på rad 4 i Uppföljning (aktivitet 9.9, T1 2026): aktivitet 9.9 finns inte i " +
        "Aktiviteter, så uppföljningen kom inte med.",
      `Rätta felen (valideringen visar var de finns) och skapa rapporten igen. Se felen med: atgardsplan validera ${path}`,
      "",
    ]);
  });

  it.each([
    [["--period", "T3"], "Tertial 3 redovisas i verksamhetsberättelsen (VB)"],
    [[], "Ange perioden med --period"],
    [["--period", "T1", "--ar", "tjugo"], "Ogiltigt år"],
  ])("stops with status 2 on bad options %j", async (options, message) => {
    const path = await fixture();
    const bytes = readFileSync(path);
    const run = await runCli(["rapport", path, ...options]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("stops with status 2 when a required table is missing", async () => {
    const book = buildReportWorkbook();
    book.removeWorksheet(sheet(book, "Uppföljning").id);
    const path = join(dir, "broken.xlsx");
    await book.xlsx.writeFile(path);
    const bytes = readFileSync(path);
    const run = await runCli(["rapport", path, "--period", "T1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Det går inte att skapa rapporten: tabellen Uppföljning saknas");
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("asks for --ar when the Plan table has no year", async () => {
    const book = buildReportWorkbook();
    book.removeWorksheet(sheet(book, "Plan").id);
    const path = join(dir, "no-year.xlsx");
    await book.xlsx.writeFile(path);
    const run = await runCli(["rapport", path, "--period", "T1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Ange året med --ar");
    expect((await runCli(["rapport", path, "--period", "T1", "--ar", "2026"])).status).toBe(0);
  });

  it("stops with status 2 when the file is not a workbook", async () => {
    const path = join(dir, "inte.xlsx");
    writeFileSync(path, "Aktivitet;År\n1.1;2026\n");
    const run = await runCli(["rapport", path, "--period", "T1"]);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr.length).toBeGreaterThan(0);
  });
});
