/**
 * Whether Excel or LibreOffice has the workbook open: each leaves a lock file beside it while
 * it does (`~$plan.xlsx` for Excel, `.~lock.plan.xlsx#` for LibreOffice, which also names
 * the user). A file someone has open is not written in place: their next save would
 * overwrite what this tool wrote, or the other way round.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export interface OfficeLock {
  readonly program: "Excel" | "LibreOffice";
  readonly lockFile: string;
  /** Who has it open, when the lock file says. */
  readonly user: string | null;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice's lock file: `,Förnamn Efternamn,dator,datum,…;` (the second field is the user). */
async function libreOfficeUser(lockFile: string): Promise<string | null> {
  try {
    const user = (await readFile(lockFile, "utf8")).split(",")[1]?.trim();
    return user === undefined || user === "" ? null : user;
  } catch {
    return null;
  }
}

/** The lock that says `path` is open, or null. */
export async function officeLockOf(path: string): Promise<OfficeLock | null> {
  const folder = dirname(path);
  const name = basename(path);
  const excel = join(folder, `~$${name}`);
  if (await exists(excel)) return { program: "Excel", lockFile: excel, user: null };
  const libreOffice = join(folder, `.~lock.${name}#`);
  if (await exists(libreOffice)) {
    return { program: "LibreOffice", lockFile: libreOffice, user: await libreOfficeUser(libreOffice) };
  }
  return null;
}
