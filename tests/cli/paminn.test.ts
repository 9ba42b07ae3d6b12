/** `atgardsplan paminn`: one .eml draft per convener with missing follow-up, read back by a mail parser. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityRow, followUpRow } from "../helpers/snapshot-builder";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE } from "../helpers/cli";
import { writePlanFixture } from "./plan-fixture";

let dir = "";
let counter = 0;

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-paminn-");
});
afterAll(() => removeTempDir(dir));

/** 1.1 and 1.2 convened by Åsa Öberg (address in Aktiviteter), 1.3 by the police (no address), 1.4 reported. */
async function fixture(): Promise<string> {
  const path = join(dir, `plan-${++counter}.xlsx`);
  await writePlanFixture(path, {
    Aktiviteter: [
      activityRow({
        Nr: "1.1",
        Aktivitet: "Platssamverkan Vårberg",
        Sammankallande: "Åsa Öberg",
        "Sammankallandes e-post": "asa.oberg@stockholm.se",
      }),
      activityRow({ Nr: "1.2", Aktivitet: "Platssamverkan Bredäng", Sammankallande: "Åsa Öberg" }),
      activityRow({ Nr: "1.3", Aktivitet: "Trygghetsvandringar", Sammankallande: "Kommunpoliser" }),
      activityRow({
        Nr: "1.4",
        Aktivitet: "Föräldravandringar",
        Sammankallande: "Rektor Sätraskolan",
        "Sammankallandes e-post": "rektor@edu.stockholm.se",
      }),
    ],
    Uppfoljning: [followUpRow({ Aktivitet: "1.4" }), { Aktivitet: "1.3", År: 2026, Period: "T1" }],
  });
  return path;
}

async function parse(path: string) {
  return PostalMime.parse(readFileSync(path));
}

describe("atgardsplan paminn", () => {
  it("writes a draft for exactly the conveners with missing follow-up, readable by a mail parser", async () => {
    const plan = await fixture();
    const out = join(dir, `utkast-${counter}`);
    const run = await runCli(["paminn", plan, "--period", "T1", "--datum", "2026-05-04", "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "paminnelse-T1-2026-asa-oberg.eml",
      "paminnelse-T1-2026-kommunpoliser.eml",
    ]);
    expect(run.stdout).toContain("Skrev 2 påminnelser för T1 2026");
    expect(run.stdout).toContain("kommunpoliser.eml: Kommunpoliser (1.3) – ingen e-postadress i planen");

    const asa = await parse(join(out, "paminnelse-T1-2026-asa-oberg.eml"));
    expect(asa.to).toEqual([{ name: "Åsa Öberg", address: "asa.oberg@stockholm.se" }]);
    expect(asa.subject).toBe("Påminnelse: uppföljning T1 2026 av åtgärdsplanen, senast 15 maj");
    expect(asa.headers.find((h) => h.key === "x-unsent")?.value).toBe("1");
    expect(asa.text).toContain("  1.1 Platssamverkan Vårberg\n  1.2 Platssamverkan Bredäng\n");
    expect(asa.text).toContain("Rapportdagen är 15 maj 2026: 11 dagar kvar.");
    expect(asa.text).not.toContain("1.3");

    const police = await parse(join(out, "paminnelse-T1-2026-kommunpoliser.eml"));
    expect(police.to ?? []).toEqual([]);
    expect(police.text?.split("\n")[0]).toMatch(/^\[Planen har ingen e-postadress till Kommunpoliser/);
    expect(police.text).toContain("  1.3 Trygghetsvandringar");
  });

  it("keeps every line of the file within 78 characters and ends them with CRLF", async () => {
    const plan = await fixture();
    const out = join(dir, `utkast-${counter}`);
    await runCli(["paminn", plan, "--period", "T1", "--datum", "2026-05-04", "-o", out]);
    const text = readFileSync(join(out, "paminnelse-T1-2026-asa-oberg.eml"), "latin1");
    expect(text.split("\r\n").every((line) => line.length <= 78)).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect([...text].every((c) => c.charCodeAt(0) < 128)).toBe(true);
  });

  it("writes nothing when everyone has reported", async () => {
    const path = join(dir, `plan-${++counter}.xlsx`);
    await writePlanFixture(path);
    const out = join(dir, `utkast-${counter}`);
    const run = await runCli(["paminn", path, "--period", "T1", "--datum", "2026-05-04", "-o", out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("Alla aktiviteter har rapporterat för T1 2026: inga påminnelser behövs.\n");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses without -o, or with a file for a folder, with a Swedish message and status 2", async () => {
    const plan = await fixture();
    const none = await runCli(["paminn", plan, "--period", "T1"]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("Ange mappen som utkasten ska skrivas i med -o MAPP.");
    const file = join(dir, "en-fil.txt");
    writeFileSync(file, "x");
    const onFile = await runCli(["paminn", plan, "--period", "T1", "-o", file]);
    expect(onFile.status).toBe(2);
    expect(onFile.stderr).toContain("är en fil, inte en mapp");
    expect(onFile.stderr).not.toMatch(STACK_LINE);
  });

  it("answers to its English alias", async () => {
    const plan = await fixture();
    const out = join(dir, `utkast-${counter}`);
    const run = await runCli(["remind", plan, "--period", "T1", "--datum", "2026-05-04", "-o", out]);
    expect(run.status).toBe(0);
    expect(readdirSync(out)).toHaveLength(2);
  });
});
