#!/usr/bin/env node
// The command line, built from src/cli by `npm run build:cli` (run by npm install).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const built = fileURLToPath(new URL("../build/cli.js", import.meta.url));
if (!existsSync(built)) {
  console.error("atgardsplan är inte byggt. Kör npm install (eller npm run build:cli) i projektmappen.");
  process.exit(2);
}
const { main } = await import(built);
process.exitCode = await main(process.argv.slice(2));
