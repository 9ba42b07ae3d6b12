/**
 * The task pane's start-up bundle (the scripts taskpane.html names) holds what the first
 * screen needs and none of the parts loaded when used (src/taskpane/components/lazy-panels.ts,
 * the self-check, sign-in, SharePoint, the Excel writing code): each is recognised by code
 * only it has. Its size is measured by `npm run bench` (taskpane_js_gzip_kb), not here.
 */
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { productionBuild } from "../browser/preview-kit";

let folder = "";
let own: string | null = null;

beforeAll(async () => {
  ({ folder, own } = await productionBuild());
}, 300_000);

afterAll(() => {
  if (own) rmSync(own, { recursive: true, force: true });
});

function startScripts(): string {
  const html = readFileSync(join(folder, "taskpane.html"), "utf8");
  const sources = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((m) => m[1] ?? "")
    .filter((src) => !/^https?:/.test(src));
  return sources.map((src) => readFileSync(join(folder, src), "utf8")).join("\n");
}

/** The task pane's other chunks, loaded when used (the preview page's own bundle left out). */
function lazyChunks(): string {
  const start = new Set(
    [
      ...readFileSync(join(folder, "taskpane.html"), "utf8").matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g),
    ].map((m) => m[1]),
  );
  return readdirSync(folder)
    .filter((f) => f.endsWith(".js") && !f.startsWith("preview") && !start.has(f))
    .map((f) => readFileSync(join(folder, f), "utf8"))
    .join("\n");
}

describe("the task pane's start-up bundle", () => {
  it.each([
    ["the self-check", "atgardsplan-kontroll-"],
    ["sign-in (MSAL)", "acquireTokenPopup"],
    ["the SharePoint client", "_api/contextinfo"],
    ["the report sheet's writing", "atgardsplan-tmp-"],
    ["Koppla plan's check", "getColumnsAfter"],
    ["the import of a plan document", "word/document.xml"],
    ["the template's tables", "Ogiltigt värde"],
    ["next year's plan", "Aktivitet utan Nr"],
    ["the follow-up form", "Spara min version"],
  ])("leaves out %s", (_part, code) => {
    const start = startScripts();
    expect(start).toContain("Validera plan");
    expect(start.includes(code)).toBe(false);
    expect(lazyChunks()).toContain(code);
  });
});
