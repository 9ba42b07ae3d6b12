// What scripts/mutation-scores.mjs and scripts/mutation-survivors.mjs both read from a
// StrykerJS report (reports/mutation/<scope>.json).
import { existsSync, readFileSync } from "node:fs";

/** The scope's report, or null after saying on stderr that there is none. */
export function readReport(scope) {
  const path = `reports/mutation/${scope}.json`;
  if (!existsSync(path)) {
    console.error(`Ingen rapport för ${scope} (${path}): kör npm run mutate ${scope}.`);
    return null;
  }
  return JSON.parse(readFileSync(path, "utf8"));
}

/**
 * What a report is from: the whole scope or its core files (`--core`), and whether it was an
 * incremental run reusing unchanged mutants' earlier results rather than every mutant (`--force`).
 */
export function runOf(report) {
  return {
    whole: (report.config?.mutate ?? []).some((pattern) => pattern.includes("**")),
    incremental: report.config?.incremental === true && report.config?.force !== true,
  };
}
