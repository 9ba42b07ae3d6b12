import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE } from "../helpers/cli";
import { writeEncryptedXlsx, writeLegacyXls, writePlanFixture, writeUnrelatedWorkbook } from "./plan-fixture";

let dir = "";

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir();
  writeFileSync(join(dir, "slump.xlsx"), randomBytes(4096));
  writeLegacyXls(join(dir, "gammal.xls"));
  writeLegacyXls(join(dir, "gammal-omdopt.xlsx"));
  writeFileSync(join(dir, "tabell.xlsx"), "Nr;Område;Övergripande mål och syfte\n1;Trygghet;Minska brott\n");
  writeEncryptedXlsx(join(dir, "lösenord.xlsx"));
  writeFileSync(join(dir, "tom.xlsx"), "");
  await writeUnrelatedWorkbook(join(dir, "annan.xlsx"));
  await writePlanFixture(join(dir, "giltig.xlsx"));
});

afterAll(() => removeTempDir(dir));

/** Every input error: exit 2, a Swedish message on stderr, no stack trace, nothing on stdout. */
const CASES: { name: string; args: string[]; message: RegExp }[] = [
  { name: "a missing file", args: ["validera", "finns-inte.xlsx"], message: /finns-inte\.xlsx/ },
  { name: "random bytes", args: ["validera", "slump.xlsx"], message: /slump\.xlsx/ },
  { name: "a legacy .xls", args: ["validera", "gammal.xls"], message: /xls/i },
  { name: "a legacy .xls renamed .xlsx", args: ["validera", "gammal-omdopt.xlsx"], message: /xls/i },
  { name: "a .csv renamed .xlsx", args: ["validera", "tabell.xlsx"], message: /tabell\.xlsx/ },
  { name: "an encrypted workbook", args: ["validera", "lösenord.xlsx"], message: /lösenord|krypter/i },
  { name: "an empty file", args: ["validera", "tom.xlsx"], message: /tom/ },
  {
    name: "a workbook with none of the plan tables",
    args: ["validera", "annan.xlsx"],
    message:
      /^Arbetsboken innehåller ingen av planens tabeller \(Omraden, Aktiviteter, Deltagare och Uppfoljning\)/,
  },
  { name: "no file argument", args: ["validera"], message: /^Ange arbetsboken som ska valideras/ },
  {
    name: "two file arguments",
    args: ["validera", "giltig.xlsx", "annan.xlsx"],
    message: /För många argument/,
  },
  {
    name: "an unknown flag",
    args: ["validera", "giltig.xlsx", "--strikt"],
    message: /^Okänd flagga --strikt/,
  },
  {
    name: "an impossible --datum",
    args: ["validera", "giltig.xlsx", "--datum", "2026-13-45"],
    message: /^Ogiltigt datum "2026-13-45" för --datum\. Skriv datumet som ÅÅÅÅ-MM-DD/,
  },
  {
    name: "a --datum that is not a date",
    args: ["validera", "giltig.xlsx", "--datum", "16/9 2026"],
    message: /^Ogiltigt datum "16\/9 2026"/,
  },
  {
    name: "a 30 February",
    args: ["validera", "giltig.xlsx", "--datum", "2026-02-30"],
    message: /Ogiltigt datum/,
  },
  { name: "--datum with no value", args: ["validera", "giltig.xlsx", "--datum"], message: /--datum/ },
];

describe("atgardsplan validera given a plan document", () => {
  it.each(["atgardsplan-farsta.docx", "plan 2026.txt", "gammal.DOC"])(
    "exits 2 and says to import %j first",
    async (document) => {
      writeFileSync(join(dir, document), "Åtgärdsplan för gemensamma prioriteringar");
      const result = await runCli(["validera", document], { cwd: dir });
      const quoted = (name: string) => (name.includes(" ") ? `"${name}"` : name);
      const workbook = document.replace(/\.[^.]+$/, ".xlsx");
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(
        `${document} är ett plandokument, inte en planarbetsbok. Gör först en arbetsbok av det:\n` +
          `  atgardsplan importera ${quoted(document)} -o ${quoted(workbook)}\n` +
          `och kontrollera sedan arbetsboken: atgardsplan validera ${quoted(workbook)}\n`,
      );
    },
  );
});

describe("atgardsplan validera with bad input", () => {
  for (const { name, args, message } of CASES) {
    it(`exits 2 with a Swedish message for ${name}`, async () => {
      const [command = "", ...rest] = args;
      const result = await runCli([command, "--json", ...rest], { cwd: dir });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stderr).not.toMatch(/\b(?:Error|Cannot|Unexpected|undefined|Oväntat fel)\b/);
    });
  }
});
