/**
 * exceljs keeps a sheet's pictures but drops everything else on its drawing: charts, shapes,
 * text boxes, arrows, grouped objects. A sheet that had such a drawing gets its original
 * drawing back after the save, with every part it uses (charts, their styles and colours,
 * pictures) copied from the original package. The tool never changes a user's drawing.
 */
import type JSZip from "jszip";
import {
  contentTypeOf,
  declareContentType,
  forgetContentType,
  partText,
  relationshipsOf,
  relationshipsXml,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  sheetParts,
  type Relationship,
} from "./package-parts";

const DRAWING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
/** Drawing content exceljs does not keep. */
const NOT_A_PICTURE = /<(?:[\w-]+:)?(?:graphicFrame|sp|grpSp|cxnSp|contentPart)\b/;
/** Where `<drawing>` goes in a worksheet: before the first of these (CT_Worksheet order). */
const AFTER_DRAWING =
  /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** The drawing part of each sheet whose drawing holds more than pictures, by sheet name. */
export async function drawingsToKeep(original: JSZip): Promise<Map<string, string>> {
  const keep = new Map<string, string>();
  for (const sheet of await sheetParts(original)) {
    const rel = (await relationshipsOf(original, sheet.part)).find(
      (r) => r.type === DRAWING_REL && !r.external,
    );
    if (!rel) continue;
    const drawing = resolveTarget(sheet.part, rel.target);
    if (NOT_A_PICTURE.test((await partText(original, drawing)) ?? "")) keep.set(sheet.name, drawing);
  }
  return keep;
}

interface CopyState {
  readonly original: JSZip;
  readonly written: JSZip;
  readonly copied: Map<string, string>;
  types: string;
}

function freeName(zip: JSZip, part: string): string {
  if (!zip.file(part)) return part;
  const dot = part.lastIndexOf(".");
  for (let n = 1; ; n++) {
    const candidate = `${part.slice(0, dot)}-kept${n}${part.slice(dot)}`;
    if (!zip.file(candidate)) return candidate;
  }
}

/** Copies `part` and every internal part it refers to; returns its name in `written`. */
async function copyTree(state: CopyState, part: string): Promise<string> {
  const done = state.copied.get(part);
  if (done !== undefined) return done;
  const target = freeName(state.written, part);
  state.copied.set(part, target);
  const data = await state.original.file(part)?.async("uint8array");
  if (data === undefined) return target;
  state.written.file(target, data);
  const originalTypes = (await partText(state.original, "[Content_Types].xml")) ?? "";
  state.types = declareContentType(state.types, target, contentTypeOf(originalTypes, part));
  const rels = await relationshipsOf(state.original, part);
  if (rels.length === 0) return target;
  const rewritten: Relationship[] = [];
  for (const rel of rels) {
    if (rel.external) {
      rewritten.push(rel);
      continue;
    }
    const copy = await copyTree(state, resolveTarget(part, rel.target));
    rewritten.push({ ...rel, target: relativeTarget(target, copy) });
  }
  state.written.file(relsPathOf(target), relationshipsXml(rewritten));
  return target;
}

/** Points the written sheet at `drawing`, replacing the drawing exceljs wrote for it. */
async function attach(state: CopyState, sheetPart: string, drawing: string): Promise<void> {
  const rels = await relationshipsOf(state.written, sheetPart);
  const existing = rels.find((r) => r.type === DRAWING_REL && !r.external);
  const target = relativeTarget(sheetPart, drawing);
  let xml = (await partText(state.written, sheetPart)) ?? "";
  if (existing) {
    const replaced = resolveTarget(sheetPart, existing.target);
    state.written.remove(replaced);
    state.written.remove(relsPathOf(replaced));
    state.types = forgetContentType(state.types, replaced);
    const next = rels.map((r) => (r === existing ? { ...r, target } : r));
    state.written.file(relsPathOf(sheetPart), relationshipsXml(next));
    return;
  }
  let id = "rIdKeptDrawing";
  for (let n = 1; rels.some((r) => r.id === id); n++) id = `rIdKeptDrawing${n}`;
  state.written.file(
    relsPathOf(sheetPart),
    relationshipsXml([...rels, { id, type: DRAWING_REL, target, external: false }]),
  );
  xml = xml.replace(AFTER_DRAWING, (next) => `<drawing r:id="${id}"/>${next}`);
  if (!/\sxmlns:r=/.test(xml.slice(0, xml.indexOf(">", xml.indexOf("<worksheet"))))) {
    xml = xml.replace(
      /<worksheet\b/,
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
    );
  }
  state.written.file(sheetPart, xml);
}

/** Restores the kept drawings into `written`; false when there was nothing to restore. */
export async function restoreDrawings(
  original: JSZip,
  written: JSZip,
  keep: ReadonlyMap<string, string>,
): Promise<boolean> {
  if (keep.size === 0) return false;
  const state: CopyState = {
    original,
    written,
    copied: new Map(),
    types: (await partText(written, "[Content_Types].xml")) ?? "",
  };
  let changed = false;
  for (const sheet of await sheetParts(written)) {
    const drawing = keep.get(sheet.name);
    if (drawing === undefined) continue;
    await attach(state, sheet.part, await copyTree(state, drawing));
    changed = true;
  }
  written.file("[Content_Types].xml", state.types);
  return changed;
}
