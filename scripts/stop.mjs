// `npm run stop`: ends what `npm start` started: the sideloaded add-in and its dev server
// (office-addin-debugging on Windows and macOS), or the dev server whose process id
// `npm start` or `npm run dev-server` wrote to .atgardsplan-dev-server.pid (or ATGARDSPLAN_PID_FILE).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";

const PID_FILE = process.env.ATGARDSPLAN_PID_FILE ?? ".atgardsplan-dev-server.pid";
const require = createRequire(import.meta.url);
const desktop = process.platform === "win32" || process.platform === "darwin";

function installed(name) {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}

if (desktop && installed("office-addin-debugging")) {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const result = spawnSync(npx, ["office-addin-debugging", "stop", "manifest.xml"], { stdio: "inherit" });
  process.exitCode = result.status ?? 0;
}

if (existsSync(PID_FILE)) {
  const pid = Number(readFileSync(PID_FILE, "utf8").trim());
  try {
    if (Number.isInteger(pid) && pid > 0) process.kill(pid, "SIGTERM");
    console.log(`Utvecklingsservern (process ${pid}) är stoppad.`);
  } catch {
    console.log(`Utvecklingsservern (process ${pid}) körde inte längre.`);
  }
  rmSync(PID_FILE, { force: true });
} else if (!desktop) {
  console.log("Ingen utvecklingsserver startad av  npm start  eller  npm run dev-server  körs.");
}
