import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, runCli } from "../helpers/cli";

beforeAll(buildCli);

describe("atgardsplan --help", () => {
  it("lists the commands in Swedish with their English aliases", async () => {
    const result = await runCli(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Användning: atgardsplan KOMMANDO");
    expect(result.stdout).toMatch(/^ {2}mall +skapa en ny, tom planarbetsbok \(engelska: template\)$/m);
    expect(result.stdout).toMatch(
      /^ {2}validera +kontrollera planen och lista fel och varningar \(engelska: validate\)$/m,
    );
    expect(result.stdout.indexOf("  mall ")).toBeLessThan(result.stdout.indexOf("  validera "));
  });

  it("explains validera: usage, flags, examples and exit statuses", async () => {
    for (const name of ["validera", "validate"]) {
      const result = await runCli([name, "--help"]);
      expect(result.status).toBe(0);
      const help = result.stdout;
      expect(help).toMatch(/^Användning: atgardsplan validera FIL\.xlsx \[--json\] \[--datum ÅÅÅÅ-MM-DD\]$/m);
      expect(help).toMatch(/^ {2}--json {2,}skriv resultatet som JSON/m);
      expect(help).toMatch(/^ {2}--datum ÅÅÅÅ-MM-DD +kontrolldatum \(standard: dagens datum\)$/m);
      expect(help).toContain("Exempel:");
      expect(help).toMatch(/^ {2}0 {2}planen har inga fel/m);
      expect(help).toMatch(/^ {2}1 {2}planen har fel$/m);
      expect(help).toMatch(/^ {2}2 {2}fel i anropet eller filen kan inte läsas$/m);
    }
  });

  it.each([
    ["valider", "validera"],
    ["validat", "validate"],
    ["rapprt", "rapport"],
    ["forbred", "forbered"],
    ["imporera", "importera"],
  ])("suggests the command meant by the misspelt %j", async (typed, meant) => {
    const result = await runCli([typed, "plan.xlsx"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `Okänt kommando "${typed}". Menade du "${meant}"? Skriv atgardsplan --help för att se kommandona.\n`,
    );
  });

  it("suggests nothing for a word that is no command", async () => {
    const result = await runCli(["kaffe"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('Okänt kommando "kaffe". Skriv atgardsplan --help för att se kommandona.\n');
  });

  it("explains mall: usage, --skriv-over, examples and exit statuses", async () => {
    const result = await runCli(["mall", "-h"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Användning: atgardsplan mall FIL\.xlsx \[--skriv-over\]$/m);
    expect(result.stdout).toMatch(/^ {2}--skriv-over +ersätt filen om den redan finns$/m);
    expect(result.stdout).toContain("atgardsplan mall plan-2026.xlsx");
    expect(result.stdout).toMatch(/^ {2}2 {2}fel i anropet, eller filen finns redan/m);
  });
});
