import ExcelJS from "exceljs";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE } from "../helpers/cli";

let dir = "";

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir();
});

afterAll(() => removeTempDir(dir));

/** Every sheet and table the contract lists, with the headers the template must write. */
const EXPECTED_TABLES: { sheet: string; table: string; headers: string[] }[] = [
  {
    sheet: "Plan",
    table: "Plan",
    headers: [
      "Titel",
      "Stadsdelsförvaltning",
      "Lokalpolisområde",
      "År",
      "Diarienummer",
      "Rapportdag T1",
      "Rapportdag T2",
      "Rapportdag VB",
    ],
  },
  {
    sheet: "Områden",
    table: "Omraden",
    headers: ["Nr", "Område", "Övergripande mål och syfte", "Lägesbild", "Strategidokument"],
  },
  {
    sheet: "Aktiviteter",
    table: "Aktiviteter",
    headers: [
      "Nr",
      "Aktivitet",
      "Beskrivning och syfte",
      "Mätbara mål",
      "Löptid",
      "Mötesfrekvens",
      "Sammankallande",
      "Sammankallandes e-post",
      "Finansiering",
      "Kommunikation",
    ],
  },
  {
    sheet: "Deltagare",
    table: "Deltagare",
    headers: ["Aktivitet", "Part", "Kontakt", "Övriga deltagare", "Åtagande", "E-post"],
  },
  {
    sheet: "Indikatorer",
    table: "Indikatorer",
    headers: ["Aktivitet", "Indikator", "Målvärde", "Enhet", "Källa", "Utgångsvärde", "Utgångsår"],
  },
  {
    sheet: "Uppföljning",
    table: "Uppfoljning",
    headers: [
      "Aktivitet",
      "År",
      "Period",
      "Målet nått",
      "Kommentar",
      "Genomförda aktiviteter",
      "Antal möten",
      "Rapporterad av",
      "Rapportdatum",
    ],
  },
  {
    sheet: "Utfall",
    table: "Utfall",
    headers: ["Aktivitet", "Indikator", "År", "Period", "Värde", "Kommentar"],
  },
  {
    sheet: "Bedömning",
    table: "Bedomning",
    headers: ["Område", "År", "Period", "Samlad bedömning", "Analys", "Åtgärder framåt"],
  },
];

interface ListRule {
  readonly type?: string;
  readonly formulae?: unknown[];
}

/** "C12" → { row: 12, col: 3 }. */
function parseCell(address: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!match) throw new Error(`Ingen celladress: ${address}`);
  let col = 0;
  for (const ch of match[1] ?? "") col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]), col };
}

/** The list validation that applies to a cell of the sheet, if any (ranges or single cells). */
function listValidationAt(sheet: ExcelJS.Worksheet, address: string): ListRule | undefined {
  const own = sheet.getCell(address).dataValidation as ListRule | undefined;
  if (own?.type === "list") return own;
  const cell = parseCell(address);
  const model = (sheet as unknown as { dataValidations: { model: Record<string, ListRule> } }).dataValidations
    .model;
  for (const [key, rule] of Object.entries(model)) {
    if (rule.type !== "list") continue;
    for (const part of key.replace(/^range:/, "").split(/\s+/)) {
      const [start = "", end = start] = part.split(":");
      const a = parseCell(start);
      const b = parseCell(end);
      const inside =
        cell.row >= Math.min(a.row, b.row) &&
        cell.row <= Math.max(a.row, b.row) &&
        cell.col >= Math.min(a.col, b.col) &&
        cell.col <= Math.max(a.col, b.col);
      if (inside) return rule;
    }
  }
  return undefined;
}

