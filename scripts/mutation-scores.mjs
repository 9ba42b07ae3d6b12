// The mutation score per scope from StrykerJS's reports (reports/mutation/<scope>.json) into
// bench/results.json: mutation_score_<scope> (percent of the mutants that were run that a test
// killed or timed out, as Stryker counts it), with the counts beside it. Every other figure in
// the file stays. `node scripts/mutation-scores.mjs [plan import write]`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { readReport, runOf } from "./mutation-report.mjs";

const RESULTS = "bench/results.json";
const scopes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["plan", "import", "write"];

/** Stryker's counts: detected = killed + timeout; undetected = survived + no coverage. */
function scoreOf(report) {
  const count = {};
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) count[mutant.status] = (count[mutant.status] ?? 0) + 1;
  }
  const detected = (count.Killed ?? 0) + (count.Timeout ?? 0);
  const undetected = (count.Survived ?? 0) + (count.NoCoverage ?? 0);
  const valid = detected + undetected;
  return {
    score: valid === 0 ? null : Math.round((1000 * detected) / valid) / 10,
    valid,
    survived: count.Survived ?? 0,
    noCoverage: count.NoCoverage ?? 0,
    ignored: count.Ignored ?? 0,
  };
}

const results = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, "utf8")) : { figures: {} };
let missing = false;
for (const scope of scopes) {
  const report = readReport(scope);
  if (report === null) {
    missing = true;
    continue;
  }
  const s = scoreOf(report);
  const { whole, incremental } = runOf(report);
  Object.assign(results.figures, {
    [`mutation_run_${scope}`]: `${whole ? "whole" : "core"}${incremental ? ", incremental" : ""}`,
    [`mutation_files_${scope}`]: Object.keys(report.files).length,
    [`mutation_score_${scope}`]: s.score,
    [`mutation_mutants_${scope}`]: s.valid,
    [`mutation_survived_${scope}`]: s.survived,
    [`mutation_no_coverage_${scope}`]: s.noCoverage,
    [`mutation_ignored_static_${scope}`]: s.ignored,
  });
  console.log(
    `${scope.padEnd(7)} ${String(s.score).padStart(5)} %  (${whole ? "hela" : "kärnan"}${incremental ? ", inkrementellt" : ""}; ` +
      `${s.valid} mutanter, ${s.survived} överlevde, ` +
      `${s.noCoverage} utan test, ${s.ignored} statiska hoppades över)`,
  );
}
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
process.exit(missing ? 1 : 0);
