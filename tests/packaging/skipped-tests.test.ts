/**
 * No test is skipped without a word: no `it.skip`/`.todo`, and every `skipIf`/`runIf` takes
 * a condition made by a helper that says on the console what is skipped and why (hasTools,
 * hasLibreOffice, hasSoffice, runsWhen in tests/helpers). Tests that need a program this
 * machine may lack (LibreOffice, poppler-utils) are proven to say so by running them with a
 * PATH that has none of those programs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../helpers/cli";

const TESTS = join(ROOT, "tests");
/** The helpers that say why they return false; a condition for skipIf/runIf comes from one. */
const SAYS_WHY = "(?:hasTools|hasLibreOffice|hasLibreOfficeFor|hasSoffice|hasSofficeFor|runsWhen)";

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "artifacts" ? [] : sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** True when `name` is set from a SAYS_WHY helper in `file` or in the test helper it imports it from. */
function saysWhy(file: string, text: string, name: string): boolean {
  const made = new RegExp(`\\b(?:const|let)\\s+${escapeRegExp(name)}\\s*=\\s*${SAYS_WHY}\\(`);
  if (made.test(text)) return true;
  const from = new RegExp(
    `import\\s*\\{[^}]*\\b${escapeRegExp(name)}\\b[^}]*\\}\\s*from\\s*"(\\.[^"]+)"`,
  ).exec(text);
  if (!from?.[1]) return false;
  const helper = resolve(dirname(file), `${from[1]}.ts`);
  return made.test(readFileSync(helper, "utf8").replace(/export\s+/g, ""));
}

it("has no skipped test without a word: no it.skip or .todo, every skipIf/runIf says why", () => {
  const silent: string[] = [];
  for (const file of sourcesUnder(TESTS)) {
    const text = readFileSync(file, "utf8");
    const where = relative(ROOT, file);
    for (const m of text.matchAll(/\b(?:it|test|describe)\.(?:skip|todo)\(/g))
      silent.push(`${where}: ${m[0]}`);
    for (const m of text.matchAll(/\.(?:skipIf|runIf)\(\s*(!?)\s*([^)]*)\)/g)) {
      const name = m[2]?.trim() ?? "";
      if (!/^[A-Za-z_$][\w$]*$/.test(name) || !saysWhy(file, text, name)) silent.push(`${where}: ${m[0]}`);
    }
  }
  expect(silent).toEqual([]);
});

it("says why the LibreOffice tests are skipped when soffice and poppler-utils are missing", () => {
  const empty = mkdtempSync(join(tmpdir(), "atgardsplan-path-"));
  try {
    const vitest = join(dirname(createRequire(import.meta.url).resolve("vitest/package.json")), "vitest.mjs");
    const run = spawnSync(
      process.execPath,
      [vitest, "run", "tests/xlsx/libreoffice.test.ts", "tests/reliability/nothing-lost-libreoffice.test.ts"],
      { env: { ...process.env, PATH: empty, NO_COLOR: "1" }, encoding: "utf8" },
    );
    expect(run.status).toBe(0);
    const output = `${run.stdout}${run.stderr}`;
    expect(output).toContain(
      "Hoppar över LibreOffice-testerna (utskrift till PDF): soffice, pdftotext, pdfinfo och pdftoppm saknas " +
        "(apt-get install libreoffice-calc poppler-utils).",
    );
    expect(output).toContain(
      "Hoppar över LibreOffice-testet av användarens innehåll efter rapport: soffice saknas " +
        "(apt-get install libreoffice-calc).",
    );
    expect(output).toMatch(/Tests\s+\d+ skipped/);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}, 120_000);
