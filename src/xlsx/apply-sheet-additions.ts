/**
 * The seam between exceljs's save and what it does not write: after exceljs has written
 * the package, each generated sheet gets its charts and page breaks (sheet-additions.ts),
 * and the manual page breaks of the sheets it only carried through (exceljs reads them but
 * drops them on save) are put back from the original package. When the package is edited
 * part by part instead, the writer applies `sheetAdditions` itself and this step goes.
 */
import JSZip from "jszip";
import type { SheetLayout } from "../plan";
import {
  declareContentType,
  partText,
  relationshipsOf,
  relationshipsXml,
  relsPathOf,
  sheetParts,
} from "./package-parts";
import { rowBreaksOf, withRowBreaks } from "./row-breaks";
import { sheetAdditions } from "./sheet-additions";

/** What to add to a saved package. */
export interface PendingAdditions {
  /** Generated sheets by name: their charts and page breaks. */
  readonly generated: ReadonlyMap<string, Pick<SheetLayout, "charts" | "pageBreaks">>;
  /** The package the workbook was opened from, whose page breaks are kept; null for a new one. */
  readonly original: JSZip | null;
  /** Sheets of the original that were replaced: their old page breaks are not kept. */
  readonly replaced: ReadonlySet<string>;
}

/** Each sheet's `<rowBreaks>` in `zip`, by sheet name. */
async function rowBreaksBySheet(zip: JSZip): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const sheet of await sheetParts(zip)) {
    const breaks = rowBreaksOf((await partText(zip, sheet.part)) ?? "");
    if (breaks !== undefined) found.set(sheet.name, breaks);
  }
  return found;
}

async function keptBreaks(pending: PendingAdditions): Promise<Map<string, string>> {
  if (pending.original === null) return new Map();
  const kept = await rowBreaksBySheet(pending.original);
  for (const name of [...kept.keys()]) {
    if (pending.generated.has(name) || pending.replaced.has(name)) kept.delete(name);
  }
  return kept;
}

/** The saved bytes with the additions; the same bytes when there is nothing to add. */
export async function applySheetAdditions(
  written: Uint8Array,
  pending: PendingAdditions,
): Promise<Uint8Array> {
  const kept = await keptBreaks(pending);
  if (pending.generated.size === 0 && kept.size === 0) return written;
  const zip = await JSZip.loadAsync(written);
  let types = (await partText(zip, "[Content_Types].xml")) ?? "";
  const taken = new Set(Object.keys(zip.files).map((name) => name.replace(/^\//, "")));
  for (const sheet of await sheetParts(zip)) {
    const xml = (await partText(zip, sheet.part)) ?? "";
    const breaks = kept.get(sheet.name);
    if (breaks !== undefined && rowBreaksOf(xml) === undefined)
      zip.file(sheet.part, withRowBreaks(xml, breaks));
    const layout = pending.generated.get(sheet.name);
    if (layout === undefined) continue;
    const rels = await relationshipsOf(zip, sheet.part);
    const additions = sheetAdditions(layout, sheet.name, sheet.part, taken, new Set(rels.map((r) => r.id)));
    for (const part of additions.parts) {
      taken.add(part.path);
      zip.file(part.path, part.xml);
      if (part.rels !== null) zip.file(relsPathOf(part.path), part.rels);
      types = declareContentType(types, part.path, { override: part.contentType });
    }
    if (additions.relationships.length > 0) {
      zip.file(relsPathOf(sheet.part), relationshipsXml([...rels, ...additions.relationships]));
    }
    zip.file(sheet.part, additions.edit(xml));
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
