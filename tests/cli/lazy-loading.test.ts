/**
 * Each command loads only what it needs (src/cli/commands/index.ts): the built command line
 * runs as a process with a module hook that notes every package node resolves, and the
 * packages a command must not load are held to that.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, ROOT, runCli } from "../helpers/cli";

let dir = "";

const HOOKS = `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.LOADED_LOG, result.url + "\\n");
  return result;
}`;

const REGISTER = (hooks: string) => `import { register } from "node:module";
register(${JSON.stringify(pathToFileURL(hooks).href)});`;

beforeAll(async () => {
  dir = makeTempDir("atgardsplan-laddning-");
  writeFileSync(join(dir, "hooks.mjs"), HOOKS);
  writeFileSync(join(dir, "register.mjs"), REGISTER(join(dir, "hooks.mjs")));
  await buildCli();
});
afterAll(() => removeTempDir(dir));

/** The packages (node_modules) a run of the command line loaded, and its result. */
async function loadedBy(args: readonly string[], name: string) {
  const log = join(dir, `${name}.log`);
  writeFileSync(log, "");
  const result = await runCli(args, {
    cwd: dir,
    env: { LOADED_LOG: log },
    nodeArgs: ["--import", pathToFileURL(join(dir, "register.mjs")).href],
  });
  const packages = new Set(
    readFileSync(log, "utf8")
      .split("\n")
      .map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1])
      .filter((p): p is string => p !== undefined),
  );
  return { result, packages };
}

const WRITER = "exceljs";
const WORD = "docx";
const SHAREPOINT = "@pnp/sp";

describe("the command line loads per command only what that command needs", () => {
  it("loads no package for --help", async () => {
    const { result, packages } = await loadedBy(["--help"], "help");
    expect(result.status).toBe(0);
    expect([...packages]).toEqual([]);
  });

  it("validates a plan file without the workbook writer, Word or SharePoint", async () => {
    const plan = join(ROOT, "examples", "atgardsplan-skarholmen.xlsx");
    const { result, packages } = await loadedBy(["validera", plan, "--datum", "2026-05-01"], "validera");
    expect(result.stderr).not.toContain("Oväntat fel");
    expect(result.stdout).toContain("varningar");
    // The package is read (the hook sees what is loaded), but not by exceljs.
    expect(packages).toContain("fflate");
    for (const heavy of [WRITER, WORD, SHAREPOINT]) expect(packages).not.toContain(heavy);
  });

  it("loads the workbook writer for mall, and neither Word nor SharePoint", async () => {
    const { result, packages } = await loadedBy(["mall", join(dir, "ny-plan.xlsx")], "mall");
    expect(result.status).toBe(0);
    expect(packages).toContain(WRITER);
    for (const heavy of [WORD, SHAREPOINT]) expect(packages).not.toContain(heavy);
  });

  it("loads Word for a report as a Word document", async () => {
    const plan = join(ROOT, "examples", "atgardsplan-skarholmen.xlsx");
    const out = join(dir, "rapport.docx");
    const args = ["rapport", plan, "--period", "T1", "--ar", "2026", "--format", "docx", "-o", out];
    const { result, packages } = await loadedBy(args, "rapport-docx");
    expect(result.stderr).not.toContain("Oväntat fel");
    expect(result.status).toBe(0);
    expect(packages).toContain(WORD);
    expect(packages).not.toContain(SHAREPOINT);
  });
});
