/**
 * How a package's parts hang together: the workbook part, its sheets and their parts, the
 * relationships of a part, and adding a part (with the parts it relates to, such as a
 * drawing's chart) or removing one with the parts only it uses.
 */
import { addOverride, removeOverrides } from "./content-types";
import { relativeTarget, relsPathOf, resolveTarget } from "./part-paths";
import { addRelationship, readRelationships, type Relationship } from "./relationships";
import { readWorkbook, type WorkbookSheet } from "./workbook-sheets";
import { REL_TYPE } from "./xml";
import type { PackageReader, XlsxPackage } from "./xlsx-package";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

/** A sheet of the workbook and where it lives. */
export interface SheetEntry extends WorkbookSheet {
  /** Its place among all sheets (chart sheets included): a defined name's `localSheetId`. */
  readonly index: number;
  /** Its part, e.g. `xl/worksheets/sheet1.xml`; null for a sheet that is not a worksheet. */
  readonly part: string | null;
}

/** A part to add with the part that relates to it (a sheet's drawing, a drawing's chart). */
export interface RelatedPart {
  /** Relationship type from the owning part. */
  readonly type: string;
  /** Where it goes: e.g. `xl/drawings/drawing` becomes `xl/drawings/drawing3.xml`. */
  readonly stem: string;
  readonly extension: string;
  readonly contentType: string;
  /** Its parts' relationship ids, in the order of `related`, give its content. */
  readonly content: (relatedIds: readonly string[]) => string | Uint8Array;
  readonly related?: readonly RelatedPart[];
}

export async function requiredText(pkg: PackageReader, part: string): Promise<string> {
  const text = await pkg.read(part);
  if (text === undefined) throw new Error(`Delen ${part} saknas i arbetsboken`);
  return text;
}

export async function relationshipsOf(pkg: PackageReader, part: string): Promise<Relationship[]> {
  return readRelationships(await pkg.read(relsPathOf(part)));
}

/** The workbook part, from the package's relationships (usually `xl/workbook.xml`). */
export async function workbookPartOf(pkg: PackageReader): Promise<string> {
  const rel = (await relationshipsOf(pkg, "")).find((r) => r.type === REL_TYPE.officeDocument);
  return rel === undefined ? "xl/workbook.xml" : resolveTarget("", rel.target);
}

/** Every sheet in tab order, with its part. */
export async function sheetEntries(pkg: PackageReader, workbookPart: string): Promise<SheetEntry[]> {
  const info = readWorkbook(await requiredText(pkg, workbookPart));
  const rels = new Map((await relationshipsOf(pkg, workbookPart)).map((r) => [r.id, r]));
  return info.sheets.map((sheet, index) => {
    const rel = rels.get(sheet.relId);
    const part =
      rel !== undefined && rel.type === REL_TYPE.worksheet ? resolveTarget(workbookPart, rel.target) : null;
    return { ...sheet, index, part };
  });
}

/** `stem` + the first number no part has, e.g. `xl/worksheets/sheet7.xml`. */
export function freePartName(pkg: XlsxPackage, stem: string, extension: string): string {
  for (let n = 1; ; n++) {
    const name = `${stem}${n}.${extension}`;
    if (!pkg.has(name)) return name;
  }
}

/** Declares and forgets content types in one read and write of the part. */
export async function updateContentTypes(
  pkg: XlsxPackage,
  change: { add?: readonly (readonly [string, string])[]; remove?: readonly string[] },
): Promise<void> {
  let xml = await requiredText(pkg, CONTENT_TYPES_PART);
  if (change.remove && change.remove.length > 0) xml = removeOverrides(xml, change.remove);
  for (const [part, type] of change.add ?? []) xml = addOverride(xml, part, type);
  pkg.write(CONTENT_TYPES_PART, xml);
}

/** Relates a new part from `owner`; returns the relationship id. */
export async function relatePart(
  pkg: XlsxPackage,
  owner: string,
  type: string,
  part: string,
): Promise<string> {
  const rels = relsPathOf(owner);
  const added = addRelationship(await pkg.read(rels), { type, target: relativeTarget(owner, part) });
  pkg.write(rels, added.xml);
  return added.id;
}

/** Writes `part` (and the parts it relates to) and relates it from `owner`; returns the id. */
export async function addRelatedPart(pkg: XlsxPackage, owner: string, part: RelatedPart): Promise<string> {
  const name = freePartName(pkg, part.stem, part.extension);
  pkg.write(name, ""); // claims the name before the parts it relates to pick theirs
  const ids: string[] = [];
  for (const child of part.related ?? []) ids.push(await addRelatedPart(pkg, name, child));
  pkg.write(name, part.content(ids));
  await updateContentTypes(pkg, { add: [[name, part.contentType]] });
  return relatePart(pkg, owner, part.type, name);
}

/** Every internal target of every relationships part, resolved, except those of `except`. */
async function targetsElsewhere(pkg: XlsxPackage, except: ReadonlySet<string>): Promise<Set<string>> {
  const targets = new Set<string>();
  for (const rels of pkg.parts().filter((p) => p.endsWith(".rels"))) {
    const owner = rels.replace(/_rels\/([^/]*)\.rels$/, "$1");
    if (except.has(owner.toLowerCase())) continue;
    for (const rel of readRelationships(await pkg.read(rels))) {
      if (!rel.external) targets.add(resolveTarget(owner, rel.target).toLowerCase());
    }
  }
  return targets;
}

/**
 * Removes `part`, its relationships and the parts they lead to that nothing else uses
 * (a sheet's drawing and the drawing's charts), and their content types.
 */
export async function removePartTree(pkg: XlsxPackage, part: string): Promise<void> {
  const removed = new Set<string>();
  const collect = async (name: string) => {
    if (removed.has(name.toLowerCase()) || !pkg.has(name)) return;
    removed.add(name.toLowerCase());
    for (const rel of await relationshipsOf(pkg, name)) {
      if (!rel.external) await collect(resolveTarget(name, rel.target));
    }
  };
  await collect(part);
  const usedElsewhere = await targetsElsewhere(pkg, removed);
  const gone = [...removed].filter((p) => p === part.toLowerCase() || !usedElsewhere.has(p));
  for (const name of gone) {
    pkg.remove(name);
    pkg.remove(relsPathOf(name));
  }
  await updateContentTypes(pkg, { remove: gone });
}
