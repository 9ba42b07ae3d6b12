/**
 * Runs the built command line as a separate process: `node bin/atgardsplan.js …`.
 *
 * `buildCli()` runs `npm run build:cli` once per test process; test files running in
 * parallel take turns through a lock directory so that none starts the CLI while another
 * is rewriting build/cli.js.
 */
import { spawn, execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = join(ROOT, "bin", "atgardsplan.js");
const LOCK = join(ROOT, "build", ".build-lock");
const STALE_LOCK_MS = 120_000;

let built: Promise<void> | null = null;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function withBuildLock(work: () => Promise<void>): Promise<void> {
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else await sleep(100);
    }
  }
  try {
    await work();
  } finally {
    rmdirSync(LOCK);
  }
}

/** Builds the CLI bundle (once per test process). Call it in `beforeAll`. */
export function buildCli(): Promise<void> {
  built ??= withBuildLock(async () => {
    await promisify(execFile)("npm", ["run", "build:cli"], { cwd: ROOT });
  });
  return built;
}

export interface CliResult {
  /** The exit status (null when the process was killed). */
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Working directory of the process (default: the repository). */
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Options for node itself, before the script (e.g. `--import HOOK`). */
  readonly nodeArgs?: readonly string[];
}

/** Runs `node bin/atgardsplan.js ...args` and collects its output (pipes, not a terminal). */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", fail);
    child.on("close", (status) =>
      done({
        status,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
  });
}

/** A fresh temporary folder; remove it with `removeTempDir`. */
export function makeTempDir(prefix = "atgardsplan-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Lines of a stack trace ("    at foo (file.js:1:2)"), which users must never see. */
export const STACK_LINE = /^\s+at\s/m;
