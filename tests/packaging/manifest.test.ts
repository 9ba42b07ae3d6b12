/**
 * The add-in's packaging: the manifest webpack puts in dist/ is well-formed XML with the
 * production addresses, names icons that exist, and declares what Excel needs to know.
 * A fast manifest-only production build (into a temporary folder) is checked every time; the
 * full production build in dist/ (`npm run build`, as CI runs it) is checked when present.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUIRED_EXCEL_API } from "../../src/excel";
import { runsWhen } from "../helpers/external-tools";

const require = createRequire(import.meta.url);
const PRODUCTION = "https://plan.exempel.se/atgardsplan/";

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => level !== "warning" && errors.push(message),
  }).parseFromString(xml, "text/xml");
  expect(errors).toEqual([]);
  return doc;
}

const elements = (doc: Document, name: string): Element[] => Array.from(doc.getElementsByTagName(name));

function urlsOf(doc: Document): string[] {
  return elements(doc, "*")
    .flatMap((e) => [e.getAttribute("DefaultValue"), e.getAttribute("Value")])
    .filter((v): v is string => v !== null && /^\w+:\/\//.test(v));
}

function checkBuiltManifest(folder: string, base: string): void {
  const xml = readFileSync(join(folder, "manifest.xml"), "utf8");
  const doc = parse(xml);
  expect(xml).not.toMatch(/localhost/);
  const urls = urlsOf(doc);
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls.filter((u) => !u.startsWith("https://login.microsoftonline.com"))) {
    expect(url.startsWith(base)).toBe(true);
  }
  const icons = urls.filter((u) => u.endsWith(".png"));
  expect([...new Set(icons.map((u) => u.slice(base.length)))].sort()).toEqual([
    "assets/icon-16.png",
    "assets/icon-32.png",
    "assets/icon-64.png",
    "assets/icon-80.png",
  ]);
  for (const icon of icons) expect(existsSync(join(folder, icon.slice(base.length)))).toBe(true);
  expect(existsSync(join(folder, "commands.html"))).toBe(true);

  const root = doc.documentElement;
  expect(root?.getAttribute("xsi:type")).toBe("TaskPaneApp");
  expect(elements(doc, "Permissions")[0]?.textContent).toBe("ReadWriteDocument");
  expect(elements(doc, "Host").some((h) => h.getAttribute("Name") === "Workbook")).toBe(true);
  const set = elements(doc, "Set").find((s) => s.getAttribute("Name") === "ExcelApi");
  expect(set?.getAttribute("MinVersion")).toBe(REQUIRED_EXCEL_API);
  const home = elements(doc, "OfficeTab").find((t) => t.getAttribute("id") === "TabHome");
  const button = home && Array.from(home.getElementsByTagName("Control"))[0];
  const labelId = button && Array.from(button.getElementsByTagName("Label"))[0]?.getAttribute("resid");
  const label = elements(doc, "bt:String").find((s) => s.getAttribute("id") === labelId);
  expect(label?.getAttribute("DefaultValue")).toBe("Åtgärdsplan");
  expect(button && Array.from(button.getElementsByTagName("Action"))[0]?.getAttribute("xsi:type")).toBe(
    "ShowTaskpane",
  );
}

/** A manifest-only production build into `folder`; what it printed on standard output. */
function buildManifest(folder: string, url: string | undefined): string {
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const env = { ...process.env };
  if (url === undefined) delete env.ATGARDSPLAN_URL;
  else env.ATGARDSPLAN_URL = url;
  return execFileSync(
    process.execPath,
    [cli, "--mode", "production", "--env", "manifestOnly", "--output-path", folder],
    { env, stdio: "pipe", encoding: "utf8" },
  );
}

describe("the add-in's manifest in a production build", () => {
  let folder = "";
  let printed = "";

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "atgardsplan-dist-"));
    printed = buildManifest(folder, PRODUCTION.slice(0, -1));
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("is well-formed XML with the configured production address and icons that exist", () => {
    checkBuiltManifest(folder, PRODUCTION);
    expect(printed.split("\n")[0]).toBe(
      `Manifestet (dist/manifest.xml) pekar på ${PRODUCTION} (ATGARDSPLAN_URL).`,
    );
  });

  it("says which address the manifest got, and how to set it, when ATGARDSPLAN_URL is not set", () => {
    const placeholder = mkdtempSync(join(tmpdir(), "atgardsplan-dist-"));
    try {
      const text = buildManifest(placeholder, undefined);
      expect(text.split("\n").slice(0, 3)).toEqual([
        "Manifestet (dist/manifest.xml) pekar på https://atgardsplan.example.se/, en platshållare: " +
          "ATGARDSPLAN_URL är inte satt.",
        "Ange adressen där tilläggets filer ska ligga (med avslutande /) och bygg igen, till exempel:",
        "  ATGARDSPLAN_URL=https://planer.kommun.se/atgardsplan/ npm run build",
      ]);
      checkBuiltManifest(placeholder, "https://atgardsplan.example.se/");
    } finally {
      rmSync(placeholder, { recursive: true, force: true });
    }
  });

  const dist = join(process.cwd(), "dist");
  const html = existsSync(join(dist, "taskpane.html"))
    ? readFileSync(join(dist, "taskpane.html"), "utf8")
    : "";
  const production = /taskpane\.[0-9a-f]{8}\.js/.exec(html);
  const built = runsWhen(
    production !== null,
    "testet av manifestet i dist/",
    "inget produktionsbygge i dist/ (npm run build; npm test bygger först)",
  );

  it.runIf(built)("is right in dist/ after npm run build, beside the task pane's bundle", () => {
    const base = (process.env.ATGARDSPLAN_URL ?? "https://atgardsplan.example.se").replace(/\/?$/, "/");
    checkBuiltManifest(dist, base);
    expect(existsSync(join(dist, production?.[0] ?? "missing"))).toBe(true);
  });
});
