/**
 * One writer at a time (write-lock.ts): the lock beside the workbook says who holds it, a
 * second writer is refused while its owner runs, and a lock its owner left behind (the
 * process is gone, or it is older than any write takes) is taken over.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquireWriteLock, lockPathFor } from "../../src/xlsx/write-lock";

const dir = mkdtempSync(join(tmpdir(), "atgardsplan-las-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let count = 0;
/** A workbook path of its own, and its lock's path. */
function workbook(): { target: string; lock: string } {
  const target = join(dir, `plan${++count}.xlsx`);
  return { target, lock: lockPathFor(target) };
}

/** The id of a process that has ended. */
const endedPid = () => spawnSync(process.execPath, ["-e", ""]).pid;

const hourAgo = () => new Date(Date.now() - 3_600_000);

describe("acquireWriteLock", () => {
  it("writes this process and this computer into the lock, so another run can tell whether it still runs", async () => {
    const { target, lock } = workbook();
    const release = await acquireWriteLock(target);
    expect(release).not.toBeNull();
    expect(readFileSync(lock, "utf8")).toMatch(
      new RegExp(`^${process.pid}\\n${hostname()}\\n\\d{4}-\\d\\d-\\d\\dT`),
    );
    await release?.();
    expect(existsSync(lock)).toBe(false);
  });

  it("refuses a second writer while the first one holds the lock", async () => {
    const { target, lock } = workbook();
    const release = await acquireWriteLock(target);
    expect(await acquireWriteLock(target)).toBeNull();
    expect(readFileSync(lock, "utf8")).toMatch(new RegExp(`^${process.pid}\\n`));
    await release?.();
  });

  it("takes over a lock whose process on this computer has ended", async () => {
    const { target, lock } = workbook();
    writeFileSync(lock, `${endedPid()}\n${hostname()}\n`);
    const release = await acquireWriteLock(target);
    expect(release).not.toBeNull();
    expect(readFileSync(lock, "utf8")).toMatch(new RegExp(`^${process.pid}\\n`));
    await release?.();
  });

  it("leaves a fresh lock of another computer alone, whatever its process id means here", async () => {
    const { target, lock } = workbook();
    const theirs = `${endedPid()}\nen-annan-dator\n`;
    writeFileSync(lock, theirs);
    expect(await acquireWriteLock(target)).toBeNull();
    expect(readFileSync(lock, "utf8")).toBe(theirs);
  });

  it("takes over another computer's lock that is older than any write takes", async () => {
    const { target, lock } = workbook();
    writeFileSync(lock, `${process.pid}\nen-annan-dator\n`);
    utimesSync(lock, hourAgo(), hourAgo());
    const release = await acquireWriteLock(target);
    expect(release).not.toBeNull();
    expect(readFileSync(lock, "utf8")).toContain(hostname());
    await release?.();
  });

  it("lets go without a fault when its lock was already taken away", async () => {
    const { target, lock } = workbook();
    const release = await acquireWriteLock(target);
    rmSync(lock);
    await expect(release?.()).resolves.toBeUndefined();
  });
});
