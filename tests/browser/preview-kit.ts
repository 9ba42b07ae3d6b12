/**
 * What the browser tests and the preview bench share: the production build of the page
 * (webpack, into its own folder so that it never races `npm run build` in dist/), Debian's
 * chromium driven by playwright-core, and the page opened at a fixed date.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { chromium, type Browser, type Page } from "playwright-core";
import { runsWhen } from "../helpers/external-tools";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CHROMIUM = "/usr/bin/chromium";
export const ARTIFACTS = join(ROOT, "tests", "artifacts");

/** True when Debian's chromium is installed (`.ci/run` installs it with apt); else says so. */
export const hasChromium = runsWhen(
  existsSync(CHROMIUM),
  "webbläsartesterna",
  `${CHROMIUM} saknas (apt-get install chromium)`,
);

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

/** `webpack --mode production` into `folder` (the same bundle as `npm run build`). */
export async function buildPage(folder: string): Promise<void> {
  const webpack = createRequire(import.meta.url).resolve("webpack-cli/bin/cli.js");
  await promisify(execFile)(process.execPath, [webpack, "--mode", "production", "--output-path", folder], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Opens the preview page with the browser's clock fixed at noon on `today`, so the task
 * pane's check date (and so which follow-ups are due) is the same on every run.
 */
export async function openPreview(page: Page, baseUrl: string, today: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${today}T12:00:00`));
  await page.goto(new URL("preview.html", baseUrl).href);
}

/** Saves what the page shows now as tests/artifacts/<name>.png, for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** The newest change to what the production build is made of. */
async function newestSource(): Promise<number> {
  const files = (await readdir(join(ROOT, "src"), { recursive: true })).map((f) => join(ROOT, "src", f));
  files.push(...["webpack.config.js", "package.json", "package-lock.json"].map((f) => join(ROOT, f)));
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

/** dist/ when `npm run build` made it from the sources as they are; else a build of our own. */
export async function productionBuild(): Promise<{ folder: string; own: string | null }> {
  const dist = join(ROOT, "dist");
  const built = statSync(join(dist, "taskpane.html"), { throwIfNoEntry: false });
  if (built && built.mtimeMs > (await newestSource())) return { folder: dist, own: null };
  const own = mkdtempSync(join(tmpdir(), "atgardsplan-taskpane-"));
  await buildPage(join(own, "dist"));
  return { folder: join(own, "dist"), own };
}
