import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isUnchanged, readWithIdentity } from "../../src/xlsx/file-identity";

const dir = mkdtempSync(join(tmpdir(), "atgardsplan-identitet-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file with `text`, and its identity as read. */
async function fileWith(name: string, text: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return { path, identity: (await readWithIdentity(path)).identity };
}

describe("isUnchanged", () => {
  it("holds for the file as it was read", async () => {
    const { path, identity } = await fileWith("same.xlsx", "PK first");
    expect(await isUnchanged(path, identity)).toBe(true);
  });

  it("sees other bytes of the same size saved at the same time", async () => {
    const path = join(dir, "bytes.xlsx");
    const when = new Date("2026-05-15T08:00:00Z");
    writeFileSync(path, "PK first");
    utimesSync(path, when, when);
    const { identity } = await readWithIdentity(path);
    writeFileSync(path, "PK other");
    utimesSync(path, when, when);
    expect(statSync(path).mtimeMs).toBe(identity.mtimeMs);
    expect(statSync(path).size).toBe(identity.size);
    expect(await isUnchanged(path, identity)).toBe(false);
  });

  it("sees the same bytes saved again (a new time)", async () => {
    const { path, identity } = await fileWith("time.xlsx", "PK first");
    utimesSync(path, new Date(), new Date(identity.mtimeMs + 5000));
    expect(await isUnchanged(path, identity)).toBe(false);
  });

  it("sees a file that is gone", async () => {
    const { path, identity } = await fileWith("gone.xlsx", "PK first");
    rmSync(path);
    expect(await isUnchanged(path, identity)).toBe(false);
  });
});
