/**
 * The tests `npm run mutate` (StrykerJS, stryker.config.mjs) runs against each mutant of one
 * scope (MUTATE_SCOPE: plan, import or write): the fast tests of that code that run it in
 * this process. Tests that run the bundled command line (tests/cli, atomic-write), LibreOffice,
 * Chromium or the Office host never see a mutant; the corpus and property tests run every
 * rule on whole workbooks and would make a run take many hours on this machine. A mutant
 * only those catch counts as survived here. See docs/mutation-testing.md.
 */
import { configDefaults, defineConfig } from "vitest/config";

const TESTS: Record<string, string[]> = {
  plan: ["tests/plan/**/*.test.ts"],
  import: ["tests/import/**/*.test.ts"],
  write: [
    "tests/xlsx/package/**/*.test.ts",
    "tests/xlsx/workbook-file.test.ts",
    "tests/xlsx/read-workbook-file.test.ts",
    "tests/xlsx/file-identity.test.ts",
    "tests/xlsx/temp-files.test.ts",
    "tests/xlsx/write-lock.test.ts",
    "tests/xlsx/append-rows.test.ts",
    "tests/excel/append-rows.test.ts",
    "tests/reliability/file-safety.test.ts",
  ],
};

/**
 * Tests of a scope's folder left out: each takes seconds (megabytes of XML), and every mutant
 * of the code they pass through would run them, most until Stryker's time limit.
 */
const SLOW: Record<string, string[]> = {
  import: ["tests/import/read-docx-large.test.ts"],
};

const scope = process.env.MUTATE_SCOPE ?? "plan";
const include = TESTS[scope];
if (include === undefined) throw new Error(`MUTATE_SCOPE ${scope}: plan, import or write`);

export default defineConfig({
  test: {
    include,
    exclude: [...configDefaults.exclude, ...(SLOW[scope] ?? [])],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ["tests/setup.ts"],
    // Mutants are switched on at run time, so the modules need not be loaded afresh per file.
    isolate: false,
  },
});
