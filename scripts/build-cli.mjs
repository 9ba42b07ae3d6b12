// Bundles the command line (src/cli/entry.ts) into build/cli.js; packages stay external.
// Code a command loads with import() (the workbook writer, the Word reader and writer,
// SharePoint) goes into chunks under build/cli-chunks/, so that each command loads only
// what it needs: `validera` on a file never loads exceljs.
import { build } from "esbuild";
import { rmSync } from "node:fs";

rmSync("build/cli-chunks", { recursive: true, force: true });
await build({
  entryPoints: { cli: "src/cli/entry.ts" },
  outdir: "build",
  chunkNames: "cli-chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
