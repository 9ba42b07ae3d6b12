/**
 * No secret, tenant or token in the repository or the bundle: every file git would commit
 * (tracked, or new and not ignored) and, when built, dist/ and build/ are scanned for signed
 * JWTs, client secrets, tenant ids, bearer tokens and ATGARDSPLAN_TOKEN values. Documented
 * stand-ins pass: an unsigned JWT (alg "none") and the all-zero GUID.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli";

const GUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const PLACEHOLDER_GUID = /^0{8}-0{4}-0{4}-0{4}-0{12}$/;
const BINARY = /\.(?:xlsx|docx|png|jpe?g|gif|ico|pdf|woff2?|ttf|zip)$/i;

function jwtHeader(token: string): { alg?: string } | null {
  try {
    return JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString("utf8")) as {
      alg?: string;
    };
  } catch {
    return null;
  }
}

const CHECKS: { what: string; pattern: RegExp; allowed?: (match: RegExpExecArray) => boolean }[] = [
  {
    what: "signerad JWT",
    pattern: /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g,
    allowed: (m) => jwtHeader(m[0])?.alg === "none",
  },
  {
    what: "klienthemlighet",
    pattern: /client_?secret["'\s]*[:=]\s*["'`]([^"'`\s]{8,})["'`]/gi,
    allowed: (m) => /[<{]|exempel|example|placeholder|x{4}/i.test(m[1] ?? ""),
  },
  { what: "Entra-klienthemlighet", pattern: /[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}/g },
  {
    what: "tenant-id",
    pattern: new RegExp(`(?:tenant|microsoftonline\\.com/)[\\w"' :=/.-]{0,30}?(${GUID})`, "gi"),
    allowed: (m) => PLACEHOLDER_GUID.test(m[1] ?? ""),
  },
  {
    what: "bearer-token",
    pattern: /Bearer\s+([A-Za-z0-9._~+/-]{30,}=*)/g,
    allowed: (m) => jwtHeader(m[1] ?? "")?.alg === "none",
  },
  {
    what: "ATGARDSPLAN_TOKEN-värde",
    pattern: /ATGARDSPLAN_TOKEN\s*=\s*["']?(?![$<{])[A-Za-z0-9._~+/-]{16,}/g,
  },
];

/** Every secret-looking string in `text`, as "what: match". */
export function findSecrets(text: string): string[] {
  const found: string[] = [];
  for (const { what, pattern, allowed } of CHECKS) {
    for (const match of text.matchAll(pattern)) {
      if (!allowed?.(match as RegExpExecArray)) found.push(`${what}: ${match[0].slice(0, 60)}`);
    }
  }
  return found;
}

function gitFiles(): string[] {
  const list = (args: string[]) =>
    execFileSync("git", args, { cwd: ROOT, encoding: "utf8" })
      .split("\n")
      .filter((f) => f !== "");
  return [...list(["ls-files"]), ...list(["ls-files", "--others", "--exclude-standard"])];
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((f) => join(folder, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => relative(ROOT, f));
}

function scan(files: readonly string[]): string[] {
  return files
    .filter((f) => !BINARY.test(f) && existsSync(join(ROOT, f)))
    .flatMap((f) => findSecrets(readFileSync(join(ROOT, f), "utf8")).map((hit) => `${f}: ${hit}`));
}

describe("the repository and the bundle", () => {
  it("hold no secret, tenant id or token", () => {
    expect(scan(gitFiles())).toEqual([]);
  });

  it("built, hold none either (dist/ and build/)", () => {
    expect(scan([...filesUnder(join(ROOT, "dist")), ...filesUnder(join(ROOT, "build"))])).toEqual([]);
  });
});

describe("findSecrets", () => {
  it("finds what a leaked secret looks like, and lets the documented stand-ins pass", () => {
    const signed = `${Buffer.from('{"alg":"RS256","typ":"JWT"}').toString("base64url")}.eyJhdWQiOiJodHRwcyJ9.c2lnbmF0dXJl`;
    // Put together at run time, so that this file does not hold them itself.
    const guid = ["3f2504e0", "4f89", "41d3", "9a0c", "0305e82c3301"].join("-");
    const entraSecret = ["Abc8", "Q~0123456789abcdefghijklmnopqrstuvw"].join("");
    const leaked = [
      `const token = "${signed}";`,
      `${"client"}_secret: "${entraSecret}"`,
      `tenantId: ${guid}`,
      `https://login.microsoftonline.com/${guid}/oauth2`,
      `${"ATGARDSPLAN"}_TOKEN=abcdefghijklmnopqrstuvwxyz`,
    ];
    for (const text of leaked) expect(findSecrets(text)).not.toEqual([]);
    const standIns = [
      'TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.c3RhbmQtaW4.hemlig-token-4711"',
      "tenantId: 00000000-0000-0000-0000-000000000000",
      'client_secret: "<din-klienthemlighet>"',
      "ATGARDSPLAN_TOKEN=$(cat token.txt)",
    ];
    for (const text of standIns) expect(findSecrets(text)).toEqual([]);
  });
});
