// `npm run bench`: runs every bench/*.bench.ts in its own process, prints the figures and
// writes them to bench/results.json. Each bench prints one JSON object of figures as its
// last line of standard output; figures ending in _ms are milliseconds, _mb megabytes.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";

const only = process.argv.slice(2);
const files = readdirSync("bench")
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

// Running only some benches keeps the other figures from the last full run; the mutation
// scores (`npm run mutate`, not a bench) are always kept.
const stored = existsSync("bench/results.json")
  ? JSON.parse(readFileSync("bench/results.json", "utf8")).figures
  : {};
const previous =
  only.length > 0
    ? stored
    : Object.fromEntries(Object.entries(stored).filter(([name]) => name.startsWith("mutation_")));
const results = {
  machine: { node: process.version, cpus: (await import("node:os")).cpus().length },
  figures: { ...previous },
};
for (const file of files) {
  process.stderr.write(`▶ bench/${file}\n`);
  const output = execFileSync(process.execPath, ["--import", "tsx", `bench/${file}`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = output.trim().split("\n").pop() ?? "{}";
  Object.assign(results.figures, JSON.parse(last));
}
results.measuredAt = new Date().toISOString();
writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
for (const [name, value] of Object.entries(results.figures)) {
  console.log(
    `${name.padEnd(28)} ${typeof value === "number" ? Number(value.toFixed(2)) : JSON.stringify(value)}`,
  );
}
console.log("\nSkrivet till bench/results.json");
