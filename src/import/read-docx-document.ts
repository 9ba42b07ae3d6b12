/**
 * The plan document as a Word file (.docx) → blocks. Body paragraphs and tables are read in
 * order: a numbered heading (a heading style, or a bold paragraph starting with "1." or
 * "1.1") starts an area or an activity, and every table row with a label cell and a value
 * cell is a labelled row (the paragraphs of the value cell kept, list items as "• ").
 * Page headers and footers are not content; they are kept as furniture for the metadata.
 */
import JSZip from "jszip";
import type { Document } from "@xmldom/xmldom";
import { readZipDirectory } from "../xlsx/package/zip-directory";
import { ImportError } from "./import-error";
import { cleanLine, type PlanDocument } from "./plan-document";
import { paragraphRawText, parseXml, readStyles, W } from "./docx-xml";
import { readBodyBlocks } from "./docx-body";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * The document's parts together, uncompressed, read at most. A plan is well under 1 MB of
 * XML; 10 MB takes about 3 s and 500 MB of memory to read (measured).
 */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

/** Refuses a document too large to read, from its zip directory (nothing is inflated). */
function assertSize(data: Uint8Array, name: string): void {
  const entries = readZipDirectory(data);
  const total = entries === null ? data.length : entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (Math.max(total, data.length) > MAX_DOCX_BYTES) {
    throw new ImportError(
      `Dokumentet "${name}" är för stort för att läsas: det innehåller ${megabytes(Math.max(total, data.length))} MB ` +
        `och gränsen är ${megabytes(MAX_DOCX_BYTES)} MB. En åtgärdsplan är mycket mindre: kontrollera att det är ` +
        `rätt dokument, eller spara planen som oformaterad text (.txt) och försök igen.`,
    );
  }
}

function excelWorkbook(name: string): ImportError {
  return new ImportError(
    `Filen "${name}" är en Excel-arbetsbok, inte ett Word-dokument. Importera läser planens ` +
      `Word-dokument (.docx) eller en textfil (.txt) och skapar arbetsboken. En arbetsbok som redan ` +
      `finns kontrolleras med "atgardsplan validera", och en egen arbetsbok kopplas till planens ` +
      `tabeller med "atgardsplan koppla".`,
  );
}

function notWord(name: string, cause?: unknown): ImportError {
  return new ImportError(
    `Filen "${name}" kan inte läsas som ett Word-dokument (.docx): den är skadad eller inte ett ` +
      `Word-dokument. Öppna den i Word och spara den som Word-dokument (.docx), eller spara ` +
      `planen som oformaterad text (.txt), och försök igen.`,
    { cause },
  );
}

async function openZip(data: Uint8Array, name: string): Promise<JSZip> {
  if (OLE_SIGNATURE.every((byte, i) => data[i] === byte)) {
    throw new ImportError(
      `Filen "${name}" är ett äldre Word-dokument (.doc) eller lösenordsskyddat. Öppna den i Word, ` +
        `ta bort lösenordet och spara den som Word-dokument (.docx), och försök igen.`,
    );
  }
  try {
    return await JSZip.loadAsync(data);
  } catch (cause) {
    throw notWord(name, cause);
  }
}

async function readXml(zip: JSZip, path: string, name: string): Promise<Document | null> {
  const file = zip.file(path);
  if (file === null) return null;
  try {
    return parseXml(await file.async("string"));
  } catch (cause) {
    throw notWord(name, cause);
  }
}

/** The main document part: from the package relationships, else the usual place. */
async function mainPartPath(zip: JSZip): Promise<string> {
  const rels = await zip.file("_rels/.rels")?.async("string");
  const target = rels === undefined ? null : /Target="\/?([^"]*document[^"]*\.xml)"/i.exec(rels)?.[1];
  return target ?? "word/document.xml";
}

/** The text of page headers and footers, line by line (a line break in a paragraph starts a line). */
async function readFurniture(zip: JSZip, name: string): Promise<string[]> {
  const parts = Object.keys(zip.files)
    .filter((path) => /^word\/(?:header|footer)\d*\.xml$/i.test(path))
    .sort((a, b) => Number(/footer/i.test(a)) - Number(/footer/i.test(b)) || a.localeCompare(b));
  const lines: string[] = [];
  for (const path of parts) {
    const document = await readXml(zip, path, name);
    if (document === null) continue;
    for (const p of Array.from(document.getElementsByTagNameNS(W, "p"))) {
      for (const part of paragraphRawText(p).split("\n")) {
        const text = cleanLine(part);
        if (text !== "") lines.push(text);
      }
    }
  }
  return lines;
}

export async function readDocxDocument(data: Uint8Array, name: string): Promise<PlanDocument> {
  if (data.length === 0) throw new ImportError(`Filen "${name}" är tom.`);
  assertSize(data, name);
  const zip = await openZip(data, name);
  if (zip.file("xl/workbook.xml") !== null) throw excelWorkbook(name);
  const document = await readXml(zip, await mainPartPath(zip), name);
  const body = document?.getElementsByTagNameNS(W, "body")[0];
  if (body === undefined) throw notWord(name);
  const styles = readStyles(await readXml(zip, "word/styles.xml", name));
  return { blocks: readBodyBlocks(body, styles), furniture: await readFurniture(zip, name) };
}
