/**
 * Reading and changing an .xlsx package's parts at the XML level (JSZip): relationships,
 * content types and where each sheet lives. Just enough for carrying the user's content
 * that exceljs drops from the original package into the saved one (preserve-*.ts).
 */
import type JSZip from "jszip";
import { startTags, xmlAttribute } from "./xml-text";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target as written in the rels part (relative to the source part's folder). */
  readonly target: string;
  readonly external: boolean;
}

export interface SheetPart {
  readonly name: string;
  /** The worksheet part, e.g. `xl/worksheets/sheet1.xml`. */
  readonly part: string;
}

export async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A rels target resolved against the part that holds it, as a package path without "/". */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = fromPart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== ".") segments.push(segment);
  }
  return segments.join("/");
}

/** The target to write in `fromPart`'s rels for a part at `toPart`. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export function parseRelationships(xml: string | undefined): Relationship[] {
  const found: Relationship[] = [];
  for (const attrs of startTags(xml ?? "", "Relationship")) {
    const id = xmlAttribute(attrs, "Id");
    const type = xmlAttribute(attrs, "Type");
    const target = xmlAttribute(attrs, "Target");
    if (id === undefined || type === undefined || target === undefined) continue;
    found.push({ id, type, target, external: xmlAttribute(attrs, "TargetMode") === "External" });
  }
  return found;
}

export async function relationshipsOf(zip: JSZip, part: string): Promise<Relationship[]> {
  return parseRelationships(await partText(zip, relsPathOf(part)));
}

/** The workbook's sheets in tab order with their parts (chart sheets left out). */
export async function sheetParts(zip: JSZip): Promise<SheetPart[]> {
  const workbook = (await partText(zip, "xl/workbook.xml")) ?? "";
  const rels = await relationshipsOf(zip, "xl/workbook.xml");
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetPart[] = [];
  for (const attrs of startTags(workbook, "sheet")) {
    const name = xmlAttribute(attrs, "name");
    const rel = byId.get(xmlAttribute(attrs, "r:id") ?? "");
    if (name === undefined || rel === undefined || !rel.type.endsWith("/worksheet")) continue;
    sheets.push({ name, part: resolveTarget("xl/workbook.xml", rel.target) });
  }
  return sheets;
}

/** Every sheet name in tab order (worksheets and chart sheets), for `localSheetId`. */
export function sheetNamesInOrder(workbookXml: string): string[] {
  return [...startTags(workbookXml, "sheet")].map((attrs) => xmlAttribute(attrs, "name") ?? "");
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function relationshipXml(rel: Relationship): string {
  const mode = rel.external ? ' TargetMode="External"' : "";
  return `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"${mode}/>`;
}

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export function relationshipsXml(rels: readonly Relationship[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">` +
    `${rels.map(relationshipXml).join("")}</Relationships>`
  );
}

/** The content type the package declares for `part` (its Override, else its extension's Default). */
export function contentTypeOf(typesXml: string, part: string): { override?: string; extension?: string } {
  for (const attrs of startTags(typesXml, "Override")) {
    if (xmlAttribute(attrs, "PartName") === `/${part}`)
      return { override: xmlAttribute(attrs, "ContentType") ?? "" };
  }
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const attrs of startTags(typesXml, "Default")) {
    if ((xmlAttribute(attrs, "Extension") ?? "").toLowerCase() === ext) {
      return { extension: xmlAttribute(attrs, "ContentType") ?? "" };
    }
  }
  return {};
}

/** Declares `part`'s content type in `typesXml` as the original package declared it. */
export function declareContentType(
  typesXml: string,
  part: string,
  declared: { override?: string; extension?: string },
): string {
  if (declared.override !== undefined) {
    const entry = `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(declared.override)}"/>`;
    return typesXml.replace("</Types>", `${entry}</Types>`);
  }
  if (declared.extension === undefined || contentTypeOf(typesXml, part).extension !== undefined)
    return typesXml;
  const ext = part.slice(part.lastIndexOf(".") + 1);
  const entry = `<Default Extension="${escapeXml(ext)}" ContentType="${escapeXml(declared.extension)}"/>`;
  return typesXml.replace(/<Types\b[^>]*>/, (open) => `${open}${entry}`);
}

/** Removes `part`'s Override from `typesXml`. */
export function forgetContentType(typesXml: string, part: string): string {
  const name = `/${part}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return typesXml.replace(new RegExp(`<Override[^>]*PartName="${name}"[^>]*/>`), "");
}
