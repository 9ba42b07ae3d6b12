import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE } from "../helpers/cli";
import { plainDocx } from "../helpers/docx-fixtures";
import { SEED_PATH } from "../import/seed-helpers";

let dir = "";

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-importera-");
  writeFileSync(join(dir, "plan.txt"), readFileSync(SEED_PATH));
  writeFileSync(join(dir, "protokoll.txt"), "Protokoll\n\nVi talade om trygghet och om nästa möte.\n");
  writeFileSync(join(dir, "tom.docx"), await plainDocx([]));
  writeFileSync(join(dir, "noll.docx"), new Uint8Array());
  writeFileSync(join(dir, "trasig.docx"), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
});

afterAll(() => removeTempDir(dir));

/** Sheet name → data rows (below the header) as arrays of cell text, read with raw exceljs. */
async function sheetRows(file: string, sheet: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: string[][] = [];
  workbook.getWorksheet(sheet)?.eachRow((row, n) => {
    if (n === 1) return;
    const values = Array.from((row.values as unknown[]).slice(1), (v) =>
      v === null || v === undefined ? "" : String(v),
    );
    if (values.some((v) => v !== "")) rows.push(values);
  });
  return rows;
}

function onlyFiles(): string[] {
  return readdirSync(dir).sort();
}

describe("atgardsplan importera", () => {
  it("imports the seed, prints the summary and writes the workbook", async () => {
    const result = await runCli(["importera", "plan.txt", "-o", "plan.xlsx", "--ar", "2026"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Importerade plan.txt till plan.xlsx (år 2026, Skärholmen).");
    expect(lines[1]).toBe("3 områden, 8 aktiviteter, 92 deltagarrader, 2 indikatorer");
    expect(result.stdout).toContain("Kunde inte placeras i arbetsboken (5):");
    expect(result.stdout).toContain(
      '  Aktivitet 2.3: Övriga deltagare: text om listan, ingen organisation: "Varierar utifrån behov. Exempel:"',
    );
    expect(result.stdout).toContain('  Inledningen: text före första området: "Beskrivning och disposition"');
    expect(lines[lines.length - 1]).toBe("Kontrollera planen med: atgardsplan validera plan.xlsx");
    const file = join(dir, "plan.xlsx");
    expect((await sheetRows(file, "Aktiviteter")).map((r) => r[0])).toEqual([
      "1.1",
      "1.2",
      "2.1",
      "2.2",
      "2.3",
      "3.1",
      "3.2",
      "3.3",
    ]);
    expect(await sheetRows(file, "Plan")).toEqual([
      ["Åtgärdsplan för gemensamma prioriteringar", "Skärholmen", "", "2026"],
    ]);
  });

  it("refuses to overwrite an existing workbook, and leaves it as it was", async () => {
    const file = join(dir, "befintlig.xlsx");
    writeFileSync(file, "inte rörd");
    const result = await runCli(["importera", "plan.txt", "-o", "befintlig.xlsx"], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/Filen "befintlig.xlsx" finns redan .* --skriv-over/);
    expect(readFileSync(file, "utf8")).toBe("inte rörd");
  });

  it("replaces the workbook with --skriv-over (alias import, --stadsdel, default year)", async () => {
    const file = join(dir, "ersatt.xlsx");
    writeFileSync(file, "gammal");
    const result = await runCli(
      ["import", "plan.txt", "--utfil", "ersatt.xlsx", "--skriv-over", "--stadsdel", "Farsta"],
      { cwd: dir },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(1000);
    const year = String(new Date().getFullYear());
    expect(await sheetRows(file, "Plan")).toEqual([
      ["Åtgärdsplan för gemensamma prioriteringar", "Farsta", "", year],
    ]);
    // The document says Skärholmen: --stadsdel wins, as its help says, and the user is told.
    expect(result.stdout.split("\n").slice(0, 3)).toEqual([
      `Importerade plan.txt till ersatt.xlsx (år ${year}, Farsta).`,
      "3 områden, 8 aktiviteter, 92 deltagarrader, 2 indikatorer",
      "Obs: Dokumentet anger stadsdelsförvaltningen Skärholmen; tabellen Plan fick Farsta, som angavs vid importen.",
    ]);
    const help = await runCli(["importera", "--help"]);
    expect(help.stdout).toContain(
      "  --stadsdel NAMN        stadsdelsförvaltningen i tabellen Plan (standard: den som står\n" +
        "                         i dokumentet; står en annan där sägs det efter importen)\n",
    );
  });

  it.each([
    ["a text that is no plan", "protokoll.txt", /"protokoll.txt" ser inte ut som en åtgärdsplan/],
    ["a Word document with nothing in it", "tom.docx", /"tom.docx" ser inte ut som en åtgärdsplan/],
    ["an empty .docx file", "noll.docx", /Filen "noll.docx" är tom\./],
    ["a broken .docx file", "trasig.docx", /"trasig.docx" kan inte läsas som ett Word-dokument/],
    ["a document that does not exist", "saknas.docx", /Filen "saknas.docx" finns inte/],
  ])("exits 2 with a Swedish message and writes nothing for %s", async (_what, document, message) => {
    const before = onlyFiles();
    const result = await runCli(["importera", document, "-o", "ut.xlsx"], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(onlyFiles()).toEqual(before);
    expect(existsSync(join(dir, "ut.xlsx"))).toBe(false);
  });

  it("exits 2 and shows how to name the workbook when -o is missing", async () => {
    const result = await runCli(["importera", "plan.txt"], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Ange arbetsboken som ska skapas med -o/);
  });
});
