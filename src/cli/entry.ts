/** The process entry: real standard streams. Bundled to build/cli.js. */
import { runCli } from "./main";

export async function main(argv: readonly string[]): Promise<number> {
  return runCli(argv, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
}
