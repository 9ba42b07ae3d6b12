/** `validera`'s text output shows who has reported when a deadline is at most 30 days away. */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityRow, followUpRow } from "../helpers/snapshot-builder";
import { buildCli, makeTempDir, removeTempDir, runCli } from "../helpers/cli";
import { writePlanFixture } from "./plan-fixture";

let dir = "";
let plan = "";

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-validera-lage-");
  plan = join(dir, "plan.xlsx");
  await writePlanFixture(plan, {
    Aktiviteter: [
      activityRow({ Nr: "1.1", Aktivitet: "Platssamverkan Vårberg", Sammankallande: "Åsa Öberg" }),
      activityRow({ Nr: "1.2", Aktivitet: "Platssamverkan Bredäng", Sammankallande: "Kommunpoliser" }),
    ],
    Uppfoljning: [
      followUpRow({ Aktivitet: "1.1", "Rapporterad av": "Åsa Öberg", Rapportdatum: "2026-05-02" }),
    ],
  });
});
afterAll(() => removeTempDir(dir));

describe("atgardsplan validera, rapporteringsläge", () => {
  it("lists each activity's convener and report when the deadline is within 30 days", async () => {
    const run = await runCli(["validera", plan, "--datum", "2026-05-04"]);
    expect(run.stdout).toContain(
      [
        "Rapporteringsläge T1 2026: 11 dagar kvar till 15 maj. 1 av 2 aktiviteter har rapporterat.",
        "  1.1 Platssamverkan Vårberg (Åsa Öberg): Rapporterad 2 maj av Åsa Öberg",
        "  1.2 Platssamverkan Bredäng (Kommunpoliser): Saknas",
        `Påminnelser till dem som saknas: atgardsplan paminn ${plan} --period T1 --ar 2026 -o paminnelser`,
      ].join("\n"),
    );
  });

  it("says nothing of it when the next deadline is further away, nor in --json", async () => {
    const far = await runCli(["validera", plan, "--datum", "2026-04-01"]);
    expect(far.stdout).not.toContain("Rapporteringsläge");
    const json = await runCli(["validera", plan, "--datum", "2026-05-04", "--json"]);
    expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
    expect(json.stdout).not.toContain("Rapporteringsläge");
  });
});
