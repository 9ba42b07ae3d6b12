import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityRow, followUpRow } from "../helpers/snapshot-builder";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE } from "../helpers/cli";
import { writePlanFixture } from "./plan-fixture";

let dir = "";

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir();
  await writePlanFixture(join(dir, "giltig.xlsx"));
  // Three errors and, with --datum after 15 May, one warning (1.2 has no valid T1 row).
  await writePlanFixture(join(dir, "fel.xlsx"), {
    Aktiviteter: [
      activityRow({ Nr: "1.1", Aktivitet: "Platssamverkan Vårberg" }),
      activityRow({ Nr: "1.2", Aktivitet: "Platssamverkan Bredäng", Löptid: "snart" }),
    ],
    Uppfoljning: [
      followUpRow({ Aktivitet: "1.1", "Målet nått": "Delvis uppfyllt" }),
      followUpRow({ Aktivitet: "1.2", Period: "T3" }),
    ],
  });
});

afterAll(() => removeTempDir(dir));

describe("atgardsplan validera", () => {
  it("exits 0 and says the plan is valid when there are no findings", async () => {
    const result = await runCli(["validera", "giltig.xlsx", "--datum", "2026-05-20"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Validering av giltig.xlsx (kontrolldatum 2026-05-20)");
    expect(result.stdout).toContain("Inga anmärkningar.");
    expect(lines.slice(-2)).toEqual([
      "0 fel, 0 varningar, 0 upplysningar",
      "Inga fel eller varningar: planen är giltig.",
    ]);
  });

  it("exits 1 and groups the findings by rule under Swedish titles, with cells and messages", async () => {
    const result = await runCli(["validera", "fel.xlsx", "--datum", "2026-05-20"], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout.trimEnd().split("\n")).toEqual([
      "Validering av fel.xlsx (kontrolldatum 2026-05-20)",
      "",
      "FEL: Inte i rätt form (1)",
      '  Aktiviteter!E3  "Löptid" ska vara "Tillsvidare" eller ett datumintervall som "2026-01-01–2026-12-31" ' +
        '(tankstreck, " - " eller "till" mellan datumen, slutdatum inte före startdatum), men är "snart".',
      "",
      "FEL: Kommentar saknas (1)",
      "  'Uppföljning'!E2  Målet är \"Delvis uppfyllt\" för aktivitet 1.1, T1 2026, men Kommentar är tom. " +
        "Förklara varför målet inte är helt nått och vad som görs.",
      "",
      "FEL: Värde som inte finns i listan (1)",
      '  \'Uppföljning\'!C3  "T3" är inte ett tillåtet värde för "Period". Tillåtna värden: "T1", "T2" och ' +
        '"VB". Tertial 3 redovisas i verksamhetsberättelsen: skriv "VB".',
      "",
      "VARNING: Uppföljning saknas (1)",
      "  Aktiviteter!A3  Uppföljningen för aktivitet 1.2, T1 2026 saknas (rapportdagen var 2026-05-15). " +
        'Lägg till en rad i Uppföljning med "Förbered uppföljning" i tillägget eller "atgardsplan forbered ' +
        '--period T1" på kommandoraden, och fyll i den.',
      "",
      "3 fel, 1 varning, 0 upplysningar",
      "Planen har 3 fel som behöver rättas.",
    ]);
  });

  it("prints exactly { valid, stats, findings } with --json", async () => {
    const result = await runCli(["validera", "fel.xlsx", "--json", "--datum", "2026-05-20"], { cwd: dir });
    expect(result.status).toBe(1);
    const document = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(document)).toEqual(["valid", "stats", "findings"]);
    expect(document.valid).toBe(false);
    expect(document.stats).toEqual({ errors: 3, warnings: 1, info: 0 });
    const findings = document.findings as Record<string, unknown>[];
    expect(findings).toHaveLength(4);
    for (const finding of findings) {
      expect(Object.keys(finding).sort()).toEqual(
        ["address", "column", "message", "row", "rule", "severity", "table", "value"].sort(),
      );
      expect(typeof finding.message).toBe("string");
      expect(["error", "warning", "info"]).toContain(finding.severity);
    }
    expect(findings).toContainEqual({
      rule: "pattern",
      severity: "error",
      table: "Aktiviteter",
      column: "Löptid",
      row: 2,
      address: "Aktiviteter!E3",
      value: "snart",
      message: expect.stringContaining("Tillsvidare") as unknown,
    });
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: "enum",
        table: "Uppfoljning",
        column: "Period",
        row: 2,
        address: "'Uppföljning'!C3",
        value: "T3",
        message: expect.stringContaining("VB") as unknown,
      }),
    );
  });

  it("checks follow-up against --datum: a period counts once its deadline has passed", async () => {
    const onDeadline = await runCli(["validera", "giltig.xlsx", "--json", "--datum", "2026-09-15"], {
      cwd: dir,
    });
    const afterDeadline = await runCli(["validera", "giltig.xlsx", "--json", "--datum", "2026-09-16"], {
      cwd: dir,
    });
    const rulesOf = (stdout: string) =>
      (JSON.parse(stdout) as { findings: { rule: string; address: string }[] }).findings.map(
        (f) => `${f.rule} ${f.address}`,
      );
    expect(onDeadline.status).toBe(0);
    expect(rulesOf(onDeadline.stdout)).toEqual([]);
    // T2 2026 is due on 15 September (the follow-ups and the area's assessment); warnings
    // do not make the plan invalid.
    expect(afterDeadline.status).toBe(0);
    expect(rulesOf(afterDeadline.stdout)).toEqual([
      "assessment-missing 'Områden'!A2",
      "follow-up-missing Aktiviteter!A2",
      "follow-up-missing Aktiviteter!A3",
    ]);
  });

  it("uses today as the check date when --datum is not given", async () => {
    const result = await runCli(["validera", "giltig.xlsx"], { cwd: dir });
    const today = new Date();
    const pad = (n: number) => String(n).padStart(2, "0");
    const iso = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
    expect(result.stdout.split("\n")[0]).toBe(`Validering av giltig.xlsx (kontrolldatum ${iso})`);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it("accepts the English alias validate", async () => {
    const result = await runCli(["validate", "fel.xlsx", "--json", "--datum", "2026-05-20"], { cwd: dir });
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as { stats: unknown }).stats).toEqual({
      errors: 3,
      warnings: 1,
      info: 0,
    });
  });
});
