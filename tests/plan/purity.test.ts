import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const PLAN_DIR = join(import.meta.dirname, "../../src/plan");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Module names in import/export-from statements, dynamic imports and require calls. */
function importedModules(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\b[^'";]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1] ?? "");
  return found;
}

const FORBIDDEN_MODULE =
  /^(?:node:|fs$|path$|os$|child_process$|exceljs$|react$|react-dom$|@pnp\/|@azure\/|@fluentui\/)/;

/** A relative import that resolves outside src/plan. */
function leavesPlan(file: string, name: string): boolean {
  return name.startsWith(".") && !resolve(dirname(file), name).startsWith(PLAN_DIR);
}

describe("src/plan", () => {
  const files = sourceFiles(PLAN_DIR);

  it("is read from disk (the scan is not empty)", () => {
    expect(files.length).toBeGreaterThan(20);
    expect(importedModules(readFileSync(join(PLAN_DIR, "read-plan.ts"), "utf8"))).toContain("./cell-schemas");
  });

  it("imports no node modules, exceljs, React, @pnp or @azure, and nothing of ours outside itself", () => {
    const offending = files.flatMap((file) =>
      importedModules(readFileSync(file, "utf8"))
        .filter((name) => FORBIDDEN_MODULE.test(name) || leavesPlan(file, name))
        .map((name) => `${file.slice(PLAN_DIR.length + 1)}: ${name}`),
    );

    expect(offending).toEqual([]);
  });

  it("calls neither fetch nor the clock", () => {
    const offending = files.flatMap((file) => {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      const uses = [/\bfetch\s*\(/, /\bDate\.now\s*\(/, /\bnew\s+Date\s*\(\s*\)/].filter((re) =>
        re.test(code),
      );
      return uses.map((re) => `${file.slice(PLAN_DIR.length + 1)}: ${re.source}`);
    });

    expect(offending).toEqual([]);
  });
});
