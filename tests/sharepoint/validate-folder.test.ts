import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/cli/command";
import { mapLimit, validateFolder } from "../../src/cli/validate-folder";
import type { SharePointStandin } from "../helpers/sharepoint-standin";
import { LIBRARY, planBytes, startStandin, TOKEN } from "./support";

describe("mapLimit", () => {
  it("runs at most `limit` at a time and keeps the items' order", async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimit([50, 10, 30, 20, 5, 40, 15], 3, async (ms) => {
      running++;
      most = Math.max(most, running);
      await new Promise((done) => setTimeout(done, ms));
      running--;
      return ms * 2;
    });
    expect(results).toEqual([100, 20, 60, 40, 10, 80, 30]);
    expect(most).toBe(3);
  });
});

describe("validateFolder", () => {
  let standin: SharePointStandin;
  const FOLDER = `${LIBRARY}/Planer`;

  beforeEach(async () => {
    standin = await startStandin();
  });

  afterEach(async () => {
    delete process.env.ATGARDSPLAN_TOKEN;
    await standin.close();
  });

  function context(out: string[]): CommandContext {
    process.env.ATGARDSPLAN_TOKEN = TOKEN;
    return {
      positionals: [],
      values: {},
      today: "2026-05-20",
      io: { out: (text) => out.push(text), err: (text) => out.push(`ERR ${text}`) },
    };
  }

  it("says which workbook could not be read and counts it as a failure", async () => {
    standin.addFile(`${FOLDER}/Plan A.xlsx`, await planBytes());
    standin.addFile(`${FOLDER}/Trasig.xlsx`, new TextEncoder().encode("inte en arbetsbok"));
    const out: string[] = [];
    const status = await validateFolder(context(out), `${standin.origin}${FOLDER}`, {
      concurrency: 3,
      checkDate: "2026-05-20",
    });
    expect(status).toBe(1);
    const lines = out.join("\n").split("\n");
    expect(lines).toContain("  Plan A.xlsx  0 fel, 0 varningar, 0 upplysningar");
    expect(lines.find((l) => l.startsWith("  Trasig.xlsx"))).toMatch(
      /^ {2}Trasig\.xlsx {2}kunde inte läsas: \S/,
    );
    expect(lines.at(-1)).toBe(
      "Totalt 1 plan: 0 fel, 0 varningar, 0 upplysningar. Ingen plan har fel. 1 fil kunde inte läsas.",
    );
  });
});
