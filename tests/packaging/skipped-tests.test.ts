/**
 * Tests that need a program this machine may lack (LibreOffice, poppler-utils) say why they
 * are skipped when it is missing, as the browser tests do for Chromium. Proven by running the
 * LibreOffice test files with a PATH that has none of those programs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, it } from "vitest";

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
