// `npm start`: on Windows and macOS, sideloads the add-in into desktop Excel with
// office-addin-debugging (an optional dependency; it starts the dev server itself). On Linux,
// where desktop Excel does not run, it starts the dev server and tells how to upload
// manifest.xml to Excel on the web. `npm run dev-server` (this script with --server) starts
// only the dev server. Either way the server's process id goes to .atgardsplan-dev-server.pid
// (or ATGARDSPLAN_PID_FILE), so that `npm run stop` stops it.
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";

export const PID_FILE = process.env.ATGARDSPLAN_PID_FILE ?? ".atgardsplan-dev-server.pid";
const PORT = process.env.ATGARDSPLAN_PORT ?? "3000";
const serverOnly = process.argv.includes("--server");
const require = createRequire(import.meta.url);
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const desktop = process.platform === "win32" || process.platform === "darwin";

function installed(name) {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

function webInstructions() {
  const lines = [
    // First: the page that works without Excel.
    `Förhandsvisningssidan (utan Excel): https://localhost:${PORT}/preview.html`,
    "",
    `Åtgärdsplan serveras på https://localhost:${PORT} (stoppa med Ctrl+C eller  npm run stop ).`,
    "",
    "Så laddar du in tillägget i Excel på webben:",
    "  1. Öppna en arbetsbok i Excel på webben (till exempel i SharePoint eller OneDrive).",
    "  2. Välj Infoga → Tillägg → Mina tillägg → Ladda upp mitt tillägg",
    "     (i nyare Excel: Start → Tillägg → Fler tillägg → Mina tillägg → Ladda upp ett anpassat tillägg).",
    `  3. Välj filen ${resolve("manifest.xml")} och klicka på Ladda upp.`,
    "  4. Knappen Åtgärdsplan finns sedan på fliken Start.",
    `Webbläsaren måste lita på utvecklingscertifikatet: öppna https://localhost:${PORT}/taskpane.html en gång`,
    "och godkänn det, eller kör  npx office-addin-dev-certs install .",
  ];
  return `${lines.join("\n")}\n`;
}

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

function serverInstructions() {
  return (
    `Åtgärdsplan serveras på https://localhost:${PORT} och förhandsvisningen på ` +
    `https://localhost:${PORT}/preview.html\n(stoppa med Ctrl+C eller  npm run stop ).\n`
  );
}

if (!serverOnly && desktop && installed("office-addin-debugging")) {
  run(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  if (!serverOnly && desktop) {
    console.log(
      "office-addin-debugging är inte installerat (det är ett valfritt beroende), så Excel startas inte av sig självt.\n" +
        "Installera det med  npm install office-addin-debugging  och kör  npm start  igen, eller ladda upp\n" +
        "manifest.xml för hand enligt nedan (Excel för skrivbordet: Infoga → Tillägg → Mina tillägg).",
    );
  }
  console.log(serverOnly ? serverInstructions() : webInstructions());
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const server = run(process.execPath, [cli, "serve", "--mode", "development"]);
  if (server.pid !== undefined) writeFileSync(PID_FILE, String(server.pid));
  const forget = () => rmSync(PID_FILE, { force: true });
  server.on("exit", forget);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.kill(signal);
      forget();
    });
  }
}
