/**
 * The temporary file a save writes before it renames it over the workbook:
 * `.plan.xlsx.<pid>-<random>.tmp`, hidden, beside the workbook (so the rename stays on one
 * file system). A save that was killed leaves one behind; the next save in the folder
 * removes those of the same workbook that are older than any save takes.
 */
import { randomBytes } from "node:crypto";
import { readdir, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Older than this, a temporary file is left over from a killed save. */
export const STALE_TEMP_MS = 10 * 60_000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function tempPathFor(target: string): string {
  const suffix = `${process.pid}-${randomBytes(4).toString("hex")}`;
  return join(dirname(target), `.${basename(target)}.${suffix}.tmp`);
}

/** Removes this workbook's temporary files older than STALE_TEMP_MS; returns their names. */
export async function removeStaleTemps(target: string, now = Date.now()): Promise<string[]> {
  const folder = dirname(target);
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(target))}\\.\\d+-[0-9a-f]{8}\\.tmp$`);
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return removed;
  }
  for (const name of names.filter((n) => pattern.test(n))) {
    const path = join(folder, name);
    try {
      if (now - (await stat(path)).mtimeMs < STALE_TEMP_MS) continue;
      await rm(path, { force: true });
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
  return removed;
}
