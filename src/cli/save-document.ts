/**
 * Saves a document the CLI made (the report as .docx) as saveWorkbookFile saves a workbook:
 * to a temporary file in the same folder, then renamed over the target, so a failed save
 * never leaves half a file or harms one that was there.
 */
import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileErrorReason } from "../xlsx/file-messages";
import { CliError } from "./cli-error";

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined;
}

export async function saveDocumentFile(path: string, bytes: Uint8Array, what: string): Promise<void> {
  const temp = join(
    dirname(resolve(path)),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new CliError(
      `${what} kunde inte sparas som "${path}": ${fileErrorReason(errorCode(error))}. Inget sparades.`,
      {
        cause: error,
      },
    );
  }
}
