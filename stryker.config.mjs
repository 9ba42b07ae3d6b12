// @ts-check
/**
 * Mutation testing (`npm run mutate`; slow, so not part of `npm test` or CI): StrykerJS
 * changes the code one small step at a time and runs the tests that cover each change; a
 * change no test notices "survives". scripts/mutate.mjs runs this once per scope
 * (MUTATE_SCOPE: plan, import, write), each with its own tests (vitest.mutate.config.ts),
 * and writes the score per scope to bench/results.json. What is mutated and why, and the
 * survivors: docs/mutation-testing.md.
 */

/** The code each scope mutates. */
const MUTATE = {
  // The domain: rules, findings, report model and layout.
  plan: ["src/plan/**/*.ts", "!src/plan/index.ts", "!src/plan/**/index.ts"],
  // Reading a plan document (.docx, .txt) into the plan's tables.
  import: ["src/import/**/*.ts", "!src/import/index.ts"],
  // The write path: the package edits, the atomic save and its lock, the appends.
  write: [
    "src/xlsx/package/**/*.ts",
    "src/xlsx/workbook-file.ts",
    "src/xlsx/read-workbook-file.ts",
    "src/xlsx/temp-files.ts",
    "src/xlsx/write-lock.ts",
    "src/xlsx/file-identity.ts",
    "src/xlsx/package-append.ts",
    "src/excel/append-rows.ts",
  ],
};

/**
 * The core of each scope (`npm run mutate -- --core`): the code the contract's rules, the
 * import's reading and the save's safety rest on. A whole run takes many hours on two shared
 * cores; the core takes about an hour. docs/mutation-testing.md says which a figure is from.
 */
const CORE = {
  plan: [
    "src/plan/rules/*.ts",
    "!src/plan/rules/index.ts",
    "src/plan/periods.ts",
    "src/plan/plan-index.ts",
    "src/plan/follow-up-status.ts",
    "src/plan/validate-plan.ts",
  ],
  import: [
    "src/import/follow-up-answer.ts",
    "src/import/plan-metadata.ts",
    "src/import/participants.ts",
    "src/import/indicators.ts",
    "src/import/activity-rows.ts",
    "src/import/section-fields.ts",
  ],
  write: [
    "src/xlsx/workbook-file.ts",
    "src/xlsx/read-workbook-file.ts",
    "src/xlsx/temp-files.ts",
    "src/xlsx/write-lock.ts",
    "src/xlsx/file-identity.ts",
    "src/xlsx/package/cell-xml.ts",
    "src/xlsx/package/sheet-rows.ts",
    "src/excel/append-rows.ts",
  ],
};

const scope = /** @type {keyof typeof MUTATE} */ (process.env.MUTATE_SCOPE ?? "plan");
if (!(scope in MUTATE)) throw new Error(`MUTATE_SCOPE ${scope}: plan, import or write`);
const core = process.env.MUTATE_CORE === "1";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts", related: false },
  coverageAnalysis: "perTest",
  mutate: core ? CORE[scope] : MUTATE[scope],
  // A mutant in a module-level constant needs every test for itself; such mutants are
  // reported as ignored, not run, to keep a run within an hour or two on two cores.
  ignoreStatic: true,
  // Two cores, shared: never more than two test processes.
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ["clear-text", "progress-append-only", "json"],
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  tempDirName: `.stryker-tmp/${scope}`,
  // Stryker leaves out only this scope's own sandbox and reports; the other scopes' (a run
  // left behind, or one running now) must not be copied into the sandbox: a copy of a sandbox
  // that is being cleaned up stops the run.
  ignorePatterns: ["/.stryker-tmp", "/reports"],
  // Every run records its results per mutant; `npm run mutate -- --incremental` then runs
  // only the mutants whose code or covering tests changed since (scripts/mutate.mjs). A plain
  // `npm run mutate` runs every mutant (--force).
  incremental: true,
  incrementalFile: `reports/mutation/${scope}-incremental.json`,
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};
