/**
 * LibreOffice (soffice), a reader and writer independent of this code: whether it is
 * installed, and converting files with it (to xlsx: LibreOffice's own parts; to pdf: how it
 * prints). Each call uses its own profile folder, so tests running at once do not meet.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";

export const hasSoffice = spawnSync("which", ["soffice"]).status === 0;

/** Converts `files` to `format` ("xlsx", "pdf") into `outdir`, with a profile under `profile`. */
export function convertWithLibreOffice(
  files: readonly string[],
  format: string,
  outdir: string,
  profile: string,
): void {
  execFileSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${join(profile, "lo-profil")}`,
      "--convert-to",
      format,
      "--outdir",
      outdir,
      ...files,
    ],
    { stdio: "ignore", timeout: 300_000 },
  );
}
