/**
 * The CLI as a process for the benches: wall time and peak resident memory, under
 * /usr/bin/time -v where it exists, else by the process's own resourceUsage.
 */
import { existsSync } from "node:fs";
import { spawn } from "node:child_process";

export interface CliRun {
  readonly ms: number;
  readonly rssMb: number;
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/atgardsplan.js …args` (the built CLI) in the repository. */
export function runCliMeasured(args: readonly string[]): Promise<CliRun> {
  const viaTime = existsSync("/usr/bin/time");
  const script =
    'const { main } = await import(new URL("build/cli.js", "file://" + process.cwd() + "/").href);' +
    "process.exitCode = await main(process.argv.slice(1));" +
    'process.stderr.write("MAXRSS " + process.resourceUsage().maxRSS + "\\n");';
  const node = viaTime
    ? [process.execPath, "bin/atgardsplan.js"]
    : [process.execPath, "--input-type=module", "-e", script];
  const [command, ...rest] = viaTime ? ["/usr/bin/time", "-v", ...node] : node;
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(command!, [...rest, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", fail);
    child.on("close", (status) => {
      const kb = (/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) ??
        /MAXRSS (\d+)/.exec(stderr))?.[1];
      done({ ms: performance.now() - start, rssMb: Number(kb ?? NaN) / 1024, status, stdout, stderr });
    });
  });
}
