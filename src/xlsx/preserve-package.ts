/**
 * "Nothing of the user's lost": exceljs rewrites the whole package when it saves, and drops
 * what it cannot model. The original package is remembered when the workbook is opened;
 * after the save, what exceljs dropped but this adapter can carry (defined names that are
 * formulas, constants or sheet-scoped; drawings with charts and shapes) is put back from
 * it, and what it cannot carry is listed so that a command can refuse to overwrite the file.
 */
import JSZip from "jszip";
import { partText } from "./package-parts";
import { drawingsToKeep, restoreDrawings } from "./preserve-drawings";
import { namesToKeep, restoreNames, type KeptName } from "./preserve-names";
import { unsavedContent } from "./unsaved-content";

export interface PackageMemory {
  readonly original: JSZip;
  readonly names: readonly KeptName[];
  /** Drawing part by sheet name. */
  readonly drawings: ReadonlyMap<string, string>;
  /** What a save would still lose, in Swedish words (unsaved-content.ts). */
  readonly unsaved: readonly string[];
}

/** What to carry over from the package `zip` when the workbook is saved. */
export async function rememberPackage(zip: JSZip): Promise<PackageMemory> {
  const workbook = (await partText(zip, "xl/workbook.xml")) ?? "";
  return {
    original: zip,
    names: namesToKeep(workbook),
    drawings: await drawingsToKeep(zip),
    unsaved: await unsavedContent(zip),
  };
}

/** The saved bytes with the remembered content put back; the same bytes when there is none. */
export async function preserveUserContent(memory: PackageMemory, written: Uint8Array): Promise<Uint8Array> {
  if (memory.names.length === 0 && memory.drawings.size === 0) return written;
  const zip = await JSZip.loadAsync(written);
  const workbook = (await partText(zip, "xl/workbook.xml")) ?? "";
  zip.file("xl/workbook.xml", restoreNames(workbook, memory.names));
  await restoreDrawings(memory.original, zip, memory.drawings);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
