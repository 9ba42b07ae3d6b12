/**
 * One writer at a time: a lock file beside the workbook (`.plan.xlsx.atgardsplan-lock`),
 * created atomically (it fails when it exists), holding the writer's process id and start
 * time. A lock left by a process that is gone, or older than any write takes, is removed.
 */
import { hostname } from "node:os";
import { open, readFile, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Older than this, a lock is left over from a write that was killed. */
const STALE_LOCK_MS = 10 * 60_000;

export function lockPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.atgardsplan-lock`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function isStale(lock: string): Promise<boolean> {
  try {
    const [pid, host] = (await readFile(lock, "utf8")).split("\n");
    if (host === hostname() && Number.isInteger(Number(pid)) && !isRunning(Number(pid))) return true;
    return Date.now() - (await stat(lock)).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false;
  }
}

async function create(lock: string): Promise<boolean> {
  try {
    const handle = await open(lock, "wx");
    await handle.writeFile(`${process.pid}\n${hostname()}\n${new Date().toISOString()}\n`);
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/** Takes the lock for writing `target`; null when another writer holds it. Returns the release. */
export async function acquireWriteLock(target: string): Promise<(() => Promise<void>) | null> {
  const lock = lockPathFor(target);
  let taken = await create(lock);
  if (!taken && (await isStale(lock))) {
    await rm(lock, { force: true });
    taken = await create(lock);
  }
  if (!taken) return null;
  return () => rm(lock, { force: true });
}
