/**
 * The JavaScript each page loads, gzipped (level 9), from the production build (dist/ when it
 * is newer than the sources, else a build of its own, as the browser tests do):
 *
 * - taskpane_js_gzip_kb: the task pane's start-up JavaScript: exactly the scripts that
 *   dist/taskpane.html names (webpack's initial chunks of the `taskpane` entry), office.js
 *   from Microsoft's CDN left out. The parts loaded with a dynamic `import()` when used
 *   (src/taskpane/components/lazy-panels.ts, the self-check, sign-in, SharePoint, the Excel
 *   writing code, the report and import use cases) are not in it. Target ≤ 150.
 * - taskpane_js_lazy_gzip_kb: every other chunk in dist/ together (each gzipped on its own):
 *   what the task pane loads as it is used (exceljs for "Publicera rapport" among them).
 * - preview_js_gzip_kb: the preview page's start-up scripts (exceljs and the grid load
 *   after the first paint). Target ≤ 300.
 */
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { productionBuild } from "../tests/browser/preview-kit";

const { folder, own } = await productionBuild();
try {
  const startScripts = (page: string): string[] => {
    const html = readFileSync(join(folder, page), "utf8");
    return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
      .map((m) => m[1] ?? "")
      .filter((src) => !/^https?:/.test(src));
  };
  const gzipKb = (files: readonly string[]): number => {
    const bytes = files.reduce(
      (sum, f) => sum + gzipSync(readFileSync(join(folder, f)), { level: 9 }).length,
      0,
    );
    return Math.round((bytes / 1024) * 10) / 10;
  };
  const start = startScripts("taskpane.html");
  const preview = startScripts("preview.html");
  const lazy = readdirSync(folder).filter(
    (f) => f.endsWith(".js") && !start.includes(f) && !preview.includes(f) && f !== "commands.js",
  );
  const figures = {
    taskpane_js_gzip_kb: gzipKb(start),
    taskpane_js_lazy_gzip_kb: gzipKb(lazy),
    preview_js_gzip_kb: gzipKb(preview),
  };
  console.error(
    `  ${figures.taskpane_js_gzip_kb <= 150 ? "✓" : "✗"} taskpane_js_gzip_kb = ${figures.taskpane_js_gzip_kb} (mål ≤ 150; ${start.join(", ")})`,
  );
  console.error(
    `  ${figures.preview_js_gzip_kb <= 300 ? "✓" : "✗"} preview_js_gzip_kb = ${figures.preview_js_gzip_kb} (mål ≤ 300)`,
  );
  console.log(JSON.stringify(figures));
} finally {
  if (own) rmSync(own, { recursive: true, force: true });
}
