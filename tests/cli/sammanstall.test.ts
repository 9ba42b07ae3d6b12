/**
 * `atgardsplan sammanstall` over a folder of generated district plans (several districts,
 * one broken file, a workbook that is no plan, one plan of another year, Excel's lock file):
 * the summary's sheets read back with raw exceljs, the numbers checked against the counts
 * read off the plans' rows; the plans themselves are never changed.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE } from "../helpers/cli";
import { countCells, FIXTURE_T2, FIXTURE_T2_DEVIATIONS, writeDistrictPlan } from "../helpers/district-plans";

let dir = "";
let folder = "";
const hashes = new Map<string, string>();

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-sammanstall-");
  folder = join(dir, "planer");
  mkdirSync(folder);
  await writeDistrictPlan(join(folder, "hagersten.xlsx"), "Hägersten-Älvsjö", { reportedT2On: "2026-09-20" });
  await writeDistrictPlan(join(folder, "skarholmen.xlsx"), "Skärholmen");
  await writeDistrictPlan(join(folder, "spanga-2025.xlsx"), "Spånga-Tensta", { year: 2025 });
  await writeDistrictPlan(join(folder, "~$skarholmen.xlsx"), "Låsfil");
  writeFileSync(join(folder, "trasig.xlsx"), "inte en arbetsbok");
  writeFileSync(join(folder, "anteckningar.txt"), "inte en plan");
  const budget = new ExcelJS.Workbook();
  budget.addWorksheet("Budget").addRow(["Post", "Belopp"]);
  await budget.xlsx.writeFile(join(folder, "budget.xlsx"));
  for (const name of readdirSync(folder)) hashes.set(name, hash(join(folder, name)));
  mkdirSync(join(dir, "tom"));
});

afterAll(() => removeTempDir(dir));

/** A sheet's rows as values (merged cells once), read with raw exceljs. */
async function sheetRows(file: string, sheet: string): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const found = book.getWorksheet(sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  const rows: unknown[][] = [];
  found.eachRow({ includeEmpty: true }, (row) => {
    const values: unknown[] = [];
    row.eachCell((c) => {
      if (!c.isMerged || c.master === c) values.push(c.value);
    });
    rows.push(values);
  });
  return rows;
}