/** The allowed values of a list rule given inline ("T1,T2,VB") or as a range on a sheet. */
function listValues(book: ExcelJS.Workbook, rule: ListRule): string[] {
  const formula = String(rule.formulae?.[0] ?? "");
  if (formula.startsWith('"')) return formula.slice(1, -1).split(",");
  const match = /^=?(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(formula);
  if (!match) return [formula];
  const sheet = book.getWorksheet((match[1] ?? match[2] ?? "").replace(/''/g, "'"));
  const values: string[] = [];
  for (let r = Number(match[4]); r <= Number(match[6]); r++) {
    values.push(String(sheet?.getCell(`${match[3]}${r}`).value ?? ""));
  }
  return values;
}

describe("atgardsplan mall", () => {
  it("creates a template that validates with no findings at all", async () => {
    const made = await runCli(["mall", "plan.xlsx"], { cwd: dir });
    expect(made.stderr).toBe("");
    expect(made.status).toBe(0);
    expect(made.stdout).toContain(
      "Skapade planmall plan.xlsx med tabellerna Plan, Omraden, Aktiviteter, Deltagare, Indikatorer, Uppfoljning, Utfall och Bedomning.",
    );
    // No activities, no plan year: even after every deadline nothing is missing.
    const checked = await runCli(["validera", "plan.xlsx", "--json", "--datum", "2027-02-01"], { cwd: dir });
    expect(checked.stderr).toBe("");
    expect(checked.status).toBe(0);
    expect(JSON.parse(checked.stdout)).toEqual({
      valid: true,
      stats: { errors: 0, warnings: 0, info: 0 },
      findings: [],
    });
  });

  it("writes every table on its sheet with drop-down lists and text-formatted Nr columns", async () => {
    const file = join(dir, "granska.xlsx");
    expect((await runCli(["mall", file])).status).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);

    for (const expected of EXPECTED_TABLES) {
      const sheet = book.getWorksheet(expected.sheet);
      expect(sheet, expected.sheet).toBeDefined();
      if (!sheet) continue;
      const tables = sheet.getTables() as unknown as { table: { name: string } }[];
      expect(tables.map((t) => t.table.name)).toEqual([expected.table]);
      const headers = expected.headers.map((_, i) => sheet.getRow(1).getCell(i + 1).value);
      expect(headers).toEqual(expected.headers);
    }

    const followUps = book.getWorksheet("Uppföljning");
    if (!followUps) throw new Error("Uppföljning saknas");
    const period = listValidationAt(followUps, "C2");
    const status = listValidationAt(followUps, "D2");
    expect(period).toBeDefined();
    expect(status).toBeDefined();
    expect(listValues(book, period ?? {})).toEqual(["T1", "T2", "VB"]);
    expect(listValues(book, status ?? {})).toEqual([
      "Uppfyllt",
      "Delvis uppfyllt",
      "Ej uppfyllt",
      "Ej bedömt",
    ]);
    const outcomes = book.getWorksheet("Utfall");
    expect(outcomes && listValues(book, listValidationAt(outcomes, "D2") ?? {})).toEqual(["T1", "T2", "VB"]);
    const assessments = book.getWorksheet("Bedömning");
    expect(assessments && listValues(book, listValidationAt(assessments, "C2") ?? {})).toEqual([
      "T1",
      "T2",
      "VB",
    ]);

    // The Nr column of Aktiviteter and the Aktivitet column elsewhere are text ("@").
    const textFormatted = (sheetName: string, column: number) => {
      const sheet = book.getWorksheet(sheetName);
      if (!sheet) return false;
      return sheet.getColumn(column).numFmt === "@" || sheet.getCell(2, column).numFmt === "@";
    };
    expect(textFormatted("Aktiviteter", 1)).toBe(true);
    for (const sheet of ["Deltagare", "Indikatorer", "Uppföljning", "Utfall"]) {
      expect(textFormatted(sheet, 1), sheet).toBe(true);
    }
    // Columns that are not activity numbers are not forced to text.
    expect(textFormatted("Uppföljning", 2)).toBe(false);
  });

  it("refuses to overwrite an existing file without --skriv-over", async () => {
    const file = join(dir, "befintlig.xlsx");
    writeFileSync(file, "min egen fil");
    const result = await runCli(["mall", file]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("finns redan");
    expect(result.stderr).toContain("--skriv-over");
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(readFileSync(file, "utf8")).toBe("min egen fil");
  });

  it("replaces an existing file with --skriv-over", async () => {
    const file = join(dir, "ersatt.xlsx");
    writeFileSync(file, "min egen fil");
    const result = await runCli(["mall", file, "--skriv-over"]);
    expect(result.status).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("refuses a file name that does not end in .xlsx and writes nothing", async () => {
    const result = await runCli(["mall", "plan.xls"], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("måste sluta på .xlsx");
    expect(existsSync(join(dir, "plan.xls"))).toBe(false);
  });

  it("exits 2 when the file argument is missing", async () => {
    const result = await runCli(["mall"], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Ange filen som ska skapas/);
    expect(result.stderr).toContain("Användning: atgardsplan mall FIL.xlsx");
  });

  it("accepts the English alias template", async () => {
    const result = await runCli(["template", "engelska.xlsx"], { cwd: dir });
    expect(result.status).toBe(0);
    expect(existsSync(join(dir, "engelska.xlsx"))).toBe(true);
  });

  it("leaves no temporary file behind", async () => {
    const sub = makeTempDir();
    try {
      expect((await runCli(["mall", "ensam.xlsx"], { cwd: sub })).status).toBe(0);
      expect(readdirSync(sub)).toEqual(["ensam.xlsx"]);
    } finally {
      removeTempDir(sub);
    }
  });
});
