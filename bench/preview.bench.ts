/**
 * `npm run bench -- preview`: how soon the preview page shows the example plan's first
 * validation result, in Debian's chromium on this machine, against the production build
 * served over HTTP from 127.0.0.1 by a process of its own (bench/serve-folder.ts). Prints one JSON object of figures as its last line:
 *
 * - preview_ready_ms: from `page.goto` to the counts ("0 fel, 14 varningar, …") shown; target ≤ 600.
 *   The page validates the example plan by itself as soon as the pane has found it. Median
 *   of 5 page loads, each in a fresh browser context (empty cache), after one warm-up load.
 * - preview_pane_ms: from `page.goto` to the "Validera plan" button shown (the example
 *   plan fetched, opened from its package and read by the pane; exceljs and the grid load
 *   after that, src/preview/lazy-workbook.ts).
 * - preview_validate_ms: from the pane shown to the counts shown.
 * - preview_bundle_kb: the JavaScript the page loads before it can validate (its entry
 *   and the chunks the page's HTML names), in KiB.
 *
 * Without /usr/bin/chromium it prints {} and says why on standard error. Targets are
 * reported, never enforced.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPage, hasChromium, launchChromium, openPreview } from "../tests/browser/preview-kit";

const RUNS = 5;
const TODAY = "2026-06-10";
const log = (text: string) => process.stderr.write(`  ${text}\n`);

/** The page's server in a process of its own; resolves with its address and how to stop it. */
async function serveApart(folder: string): Promise<{ url: string; close: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/serve-folder.ts", folder], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`Servern avslutades (${String(code)})`)));
    child.stdout.once("data", (data: Buffer) => resolve(data.toString("utf8").trim()));
  });
  return { url, close: () => child.kill("SIGTERM") };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** KiB of the scripts preview.html loads by itself. */
function bundleKb(dist: string): number {
  const html = readFileSync(join(dist, "preview.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1] ?? "");
  return scripts.reduce((sum, src) => sum + statSync(join(dist, src)).size, 0) / 1024;
}

async function main(): Promise<Record<string, number>> {
  if (!hasChromium) {
    log("/usr/bin/chromium saknas: preview_ready_ms mäts inte (apt-get install chromium).");
    return {};
  }
  const folder = mkdtempSync(join(tmpdir(), "atgardsplan-preview-bench-"));
  const dist = join(folder, "dist");
  try {
    log("bygger sidan (webpack --mode production) …");
    await buildPage(dist);
    const server = await serveApart(dist);
    const browser = await launchChromium();
    try {
      const ready: number[] = [];
      const pane: number[] = [];
      const validate: number[] = [];
      for (let run = 0; run <= RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        const start = performance.now();
        await openPreview(page, server.url, TODAY);
        const button = page.getByRole("button", { name: "Validera plan" });
        await button.waitFor();
        const paneAt = performance.now();
        await page
          .getByRole("status")
          .filter({ hasText: / fel, / })
          .waitFor();
        const end = performance.now();
        await context.close();
        if (run === 0) continue; // warm-up
        ready.push(end - start);
        pane.push(paneAt - start);
        validate.push(end - paneAt);
        log(`körning ${run}: ${Math.round(end - start)} ms`);
      }
      const readyMs = median(ready);
      log(`${readyMs <= 600 ? "✓" : "✗"} preview_ready_ms = ${Math.round(readyMs)} (mål ≤ 600)`);
      return {
        preview_ready_ms: readyMs,
        preview_pane_ms: median(pane),
        preview_validate_ms: median(validate),
        preview_bundle_kb: Math.round(bundleKb(dist)),
      };
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

console.log(JSON.stringify(await main()));
