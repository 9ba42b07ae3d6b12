/**
 * "A command never leaves a half-written file": `rapport` on a large workbook is killed
 * (SIGKILL, no chance to clean up) at several moments, and each time the workbook is either
 * byte for byte the original or — killed after the rename — the complete new workbook;
 * nothing left behind can be taken for the workbook (a temporary file is hidden and ends
 * in .tmp; the write lock is hidden). Then a run to the end writes the report: a lock left
 * by a killed run does not stop it.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, ROOT, runCli } from "../helpers/cli";
import { bigPlanWorkbook } from "../helpers/raw-plan";
import { loadRaw } from "../helpers/xlsx-fixtures";

const FILE = "plan.xlsx";
const ARGS = ["rapport", FILE, "--period", "T1", "--ar", "2026"];
let dir = "";
let original = Buffer.alloc(0);

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-atomar-");
  const [bytes] = await bigPlanWorkbook(60_000);
  original = Buffer.from(bytes);
  writeFileSync(join(dir, FILE), original);
}, 120_000);
afterAll(() => removeTempDir(dir));

/** Starts the command and kills it when `when` says so; resolves with how it ended. */
function runAndKill(
  when: { afterMs: number } | "temp-file",
): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "atgardsplan.js"), ...ARGS], {
      cwd: dir,
      stdio: "ignore",
    });
    let timer: NodeJS.Timeout;
    const kill = () => child.kill("SIGKILL");
    if (when === "temp-file") {
      timer = setInterval(() => {
        if (readdirSync(dir).some((f) => f.endsWith(".tmp"))) kill();
      }, 1);
    } else {
      timer = setTimeout(kill, when.afterMs);
    }
    child.on("exit", (code, signal) => {
      clearInterval(timer);
      clearTimeout(timer);
      done({ killed: signal === "SIGKILL", code });
    });
  });
}

function leftovers(): string[] {
  return readdirSync(dir).filter((f) => f !== FILE);
}

/** A temporary file (hidden, .tmp) or the write lock (hidden): nothing to take for the workbook. */
const LEFTOVER = /^\.plan\.xlsx\.(?:.+\.tmp|atgardsplan-lock)$/;

describe("rapport killed while it works", () => {
  it.each([150, 400, 800, 1600])(
    "leaves the workbook as it was when killed after %i ms",
    async (afterMs) => {
      const { killed } = await runAndKill({ afterMs });
      expect(killed).toBe(true);
      expect(readFileSync(join(dir, FILE)).equals(original)).toBe(true);
      for (const name of leftovers()) expect(name).toMatch(LEFTOVER);
    },
    60_000,
  );

  it("leaves the original or the whole new workbook when killed as the temporary file appears", async () => {
    const { killed } = await runAndKill("temp-file");
    expect(killed).toBe(true);
    const now = readFileSync(join(dir, FILE));
    if (!now.equals(original)) {
      const book = await loadRaw(new Uint8Array(now));
      expect(book.getWorksheet("Rapport T1 2026")).toBeDefined();
    }
    for (const name of leftovers()) expect(name).toMatch(LEFTOVER);
  }, 60_000);

  it("writes the report when left to finish", async () => {
    writeFileSync(join(dir, FILE), original);
    const result = await runCli(ARGS, { cwd: dir });
    expect(result.status).toBe(0);
    const book = await loadRaw(new Uint8Array(readFileSync(join(dir, FILE))));
    expect(book.getWorksheet("Rapport T1 2026")).toBeDefined();
  }, 120_000);
});
