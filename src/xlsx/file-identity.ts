/**
 * A file as it was read: size, modification time and a SHA-256 of its bytes, so that a
 * write can tell, just before it replaces the file, whether someone else (Excel, a sync
 * client, another run of this tool) has saved it in the meantime.
 */
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";

export interface FileIdentity {
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
}

function digest(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The file's bytes and identity, read through one handle. */
export async function readWithIdentity(path: string): Promise<{ bytes: Uint8Array; identity: FileIdentity }> {
  const handle = await open(path, "r");
  try {
    const info = await handle.stat();
    const bytes = await handle.readFile();
    return { bytes, identity: { size: info.size, mtimeMs: info.mtimeMs, sha256: digest(bytes) } };
  } finally {
    await handle.close();
  }
}

/** Whether the file at `path` is still the one `identity` describes. */
export async function isUnchanged(path: string, identity: FileIdentity): Promise<boolean> {
  let now: { bytes: Uint8Array; identity: FileIdentity };
  try {
    now = await readWithIdentity(path);
  } catch {
    return false;
  }
  const { size, mtimeMs, sha256 } = now.identity;
  return size === identity.size && mtimeMs === identity.mtimeMs && sha256 === identity.sha256;
}
