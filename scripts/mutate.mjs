// `npm run mutate [-- [--core] [--incremental] [plan|import|write …]]`: StrykerJS once per scope (all three by
// default), one after another, then the scores into bench/results.json
// (scripts/mutation-scores.mjs). --core mutates only each scope's core files
// (stryker.config.mjs). Slow (hours whole, about one for --core on two shared cores): not part
// of `npm test` or CI.
import { spawnSync } from "node:child_process";

const SCOPES = ["plan", "import", "write"];
const core = process.argv.includes("--core");
// --incremental: rerun only the mutants whose code or tests changed since the last run of the
// scope (its results are kept in reports/mutation/<scope>-incremental.json). Without it every
// mutant is run.
const incremental = process.argv.includes("--incremental");
const asked = process.argv.slice(2).filter((a) => a !== "--core" && a !== "--incremental");
const scopes = asked.length === 0 ? SCOPES : asked;
for (const scope of scopes) {
  if (!SCOPES.includes(scope)) {
    console.error(`Okänd del: ${scope}. Välj bland ${SCOPES.join(", ")}.`);
    process.exit(2);
  }
}

let failed = false;
for (const scope of scopes) {
  console.log(`\n=== Mutationstest: ${scope} ===`);
  const run = spawnSync("npx", ["stryker", "run", ...(incremental ? [] : ["--force"])], {
    stdio: "inherit",
    env: { ...process.env, MUTATE_SCOPE: scope, MUTATE_CORE: core ? "1" : "0" },
  });
  if (run.status !== 0) {
    console.error(`Stryker avbröts för ${scope} (status ${run.status}).`);
    failed = true;
  }
}
const scores = spawnSync(process.execPath, ["scripts/mutation-scores.mjs", ...scopes], { stdio: "inherit" });
process.exit(failed || scores.status !== 0 ? 1 : 0);
