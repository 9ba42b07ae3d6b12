/**
 * A workbook too large to read within the memory the command line may use stops before it is
 * read, with a message, rather than exhausting the memory after a long wait. exceljs holds
 * every cell in memory: `validera` on 200,000 Uppfoljning rows (103 MB of XML) peaks at
 * 1.1–1.35 GB, so 120 MB of XML keeps within 1.5 GB. A real plan is a few thousand rows.
 */
import type JSZip from "jszip";

/** Uncompressed sheet and shared-string XML read at most, in bytes. */
export const MAX_SHEET_XML_BYTES = 120 * 1024 * 1024;

const CELL_DATA = /^xl\/(?:worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i;

interface ZipEntryData {
  readonly _data?: { readonly uncompressedSize?: number };
}

/** The uncompressed size of the parts that hold cells, from the zip's directory (nothing is inflated). */
export function sheetXmlBytes(zip: JSZip): number {
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !CELL_DATA.test(file.name.replace(/^\//, ""))) continue;
    total += (file as unknown as ZipEntryData)._data?.uncompressedSize ?? 0;
  }
  return total;
}
