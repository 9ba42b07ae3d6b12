/** Shared set-up for the SharePoint tests: the stand-in with a Swedish site, and plan bytes. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SharePointOptions } from "../../src/sharepoint";
import { SharePointStandin } from "../helpers/sharepoint-standin";
import { writePlanFixture, type FixtureChange } from "../cli/plan-fixture";

export const TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.c3RhbmQtaW4.hemlig-token-4711";
export const SITE = "/sites/skarholmen";
/** A Swedish tenant's default library: title "Dokument", folder "Delade dokument". */
export const LIBRARY = `${SITE}/Delade dokument`;
export const PLAN_PATH = `${LIBRARY}/Planer/Åtgärdsplan 2026.xlsx`;

export function startStandin(): Promise<SharePointStandin> {
  return SharePointStandin.start({
    token: TOKEN,
    sites: [SITE, `${SITE}/vasterort`],
    libraries: [
      { title: "Dokument", root: LIBRARY },
      { title: "Dokument", root: `${SITE}/vasterort/Delade dokument` },
    ],
    userName: "Test Användare",
  });
}

/** Options for the client: the right token, short waits so that tests stay fast. */
export function clientOptions(overrides: Partial<SharePointOptions> = {}): SharePointOptions {
  return {
    getToken: async () => TOKEN,
    timeoutMs: 2_000,
    retry: { maxAttempts: 3, baseDelayMs: 10, maxTotalWaitMs: 5_000 },
    ...overrides,
  };
}

/** The valid plan of tests/helpers/snapshot-builder.ts as .xlsx bytes (raw exceljs). */
export async function planBytes(change: FixtureChange = {}): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "atgardsplan-sp-"));
  try {
    const path = join(dir, "plan.xlsx");
    await writePlanFixture(path, change);
    return new Uint8Array(readFileSync(path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An absolute address on the stand-in, as a user would paste it (spaces and all). */
export function address(standin: SharePointStandin, path: string): string {
  return `${standin.origin}${path}`;
}
