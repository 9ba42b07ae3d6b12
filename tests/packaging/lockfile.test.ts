/**
 * package-lock.json matches package.json, so that `npm install` in a fresh clone leaves it as
 * it is (it once dropped a stray `"office-addin-debugging": "*"` and left the clone modified).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

type Dependencies = Record<string, string>;
interface Manifest {
  dependencies?: Dependencies;
  devDependencies?: Dependencies;
  optionalDependencies?: Dependencies;
}

const read = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

describe("package-lock.json", () => {
  it("lists exactly package.json's dependencies at its root", () => {
    const manifest = read<Manifest>("package.json");
    const lock = read<{ packages: Record<string, Manifest> }>("package-lock.json").packages[""];
    expect({
      dependencies: lock?.dependencies,
      devDependencies: lock?.devDependencies,
      optionalDependencies: lock?.optionalDependencies,
    }).toEqual({
      dependencies: manifest.dependencies,
      devDependencies: manifest.devDependencies,
      optionalDependencies: manifest.optionalDependencies,
    });
  });

  it("is left as it is by npm install", () => {
    const folder = mkdtempSync(join(tmpdir(), "atgardsplan-lock-"));
    try {
      copyFileSync("package.json", join(folder, "package.json"));
      copyFileSync("package-lock.json", join(folder, "package-lock.json"));
      const run = spawnSync(
        "npm",
        ["install", "--package-lock-only", "--ignore-scripts", "--offline", "--no-audit", "--no-fund"],
        { cwd: folder, encoding: "utf8" },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(join(folder, "package-lock.json"), "utf8")).toBe(
        readFileSync("package-lock.json", "utf8"),
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
