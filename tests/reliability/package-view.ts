/**
 * Looks into a saved .xlsx package with JSZip, independently of the adapter: the defined
 * names as written, and the parts a sheet's drawing leads to.
 */
import JSZip from "jszip";

export interface WrittenName {
  readonly name: string;
  /** The sheet a sheet-scoped name belongs to. */
  readonly sheet: string | null;
  readonly value: string;
  readonly attributes: string;
}

const attr = (text: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(text)?.[1];
const decode = (text: string) =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export async function packageOf(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes);
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} saknas i paketet`);
  return file.async("string");
}

export async function sheetNames(zip: JSZip): Promise<string[]> {
  const workbook = await text(zip, "xl/workbook.xml");
  return [...workbook.matchAll(/<sheet\b([^>]*)\/>/g)].map((m) => decode(attr(m[1] ?? "", "name") ?? ""));
}

export async function definedNames(zip: JSZip): Promise<WrittenName[]> {
  const workbook = await text(zip, "xl/workbook.xml");
  const sheets = await sheetNames(zip);
  return [...workbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)].map((m) => {
    const attributes = m[1] ?? "";
    const local = attr(attributes, "localSheetId");
    return {
      name: attr(attributes, "name") ?? "",
      sheet: local === undefined ? null : (sheets[Number(local)] ?? `#${local}`),
      value: decode(m[2] ?? ""),
      attributes,
    };
  });
}

function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

const relsOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

async function targets(zip: JSZip, part: string, type: string): Promise<string[]> {
  const rels = zip.file(relsOf(part));
  if (!rels) return [];
  const xml = await rels.async("string");
  return [...xml.matchAll(/<Relationship\b([^>]*)\/>/g)]
    .map((m) => m[1] ?? "")
    .filter((a) => (attr(a, "Type") ?? "").endsWith(`/${type}`) && attr(a, "TargetMode") !== "External")
    .map((a) => resolve(part, attr(a, "Target") ?? ""));
}

/** The worksheet part of a sheet, by name. */
export async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await text(zip, "xl/workbook.xml");
  const entry = [...workbook.matchAll(/<sheet\b([^>]*)\/>/g)].find(
    (m) => decode(attr(m[1] ?? "", "name") ?? "") === sheet,
  );
  const id = attr(entry?.[1] ?? "", "r:id");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const rel = [...rels.matchAll(/<Relationship\b([^>]*)\/>/g)].find((m) => attr(m[1] ?? "", "Id") === id);
  return resolve("xl/workbook.xml", attr(rel?.[1] ?? "", "Target") ?? "");
}

/** The sheet's drawing XML and the XML of the charts it shows ([] when none). */
export async function drawingOf(
  zip: JSZip,
  sheet: string,
): Promise<{ drawing: string | null; charts: string[] }> {
  const part = await sheetPart(zip, sheet);
  const [drawing] = await targets(zip, part, "drawing");
  if (drawing === undefined) return { drawing: null, charts: [] };
  const xml = await text(zip, part);
  const id = /<drawing r:id="([^"]+)"/.exec(xml)?.[1];
  if (id === undefined) throw new Error(`${sheet}: <drawing> saknas i bladet`);
  const charts = await Promise.all((await targets(zip, drawing, "chart")).map((c) => text(zip, c)));
  return { drawing: await text(zip, drawing), charts };
}

/** The media (pictures) a sheet's drawing uses, as bytes. */
export async function drawingImages(zip: JSZip, sheet: string): Promise<Uint8Array[]> {
  const [drawing] = await targets(zip, await sheetPart(zip, sheet), "drawing");
  if (drawing === undefined) return [];
  const images = await targets(zip, drawing, "image");
  return Promise.all(images.map((p) => zip.file(p)!.async("uint8array")));
}