describe("atgardsplan sammanstall", () => {
  it("summarises every plan of the year in the folder and lists the others with why", async () => {
    const result = await runCli(["sammanstall", "planer", "--period", "T2", "-o", "summa.xlsx"], {
      cwd: dir,
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "Skapade summa.xlsx: Tertial 2 (maj–augusti) 2026 för 2 stadsdelar, från planerna i planer, som inte ändrades.",
    );
    expect(lines[1]).toBe(
      "Totalt 12 aktiviteter: 10 rapporterade (Uppfyllt 2, Delvis uppfyllt 4, Ej uppfyllt 2, Ej bedömt 2), " +
        "2 saknas, 1 sen rapport.",
    );
    expect(lines.slice(3, 7)).toEqual([
      "Inte med (3):",
      "  budget.xlsx: ingen plan: tabellerna Områden, Aktiviteter, Deltagare och Uppföljning saknas",
      "  spanga-2025.xlsx: planen gäller 2025, inte 2026",
      expect.stringMatching(/^ {2}trasig\.xlsx: kunde inte läsas: .*trasig\.xlsx/) as unknown as string,
    ]);
    expect(lines).toHaveLength(7);
    for (const [name, before] of hashes) expect(hash(join(folder, name))).toBe(before);
  });

  it("writes a district sheet whose numbers are the plans' own, with the chart and the files left out", async () => {
    const file = join(dir, "summa.xlsx");
    const rows = await sheetRows(file, "Per stadsdel");
    const header = rows.findIndex((r) => r[0] === "Stadsdel");
    expect(rows[header + 1]).toEqual(["Hägersten-Älvsjö", ...countCells({ ...FIXTURE_T2, late: 1 })]);
    expect(rows[header + 2]).toEqual(["Skärholmen", ...countCells(FIXTURE_T2)]);
    expect(rows[header + 3]).toEqual(["Totalt", 12, 10, 2, 4, 2, 2, 2, 1]);
    const left = rows.findIndex((r) => r[0] === "Arbetsbok");
    expect(rows.slice(left + 1, left + 4).map((r) => r[0])).toEqual([
      "budget.xlsx",
      "spanga-2025.xlsx",
      "trasig.xlsx",
    ]);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const chart = await zip.file("xl/charts/chart1.xml")?.async("string");
    expect(chart).toContain("Målet nått per stadsdel, T2 2026");
    expect(chart).toContain(`'Per stadsdel'!$A$${header + 2}:$A$${header + 3}`);
  });

  it("lists every activity and every deviation of the districts", async () => {
    const file = join(dir, "summa.xlsx");
    const activities = await sheetRows(file, "Alla aktiviteter");
    expect(activities[2]).toEqual(["Stadsdel", "Nr", "Aktivitet", "Sammankallande", "T1", "T2"]);
    const listed = activities.slice(3);
    expect(listed).toHaveLength(2 * FIXTURE_T2.activities);
    expect(listed.filter((r) => r[0] === "Skärholmen").map((r) => r[1])).toEqual([
      "1.1",
      "1.2",
      "1.10",
      "2.1",
      "2.2",
      "2.3",
    ]);
    expect(listed.find((r) => r[0] === "Skärholmen" && r[1] === "2.2")?.slice(4)).toEqual([
      "Saknas",
      "Saknas",
    ]);
    const deviations = (await sheetRows(file, "Avvikelser")).slice(3);
    expect(deviations).toHaveLength(2 * FIXTURE_T2_DEVIATIONS + 1);
    expect(deviations[0]).toEqual([
      "Hägersten-Älvsjö",
      "1.1",
      "Platssamverkan Vårberg",
      "Sen rapport",
      "Sen rapport: 5 dagar (2026-09-20)",
    ]);
  });

  it("summarises the year asked with --ar, listing the plans of other years", async () => {
    const result = await runCli(
      ["summarize", "planer", "--period", "VB", "--ar", "2025", "-o", "vb-2025.xlsx"],
      { cwd: dir },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Verksamhetsberättelse (helår) 2025 för 1 stadsdel");
    expect(result.stdout).toContain("  skarholmen.xlsx: planen gäller 2026, inte 2025");
    const rows = await sheetRows(join(dir, "vb-2025.xlsx"), "Per stadsdel");
    expect(rows.some((r) => r[0] === "Spånga-Tensta")).toBe(true);
  });

  it("leaves its own earlier summary in the folder out when it replaces it", async () => {
    const first = await runCli(["sammanstall", ".", "--period", "T2", "-o", "egen.xlsx"], { cwd: folder });
    expect(first.status).toBe(0);
    const again = await runCli(["sammanstall", ".", "--period", "T2", "-o", "egen.xlsx", "--skriv-over"], {
      cwd: folder,
    });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("Inte med (3):");
    expect(again.stdout).not.toContain("  egen.xlsx");
  });

  it("refuses to replace an existing file without --skriv-over", async () => {
    writeFileSync(join(dir, "upptagen.xlsx"), "min egen fil");
    const result = await runCli(["sammanstall", "planer", "--period", "T2", "-o", "upptagen.xlsx"], {
      cwd: dir,
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      "Filen upptagen.xlsx finns redan och lämnades orörd. Välj ett annat filnamn, eller lägg till --skriv-over för att ersätta den.",
    );
    expect(readFileSync(join(dir, "upptagen.xlsx"), "utf8")).toBe("min egen fil");
  });

  it("exits 2 with a Swedish message and writes nothing for a folder without plans", async () => {
    const missing = await runCli(["sammanstall", "finns-inte", "--period", "T2", "-o", "x.xlsx"], {
      cwd: dir,
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe("Mappen finns-inte finns inte. Kontrollera sökvägen.");
    const empty = await runCli(["sammanstall", "tom", "--period", "T2", "-o", "x.xlsx"], { cwd: dir });
    expect(empty.status).toBe(2);
    expect(empty.stderr.trim()).toBe("Mappen tom innehåller inga arbetsböcker (.xlsx).");
    const none = await runCli(["sammanstall", "planer", "--period", "T2", "--ar", "2030", "-o", "x.xlsx"], {
      cwd: dir,
    });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^Ingen plan kunde sammanställas, så ingen sammanställning skrevs:\n/);
    expect(none.stderr).toContain("  skarholmen.xlsx: planen gäller 2026, inte 2030");
    expect(none.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  it("asks for the period and the output file", async () => {
    const noPeriod = await runCli(["sammanstall", "planer", "-o", "x.xlsx"], { cwd: dir });
    expect(noPeriod.status).toBe(2);
    expect(noPeriod.stderr.trim()).toBe("Ange perioden med --period T1, T2 eller VB.");
    const noOut = await runCli(["sammanstall", "planer", "--period", "T1"], { cwd: dir });
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toMatch(/^Ange sammanställningens arbetsbok med -o/);
  });
});
