/**
 * What a workbook holds that a save through exceljs would lose even after the preserve step
 * (preserve-names.ts, preserve-drawings.ts): pivot tables, slicers, macros, form controls,
 * links to other workbooks… Found in the original package, named in Swedish, so that a
 * command can refuse to write into the file rather than lose the user's work.
 */
import type JSZip from "jszip";
import { asciiBytes, indexOfBytes } from "./bytes";

/** Part folders (or parts) exceljs drops, and what the user calls what they hold. */
const LOST_PARTS: readonly (readonly [RegExp, string])[] = [
  [/^xl\/pivotTables\//i, "pivottabeller"],
  [/^xl\/(?:slicers|slicerCaches)\//i, "utsnitt"],
  [/^xl\/(?:timelines|timelineCaches)\//i, "tidslinjer"],
  [/^xl\/chartsheets\//i, "diagramblad"],
  [/^xl\/vbaProject\.bin$/i, "makron (VBA)"],
  [/^xl\/(?:ctrlProps|activeX)\//i, "formulärkontroller"],
  [/^xl\/externalLinks\//i, "länkar till andra arbetsböcker"],
  [/^xl\/threadedComments\//i, "kommentarstrådar"],
  [/^xl\/(?:connections\.xml$|queryTables\/)/i, "dataanslutningar (Power Query)"],
  [/^xl\/model\//i, "en datamodell (Power Pivot)"],
  [/^customXml\//i, "egna XML-delar"],
];

/** Worksheet content exceljs drops, found by a word in the sheet's XML. */
const LOST_SHEET_CONTENT: readonly (readonly [number[], string])[] = [
  [asciiBytes("sparklineGroup"), "miniatyrdiagram"],
  [asciiBytes("x14:dataValidation"), "listrutor som hämtar sina val från ett annat blad"],
  [asciiBytes("<oleObjects"), "inbäddade objekt"],
];

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

/** What the package holds that saving would lose, in Swedish words; empty when nothing. */
export async function unsavedContent(zip: JSZip): Promise<string[]> {
  const found = new Set<string>();
  const names = Object.keys(zip.files).map((n) => n.replace(/^\//, ""));
  for (const name of names) {
    for (const [pattern, label] of LOST_PARTS) if (pattern.test(name)) found.add(label);
  }
  for (const name of names.filter((n) => WORKSHEET.test(n))) {
    const pending = LOST_SHEET_CONTENT.filter(([, label]) => !found.has(label));
    if (pending.length === 0) break;
    const data = await zip.file(name)?.async("uint8array");
    if (data === undefined) continue;
    for (const [word, label] of pending) if (indexOfBytes(data, word) !== -1) found.add(label);
  }
  return [...found];
}
