/**
 * taskpane_js_gzip_kb: the gzipped size of the JavaScript the task pane loads at start
 * (the scripts dist/taskpane.html names, office.js excluded); preview_js_gzip_kb: the same
 * for the preview page (dist/preview.html), target ≤ 300. Builds first if dist/ is missing.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = "dist";
if (!existsSync(join(dist, "taskpane.html"))) {
  execFileSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
}

function startScripts(page: string): string[] {
  const html = readFileSync(join(dist, page), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((m) => m[1] ?? "")
    .filter((src) => !/^https?:/.test(src));
}

function gzipKb(page: string): number {
  const bytes = startScripts(page).reduce(
    (sum, src) => sum + gzipSync(readFileSync(join(dist, src)), { level: 9 }).length,
    0,
  );
  return Math.round((bytes / 1024) * 10) / 10;
}

const figures = {
  taskpane_js_gzip_kb: gzipKb("taskpane.html"),
  preview_js_gzip_kb: gzipKb("preview.html"),
};
console.error(
  `  ${figures.taskpane_js_gzip_kb <= 350 ? "✓" : "✗"} taskpane_js_gzip_kb = ${figures.taskpane_js_gzip_kb} (mål ≤ 350)`,
);
console.error(
  `  ${figures.preview_js_gzip_kb <= 300 ? "✓" : "✗"} preview_js_gzip_kb = ${figures.preview_js_gzip_kb} (mål ≤ 300)`,
);
console.log(JSON.stringify(figures));
