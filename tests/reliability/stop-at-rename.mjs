/**
 * Loaded with `node --import` into the command line by atomic-write.test.ts: the first
 * rename over a file named `.xlsx` stops the process there — before the rename or just after
 * it (ATGARDSPLAN_TEST_STOP=before|after) — and writes a marker file
 * (ATGARDSPLAN_TEST_MARKER: the rename's two paths, one a line) so that the test can kill the
 * process at exactly that moment, never by guessing a time.
 */
import { renameSync, writeFileSync } from "node:fs";
import { createRequire, syncBuiltinESMExports } from "node:module";

const require = createRequire(import.meta.url);
const promises = require("node:fs/promises");
const rename = promises.rename;
const stop = process.env.ATGARDSPLAN_TEST_STOP;
const marker = process.env.ATGARDSPLAN_TEST_MARKER;

promises.rename = async (from, to) => {
  if (!String(to).endsWith(".xlsx") || marker === undefined) return rename(from, to);
  if (stop === "after") await rename(from, to);
  // Written whole, then named: the test polls for the marker and kills the process the
  // moment it appears, which could be between creating a file and writing into it.
  writeFileSync(`${marker}.part`, `${String(from)}\n${String(to)}\n`);
  renameSync(`${marker}.part`, marker);
  // Stay here until the test kills the process (a timer keeps Node from exiting).
  return new Promise(() => setInterval(() => undefined, 60_000));
};
// Named imports of node:fs/promises (as in the bundled command line) see the change.
syncBuiltinESMExports();
