import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { districtPlan, untidyPlan, workbookOfSheets, type SheetSpec } from "../helpers/binding-fixtures";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE } from "../helpers/cli";
import { loadWorkbook } from "../helpers/workbook-fingerprint";
import { addTable, bytesOf } from "../helpers/xlsx-fixtures";

let dir = "";
let counter = 0;

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-koppla-");
});
afterAll(() => removeTempDir(dir));

async function fixture(book: ExcelJS.Workbook): Promise<string> {
  const path = join(dir, `plan-${++counter}.xlsx`);
  writeFileSync(path, await bytesOf(book));
  return path;
}

const fixtureOf = (specs: SheetSpec[]) => fixture(workbookOfSheets(specs));

function tableNames(book: ExcelJS.Workbook): string[] {
  return book.worksheets.flatMap((ws) =>
    ws.getTables().map((t) => (t as unknown as { table: { name: string } }).table.name),
  );
}

interface JsonFinding {
  rule: string;
  address: string | null;
}

async function findings(path: string): Promise<string[]> {
  const run = await runCli(["validera", path, "--json", "--datum", "2026-05-10"]);
  const report = JSON.parse(run.stdout) as { findings: JsonFinding[] };
  return report.findings.map((f) => `${f.rule} ${f.address ?? ""}`);
}

describe("atgardsplan koppla", () => {
  it("prints the proposal table by table and changes nothing without --ja", async () => {
    const path = await fixtureOf(districtPlan());
    const bytes = readFileSync(path);

    const run = await runCli(["koppla", path]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("  Aktiviteter: 'Våra aktiviteter'!A1:H4\n");
    expect(run.stdout).toContain("    kolumner: Namn (= Aktivitet), Nr, Syfte (= Beskrivning och syfte),");
    expect(run.stdout).toContain('    övriga kolumner: "Anteckningar"');
    expect(run.stdout).toContain(
      `    alternativ: 'Gammal uppföljning'!A1:D2 (saknar "Målet nått", "Genomförda aktiviteter")`,
    );
    expect(run.stdout).toContain('  Indikatorer (valfri): Skapa ny tabell på bladet "Indikatorer"');
    expect(run.stdout).toContain("Kör kommandot med --ja");
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("binds with --ja: every table gets its name, and validera finds what it found before", async () => {
    const path = await fixtureOf(districtPlan());
    const before = await findings(path);

    const run = await runCli(["bind", path, "--ja"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("  - Området 'Våra aktiviteter'!A1:H4 blev tabellen Aktiviteter.");
    expect(run.stdout).toContain('  - Tabellen Utfall skapades på det nya bladet "Utfall".');
    expect(run.stdout).toContain("  - Kopplingen atgardsplan.Deltagare pekar på tabellen Deltagare.");
    expect(tableNames(await loadWorkbook(path)).sort()).toEqual(
      [
        "Aktiviteter",
        "Bedomning",
        "Deltagare",
        "Indikatorer",
        "Omraden",
        "Plan",
        "Uppfoljning",
        "Utfall",
      ].sort(),
    );
    expect(await findings(path)).toEqual(before.filter((f) => !f.startsWith("table-missing")));
  });

  it("changes nothing in a workbook already bound, says so and does not write the file", async () => {
    const path = await fixtureOf(districtPlan());
    expect((await runCli(["koppla", path, "--ja"])).status).toBe(0);
    const bytes = readFileSync(path);

    const again = await runCli(["koppla", path, "--ja"]);
    expect(again.status).toBe(0);
    expect(again.stderr).toBe("");
    expect(again.stdout).toBe(
      `Planen i ${path} är redan kopplad. Inget behövde ändras, och filen skrevs inte.\n`,
    );
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("adds a missing required column and says so in the proposal", async () => {
    const path = await fixtureOf(untidyPlan());

    const run = await runCli(["koppla", path, "--ja"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("  Aktiviteter: 'Våra aktiviteter'!A3:G6\n");
    expect(run.stdout).toContain('    saknas: "Löptid" (läggs till)');
    expect(run.stdout).toContain('  - Tabellen Aktiviteter fick kolumnen "Löptid" längst till höger.');
    expect((await loadWorkbook(path)).getWorksheet("Våra aktiviteter")?.getCell("H3").value).toBe("Löptid");
  });

  it("renames an existing table only with --byt-namn", async () => {
    const book = workbookOfSheets([]);
    addTable(book, {
      sheet: "Blad1",
      name: "Tabell1",
      headers: ["Aktivitet", "Part"],
      rows: [["1.1", "Polisen"]],
    });
    const path = await fixture(book);

    const proposal = await runCli(["koppla", path]);
    expect(proposal.stdout).toContain("  Deltagare: tabellen Tabell1 på Blad1!A1:B2\n");
    expect(proposal.stdout).toContain(
      "    tabellen behåller namnet Tabell1 (--byt-namn döper om den till Deltagare)",
    );

    const run = await runCli(["koppla", path, "--ja", "--byt-namn"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("  - Tabellen Tabell1 bytte namn till Deltagare.");
    expect(tableNames(await loadWorkbook(path))).toContain("Deltagare");
  });

  it("exits 2 with a Swedish message and writes nothing when it cannot bind", async () => {
    const specs = untidyPlan().map((s) =>
      s.name === "Våra aktiviteter"
        ? { ...s, rows: s.rows.map((r, i) => (i === 4 ? [...r, "Notering"] : r)) }
        : s,
    );
    const path = await fixtureOf(specs);
    const bytes = readFileSync(path);

    const run = await runCli(["koppla", path, "--ja"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("cellen 'Våra aktiviteter'!H5 till höger om tabellen är inte tom");
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("exits 2 for a missing file, a file that is no workbook and a missing argument", async () => {
    const text = join(dir, "inte-en-arbetsbok.xlsx");
    writeFileSync(text, "Nr;Område\n1;Trygghet\n");

    const missing = await runCli(["koppla", join(dir, "finns-inte.xlsx")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("finns inte");
    const notWorkbook = await runCli(["koppla", text, "--ja"]);
    expect(notWorkbook.status).toBe(2);
    expect(notWorkbook.stderr).toContain("textfil");
    const none = await runCli(["koppla"]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("Användning: atgardsplan koppla FIL.xlsx");
    for (const run of [missing, notWorkbook, none]) expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
