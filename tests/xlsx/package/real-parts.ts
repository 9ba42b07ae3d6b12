/**
 * Package parts as Excel and LibreOffice write them, for the part-edit modules' tests: the
 * feature-rich workbook in Excel's structure (feature-rich.ts), and the same workbook after
 * LibreOffice (soffice) opened and saved it. Null for LibreOffice when it is not installed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll } from "vitest";
import { featureRichWorkbook } from "../../helpers/feature-rich";
import { convertWithLibreOffice, hasSoffice as hasSofficeFor } from "../../helpers/libreoffice";

/** Whether LibreOffice's parts can be made here (the console says why not, once). */
export const hasSoffice = hasSofficeFor("delredigeringarnas tester på LibreOffice-sparade delar");

export type Parts = (part: string) => Promise<string>;

async function partsOf(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  return async (part) => {
    const file = zip.file(part);
    if (!file) throw new Error(`${part} saknas`);
    return file.async("string");
  };
}

export async function excelParts(): Promise<Parts> {
  return partsOf(await featureRichWorkbook());
}

export async function libreOfficeParts(): Promise<Parts | null> {
  if (!hasSoffice) return null;
  const dir = mkdtempSync(join(tmpdir(), "atgardsplan-lo-delar-"));
  try {
    const source = join(dir, "excel.xlsx");
    writeFileSync(source, await featureRichWorkbook());
    convertWithLibreOffice([source], "xlsx", join(dir, "ut"), dir);
    return partsOf(new Uint8Array(readFileSync(join(dir, "ut", "excel.xlsx"))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Both, loaded once before a file's tests: `parts.excel`, and `parts.libreOffice` (null without soffice). */
export function loadRealParts(): { excel: Parts; libreOffice: Parts | null } {
  const loaded = { excel: null as unknown as Parts, libreOffice: null as Parts | null };
  beforeAll(async () => {
    loaded.excel = await excelParts();
    loaded.libreOffice = await libreOfficeParts();
  }, 240_000);
  return loaded;
}
