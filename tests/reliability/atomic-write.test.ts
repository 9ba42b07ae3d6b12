/**
 * "A command never leaves a half-written file": `rapport` on a large workbook is killed
 * (SIGKILL, no chance to clean up) at the moments that matter, found by condition, not by
 * time: as its temporary file appears, and at the rename over the workbook (just before and
 * just after it: stop-at-rename.mjs holds the process there and signals with a marker file).
 * Each time the workbook is either byte for byte the original or the complete new workbook;
 * nothing left behind can be taken for the workbook (a temporary file is hidden and ends in
 * .tmp; the write lock is hidden). Then a run to the end writes the report: a lock left by a
 * killed run does not stop it.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, ROOT, runCli } from "../helpers/cli";
import { bigPlanWorkbook } from "../helpers/raw-plan";
import { loadRaw } from "../helpers/xlsx-fixtures";

const FILE = "plan.xlsx";
const ARGS = ["rapport", FILE, "--period", "T1", "--ar", "2026"];
const STOP_AT_RENAME = join(ROOT, "tests", "reliability", "stop-at-rename.mjs");
let dir = "";
/** Where the stopped runs leave their markers (not beside the workbook: no leftover of ours). */
let markers = "";
let original = Buffer.alloc(0);

beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-atomar-");
  markers = makeTempDir("atgardsplan-atomar-markor-");
  const [bytes] = await bigPlanWorkbook(60_000);
  original = Buffer.from(bytes);
  writeFileSync(join(dir, FILE), original);
}, 120_000);
afterAll(() => {
  removeTempDir(dir);
  removeTempDir(markers);
});

/** How a run ended, and what the rename it was stopped at would have moved where. */
interface Ended {
  readonly killed: boolean;
  readonly code: number | null;
  /** The rename's source and target when the run reached it; null when it never did. */
  readonly rename: { readonly from: string; readonly to: string } | null;
}

/**
 * Starts the command and kills it (SIGKILL) when `when` says so: as the temporary file
 * appears, or at the rename over the workbook (stopped there by stop-at-rename.mjs, just
 * before or just after it; the marker it writes is the signal).
 */
function runAndKill(when: "temp-file" | "before-rename" | "after-rename"): Promise<Ended> {
  const marker = join(markers, `${when}-${Date.now()}`);
  const atRename = when !== "temp-file";
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [...(atRename ? ["--import", STOP_AT_RENAME] : []), join(ROOT, "bin", "atgardsplan.js"), ...ARGS],
      {
        cwd: dir,
        stdio: "ignore",
        env: {
          ...process.env,
          ...(atRename ? { ATGARDSPLAN_TEST_MARKER: marker, ATGARDSPLAN_TEST_STOP: when.split("-")[0] } : {}),
        },
      },
    );
    const kill = () => child.kill("SIGKILL");
    const timer = setInterval(() => {
      if (atRename ? existsSync(marker) : readdirSync(dir).some((f) => f.endsWith(".tmp"))) kill();
    }, 1);
    child.on("exit", (code, signal) => {
      clearInterval(timer);
      const [from = "", to = ""] = existsSync(marker) ? readFileSync(marker, "utf8").split("\n") : [];
      done({ killed: signal === "SIGKILL", code, rename: existsSync(marker) ? { from, to } : null });
    });
  });
}

function leftovers(): string[] {
  return readdirSync(dir).filter((f) => f !== FILE);
}

/** A temporary file (hidden, .tmp) or the write lock (hidden): nothing to take for the workbook. */
const LEFTOVER = /^\.plan\.xlsx\.(?:.+\.tmp|atgardsplan-lock)$/;

async function hasReport(bytes: Buffer): Promise<boolean> {
  const book = await loadRaw(new Uint8Array(bytes));
  return book.getWorksheet("Rapport T1 2026") !== undefined;
}

describe("rapport killed while it works", () => {
  it("leaves the workbook byte for byte as it was when killed at the rename, the new one whole beside it", async () => {
    writeFileSync(join(dir, FILE), original);
    const ended = await runAndKill("before-rename");
    // The save reached a rename of a temporary file over the workbook: a save that wrote
    // the workbook in place would never get here.
    expect(ended.killed).toBe(true);
    expect(ended.rename?.to).toBe(realpathSync(join(dir, FILE)));
    expect(basename(ended.rename?.from ?? "")).toMatch(LEFTOVER);
    expect(readFileSync(join(dir, FILE)).equals(original)).toBe(true);
    // Everything was written (and synced) before the rename: the temporary file is the whole report.
    expect(await hasReport(readFileSync(ended.rename?.from ?? ""))).toBe(true);
    for (const name of leftovers()) expect(name).toMatch(LEFTOVER);
  }, 60_000);

  it("leaves the whole new workbook when killed just after the rename", async () => {
    writeFileSync(join(dir, FILE), original);
    const ended = await runAndKill("after-rename");
    expect(ended.killed).toBe(true);
    expect(ended.rename?.to).toBe(realpathSync(join(dir, FILE)));
    expect(await hasReport(readFileSync(join(dir, FILE)))).toBe(true);
    expect(existsSync(ended.rename?.from ?? "")).toBe(false);
    for (const name of leftovers()) expect(name).toMatch(LEFTOVER);
  }, 60_000);

  it("leaves the original or the whole new workbook when killed as the temporary file appears", async () => {
    writeFileSync(join(dir, FILE), original);
    const { killed } = await runAndKill("temp-file");
    expect(killed).toBe(true);
    const now = readFileSync(join(dir, FILE));
    if (!now.equals(original)) expect(await hasReport(now)).toBe(true);
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
