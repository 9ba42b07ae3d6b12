/**
 * The task pane's Content-Security-Policy (issue 8, security): scripts only from the add-in
 * itself and office.js's host, no inline or eval'd script, connections only to the add-in,
 * the sign-in endpoint and SharePoint. Read from the source page and, when built, from
 * dist/taskpane.html, whose every <script> must then load from an allowed place.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli";

const OFFICE_JS_HOSTS = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];
const SIGN_IN = "https://login.microsoftonline.com";

function policyOf(html: string): Map<string, string[]> {
  const meta =
    /<meta[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*content=(?:"([^"]+)"|'([^']+)')/i.exec(html);
  const policy = new Map<string, string[]>();
  for (const directive of (meta?.[1] ?? meta?.[2] ?? "").split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return policy;
}

const BUILT = join(ROOT, "dist", "taskpane.html");
const PAGES = [join(ROOT, "src", "taskpane", "taskpane.html"), ...(existsSync(BUILT) ? [BUILT] : [])];
if (!existsSync(BUILT)) {
  console.warn(
    "Hoppar över dist/taskpane.html i testet av Content-Security-Policy: inte byggd (npm run build).",
  );
}

describe.each(PAGES.map((p) => [p.slice(ROOT.length + 1), p]))("the task pane page %s", (_, path) => {
  const html = readFileSync(path, "utf8");
  const policy = policyOf(html);

  it("allows scripts only from the add-in and office.js's host, never inline or eval", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    const scripts = policy.get("script-src") ?? [];
    expect(scripts).toContain("'self'");
    for (const source of scripts) expect(["'self'", ...OFFICE_JS_HOSTS]).toContain(source);
    expect(policy.get("object-src")).toEqual(["'none'"]);
  });

  it("connects only to the add-in, the sign-in endpoint and SharePoint", () => {
    // Stated, not just limited: without connect-src, default-src 'self' would block sign-in
    // and SharePoint, and a loop over its sources would pass on nothing.
    expect(policy.get("connect-src")?.toSorted()).toEqual(
      ["'self'", SIGN_IN, "https://*.sharepoint.com"].toSorted(),
    );
  });

  it("loads every script from a place the policy allows", () => {
    const tags = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1] ?? "");
    expect(tags.length).toBeGreaterThan(0);
    for (const attributes of tags) {
      const src = /src=["']?([^"'\s>]+)/i.exec(attributes)?.[1];
      expect(src, "a <script> without src (inline) is blocked by the policy").toBeDefined();
      const external = /^https:\/\//.test(src ?? "");
      if (external) expect(OFFICE_JS_HOSTS.some((host) => src!.startsWith(`${host}/`))).toBe(true);
    }
  });
});
