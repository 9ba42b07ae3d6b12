/**
 * Two writers at once on one workbook: two `forbered` processes started together, one for
 * T1 and one for T2, twenty times. Each either adds its rows or refuses with exit 2 and a
 * Swedish message; the rows of every run that said it added them are in the file. Before
 * issue 15 both said so and one run's rows were gone.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExceljsWorkbook } from "../../src/xlsx";
import { buildCli, makeTempDir, removeTempDir, runCli, type CliResult } from "../helpers/cli";
import { rawPlanWorkbook } from "../helpers/raw-plan";
import { activityRow, coreParticipants } from "../helpers/snapshot-builder";

const TRIALS = 20;
const ACTIVITIES = 300;
let dir = "";
let original: Uint8Array = new Uint8Array();

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-samtidigt-");
  const numbers = Array.from({ length: ACTIVITIES }, (_, i) => `1.${i + 1}`);
  original = await rawPlanWorkbook({
    Aktiviteter: { rows: numbers.map((Nr) => activityRow({ Nr, Aktivitet: `Aktivitet ${Nr}` })) },
    Deltagare: { rows: numbers.flatMap(coreParticipants) },
    Uppfoljning: { rows: [] },
  });
}, 120_000);
afterAll(() => removeTempDir(dir));

function forbered(path: string, period: string): Promise<CliResult> {
  return runCli(["forbered", path, "--period", period, "--ar", "2026"]);
}

async function periodsIn(path: string): Promise<Map<string, number>> {
  const book = await ExceljsWorkbook.fromBuffer(readFileSync(path), "plan.xlsx");
  const table = (await book.readSnapshot()).sheets
    .flatMap((s) => s.tables)
    .find((t) => t.name === "Uppfoljning");
  const counts = new Map<string, number>();
  for (const row of table?.rows ?? []) {
    if (typeof row[2] === "string") counts.set(row[2], (counts.get(row[2]) ?? 0) + 1);
  }
  return counts;
}

describe("two forbered at once on one workbook", () => {
  it(`adds every run's rows or refuses it with exit 2, ${TRIALS} times`, async () => {
    const outcomes: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const path = join(dir, `plan-${trial}.xlsx`);
      writeFileSync(path, original);
      const runs = await Promise.all([forbered(path, "T1"), forbered(path, "T2")]);
      const periods = await periodsIn(path);
      runs.forEach((run, i) => {
        const period = i === 0 ? "T1" : "T2";
        expect(run.stderr).not.toMatch(/^\s+at\s/m);
        if (run.status === 0) {
          // The plan's one area has its T1 assessment already; T2's is added with the rows.
          const assessment = period === "T2" ? " och 1 bedömningsrad" : "";
          expect(run.stdout).toContain(
            `Lade till ${ACTIVITIES} uppföljningsrader${assessment} för ${period} 2026`,
          );
          expect(periods.get(period), `${period} saknas efter försök ${trial}`).toBe(ACTIVITIES);
        } else {
          expect(run.status).toBe(2);
          expect(run.stderr).toMatch(/ändrades av någon annan|En annan körning av atgardsplan skriver/);
          expect(periods.has(period)).toBe(false);
        }
      });
      outcomes.push(runs.map((r) => r.status).join("/"));
    }
    // Every trial wrote something: a refusal is for the later of two writers only.
    expect(outcomes.every((o) => o.includes("0"))).toBe(true);
  }, 600_000);
});
