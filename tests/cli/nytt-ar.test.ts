/**
 * `atgardsplan nytt-ar` on the bundled example plan with a year filled in: the new workbook
 * validates with no errors, carries the baselines, keeps every year's Utfall and leaves the
 * activity whose Löptid ended; the plan it was made from is never changed. The new workbook
 * is read back with raw exceljs and the validator is the CLI's own `validera`.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE } from "../helpers/cli";
import { FILLED_YEAR, filledExampleTables, filledExampleWorkbook } from "../helpers/filled-example";

let dir = "";
let planHash = "";
/** Deltagare rows of the activities that go on, counted from the rows the fixture wrote. */
let carriedParticipants = 0;

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-nytt-ar-");
  writeFileSync(join(dir, "plan-2026.xlsx"), await filledExampleWorkbook());
  writeFileSync(join(dir, "trasig.xlsx"), "inte en arbetsbok");
  planHash = hash(join(dir, "plan-2026.xlsx"));
  carriedParticipants = (await filledExampleTables()).Deltagare.filter(
    (p) => p.Aktivitet !== FILLED_YEAR.ended,
  ).length;
});

afterAll(() => removeTempDir(dir));

/** A sheet's data rows keyed by header, read with raw exceljs. */
async function rowsOf(file: string, sheet: string): Promise<Record<string, unknown>[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const rows: Record<string, unknown>[] = [];
  let headers: string[] = [];
  book.getWorksheet(sheet)?.eachRow((row, n) => {
    const values = (row.values as unknown[]).slice(1);
    if (n === 1) headers = values.map(String);
    else if (values.some((v) => v !== null && v !== undefined))
      rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  });
  return rows;
}

describe("atgardsplan nytt-ar", () => {
  it("makes next year's plan that validates with no errors and carries the baselines", async () => {
    const result = await runCli(["nytt-ar", "plan-2026.xlsx", "-o", "plan-2027.xlsx"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "Skapade plan-2027.xlsx: planen för 2027 (Skärholmen), gjord av planen för 2026 i plan-2026.xlsx, som inte ändrades.",
    );
    expect(lines[1]).toBe(
      `Den nya planen har 3 områden, 7 aktiviteter, ${carriedParticipants} deltagarrader, 2 indikatorer och 6 utfallsrader. ` +
        "Uppföljning och Bedömning är tomma.",
    );
    expect(result.stdout).toContain(
      [
        "Utgångsvärden (2):",
        "  2.3 Centrumbesiktningar: 4 (utfall 2026, VB)",
        "  2.3 Trygghetsvandringar: 5 (utfall 2026, T1 + T2, VB saknas)",
      ].join("\n"),
    );
    expect(result.stdout).toContain(
      "Lämnades kvar (1):\n  1.2 Platssamverkan Bredäng (rad 3 i Aktiviteter): Löptiden slutade 2026-12-31.",
    );
    expect(lines.at(-1)).toBe("Kontrollera den nya planen med: atgardsplan validera plan-2027.xlsx");

    const check = await runCli(["validera", "plan-2027.xlsx", "--json", "--datum", "2027-03-01"], {
      cwd: dir,
    });
    expect(check.status).toBe(0);
    const report = JSON.parse(check.stdout) as {
      valid: boolean;
      findings: { rule: string; severity: string }[];
    };
    expect(report.valid).toBe(true);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.findings.filter((f) => f.rule === "follow-up-missing")).toEqual([]);

    const file = join(dir, "plan-2027.xlsx");
    expect(await rowsOf(file, "Plan")).toMatchObject([{ År: 2027, Stadsdelsförvaltning: "Skärholmen" }]);
    const activities = (await rowsOf(file, "Aktiviteter")).map((a) => a.Nr);
    expect(activities).toEqual(["1.1", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"]);
    const participants = await rowsOf(file, "Deltagare");
    expect(participants).toHaveLength(carriedParticipants);
    expect(participants.some((p) => p.Aktivitet === FILLED_YEAR.ended)).toBe(false);
    expect(
      (await rowsOf(file, "Indikatorer")).map((i) => [i.Indikator, i.Målvärde, i.Utgångsvärde, i.Utgångsår]),
    ).toEqual([
      ["Centrumbesiktningar", 4, 4, 2026],
      ["Trygghetsvandringar", 8, 5, 2026],
    ]);
    expect(
      (await rowsOf(file, "Utfall")).map((o) => [o.Aktivitet, o.Indikator, o.År, o.Period, o.Värde]),
    ).toEqual(FILLED_YEAR.outcomes.map((o) => [...o]));
    expect(await rowsOf(file, "Uppföljning")).toEqual([]);
    expect(await rowsOf(file, "Bedömning")).toEqual([]);
    expect(hash(join(dir, "plan-2026.xlsx"))).toBe(planHash);
  });

  it("refuses to write over an existing file unless --skriv-over says so", async () => {
    const target = join(dir, "upptagen.xlsx");
    writeFileSync(target, "min egen fil");
    const refused = await runCli(["nytt-ar", "plan-2026.xlsx", "-o", "upptagen.xlsx"], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim()).toBe(
      "Filen upptagen.xlsx finns redan och lämnades orörd. Välj ett annat filnamn, eller lägg till --skriv-over för att ersätta den.",
    );
    expect(readFileSync(target, "utf8")).toBe("min egen fil");
    const replaced = await runCli(["new-year", "plan-2026.xlsx", "-o", "upptagen.xlsx", "--skriv-over"], {
      cwd: dir,
    });
    expect(replaced.status).toBe(0);
    expect(await rowsOf(target, "Plan")).toMatchObject([{ År: 2027 }]);
  });

  it("makes the plan for the year given with --ar", async () => {
    const result = await runCli(["nytt-ar", "plan-2026.xlsx", "-o", "plan-2028.xlsx", "--ar", "2028"], {
      cwd: dir,
    });
    expect(result.status).toBe(0);
    expect(await rowsOf(join(dir, "plan-2028.xlsx"), "Plan")).toMatchObject([{ År: 2028 }]);
  });

  it("never writes the new plan over the old one", async () => {
    const result = await runCli(["nytt-ar", "plan-2026.xlsx", "-o", "./plan-2026.xlsx", "--skriv-over"], {
      cwd: dir,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Den nya planen kan inte sparas över den gamla/);
    expect(hash(join(dir, "plan-2026.xlsx"))).toBe(planHash);
  });

  it("exits 2 with a Swedish message and writes nothing for a file that is not a workbook", async () => {
    const result = await runCli(["nytt-ar", "trasig.xlsx", "-o", "ny.xlsx"], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).toMatch(/trasig\.xlsx/);
    expect(existsSync(join(dir, "ny.xlsx"))).toBe(false);
  });

  it("asks for -o when it is missing, and for a year not before the plan's", async () => {
    const missing = await runCli(["nytt-ar", "plan-2026.xlsx"], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(
      /^Ange den nya planens arbetsbok med -o, till exempel -o plan-2027\.xlsx\./,
    );
    const early = await runCli(["nytt-ar", "plan-2026.xlsx", "-o", "gammal.xlsx", "--ar", "2025"], {
      cwd: dir,
    });
    expect(early.status).toBe(2);
    expect(early.stderr.trim()).toBe(
      "Den nya planens år måste komma efter planens eget år, 2026: 2025 går inte. Ange till exempel 2027.",
    );
    expect(existsSync(join(dir, "gammal.xlsx"))).toBe(false);
  });
});
