/**
 * The programs some tests need beyond Node (LibreOffice, poppler-utils). A test file that
 * lacks one skips its tests and says on the console why and how to install it, as the
 * browser tests do for Chromium; `.ci/run` installs them all with apt.
 */
import { spawnSync } from "node:child_process";

export interface ExternalTool {
  /** The command, e.g. "soffice". */
  readonly command: string;
  /** The Debian package that has it, e.g. "libreoffice-calc". */
  readonly aptPackage: string;
}

export const SOFFICE: ExternalTool = { command: "soffice", aptPackage: "libreoffice-calc" };
export const PDFTOTEXT: ExternalTool = { command: "pdftotext", aptPackage: "poppler-utils" };
export const PDFINFO: ExternalTool = { command: "pdfinfo", aptPackage: "poppler-utils" };
export const PDFTOPPM: ExternalTool = { command: "pdftoppm", aptPackage: "poppler-utils" };

function installed(command: string): boolean {
  return spawnSync("which", [command]).status === 0;
}

/** "a", "a och b", "a, b och c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} och ${items.at(-1) ?? ""}`;
}

/**
 * True when every tool is installed; otherwise says, once, which tests are skipped and why
 * ("Hoppar över LibreOffice-testerna: soffice saknas (apt-get install libreoffice-calc).").
 */
export function hasTools(tests: string, tools: readonly ExternalTool[]): boolean {
  const missing = tools.filter((tool) => !installed(tool.command));
  if (missing.length === 0) return true;
  const packages = [...new Set(missing.map((tool) => tool.aptPackage))].join(" ");
  console.warn(
    `Hoppar över ${tests}: ${list(missing.map((tool) => tool.command))} saknas (apt-get install ${packages}).`,
  );
  return false;
}

/**
 * `ready`, for `it.runIf`/`skipIf`; when false, says once on the console which tests are
 * skipped and why ("Hoppar över testet av …: inget produktionsbygge i dist/ (npm run build).").
 * Every conditional skip in tests/ goes through this or `hasTools` (skipped-tests.test.ts).
 */
export function runsWhen(ready: boolean, tests: string, why: string): boolean {
  if (!ready) console.warn(`Hoppar över ${tests}: ${why}.`);
  return ready;
}
