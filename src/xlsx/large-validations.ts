/**
 * Data validations over whole columns, kept as ranges. exceljs expands every validation it
 * loads into one entry per cell: a list on a whole column (C1:C1048576, what Excel writes
 * when the user selects the column) costs a second and over 100 MB to load and seconds to
 * save (exceljs issue #1842). Such validations are lifted out of the sheet's XML before
 * exceljs parses it and put back afterwards as one range each; saving writes them as they
 * were.
 */
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import { parseRange } from "../plan";
import { asciiBytes, indexOfBytes } from "./bytes";
import { dataValidations } from "./exceljs-internals";
import { decodeXml, startTags, xmlAttribute } from "./xml-text";

/** Validations covering more cells than this are lifted. */
export const LARGE_VALIDATION_CELLS = 20_000;

export interface LiftedValidation {
  readonly ranges: readonly string[];
  readonly validation: ExcelJS.DataValidation;
}

const ELEMENT = /<(?:[\w.-]+:)?dataValidation\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?dataValidation>)/g;
const EMPTY_WRAPPER = /<(?:[\w.-]+:)?dataValidations\b[^>]*>\s*<\/(?:[\w.-]+:)?dataValidations>/;
// Searched from its rare capital V; matches `dataValidation` with or without a prefix.
const DATA_VALIDATION = asciiBytes("Validation");
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function cellCount(ranges: readonly string[]): number {
  let count = 0;
  for (const ref of ranges) {
    const range = parseRange(ref);
    if (range) count += (range.bottom - range.top + 1) * (range.right - range.left + 1);
  }
  return count;
}

function formula(raw: string, type: string): unknown {
  const text = decodeXml(raw);
  if (type === "whole" || type === "textLength") return parseInt(text, 10);
  if (type === "decimal") return parseFloat(text);
  if (type === "date") return new Date(EXCEL_EPOCH_MS + Math.round(parseFloat(text) * 86_400_000));
  return text;
}

const bool = (value: string | undefined): boolean | undefined =>
  value === undefined ? undefined : value === "1" || value === "true";

/** One `<dataValidation>` element as exceljs models it after loading. */
function parseValidation(element: string): ExcelJS.DataValidation {
  const attrs = startTags(element, "dataValidation").next().value ?? "";
  const type = xmlAttribute(attrs, "type") ?? "any";
  const model: Record<string, unknown> = { type };
  if (xmlAttribute(attrs, "type") !== undefined) model.allowBlank = bool(xmlAttribute(attrs, "allowBlank"));
  model.showInputMessage = bool(xmlAttribute(attrs, "showInputMessage"));
  model.showErrorMessage = bool(xmlAttribute(attrs, "showErrorMessage"));
  if (!["any", "list", "custom"].includes(type))
    model.operator = xmlAttribute(attrs, "operator") ?? "between";
  for (const name of ["promptTitle", "prompt", "errorStyle", "errorTitle", "error"]) {
    model[name] = xmlAttribute(attrs, name);
  }
  const formulae = [...element.matchAll(/<(?:[\w.-]+:)?formula([12])>([\s\S]*?)<\/(?:[\w.-]+:)?formula\1>/g)];
  if (formulae.length > 0) model.formulae = formulae.map((m) => formula(m[2] ?? "", type));
  else delete model.operator;
  for (const key of Object.keys(model)) if (model[key] === undefined) delete model[key];
  return model as unknown as ExcelJS.DataValidation;
}

/** Takes the large validations out of a worksheet's XML. */
export function liftFromSheetXml(xml: string): { xml: string; lifted: LiftedValidation[] } {
  const lifted: LiftedValidation[] = [];
  const rest = xml.replace(ELEMENT, (element) => {
    const attrs = startTags(element, "dataValidation").next().value ?? "";
    const ranges = (xmlAttribute(attrs, "sqref") ?? "").split(/\s+/).filter((r) => r !== "");
    if (cellCount(ranges) <= LARGE_VALIDATION_CELLS) return element;
    lifted.push({ ranges, validation: parseValidation(element) });
    return "";
  });
  return { xml: lifted.length === 0 ? xml : rest.replace(EMPTY_WRAPPER, ""), lifted };
}

/** Worksheet part path (e.g. `xl/worksheets/sheet1.xml`) → sheet name, from the workbook part. */
async function sheetPartNames(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  const targets = new Map<string, string>();
  for (const attrs of startTags(rels ?? "", "Relationship")) {
    const id = xmlAttribute(attrs, "Id");
    const target = xmlAttribute(attrs, "Target");
    if (id === undefined || target === undefined) continue;
    targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const attrs of startTags(workbook ?? "", "sheet")) {
    const name = xmlAttribute(attrs, "name");
    const part = targets.get(xmlAttribute(attrs, "r:id") ?? "");
    if (name !== undefined && part !== undefined) names.set(part, name);
  }
  return names;
}

/**
 * Lifts large validations out of every worksheet part of `zip` (changing the zip), by sheet
 * name. Empty when there are none (the zip is then unchanged). `inspect` sees each
 * worksheet part's bytes first (they are inflated once for both).
 */
export async function liftLargeValidations(
  zip: JSZip,
  inspect: (data: Uint8Array) => void = () => undefined,
): Promise<Map<string, LiftedValidation[]>> {
  const bySheet = new Map<string, LiftedValidation[]>();
  const parts = Object.values(zip.files).filter((f) => !f.dir && /^xl\/worksheets\/[^/]+\.xml$/.test(f.name));
  let names: Map<string, string> | null = null;
  for (const part of parts) {
    const data = await part.async("uint8array");
    inspect(data);
    if (indexOfBytes(data, DATA_VALIDATION) === -1) continue;
    const xml = new TextDecoder().decode(data);
    const result = liftFromSheetXml(xml);
    if (result.lifted.length === 0) continue;
    names ??= await sheetPartNames(zip);
    const sheet = names.get(part.name);
    if (sheet === undefined) continue;
    zip.file(part.name, result.xml);
    bySheet.set(sheet, result.lifted);
  }
  return bySheet;
}

/** Puts lifted validations back into the loaded worksheets, one entry per range. */
export function restoreLargeValidations(
  workbook: ExcelJS.Workbook,
  lifted: ReadonlyMap<string, readonly LiftedValidation[]>,
): void {
  for (const [sheet, validations] of lifted) {
    const worksheet = workbook.getWorksheet(sheet);
    if (worksheet === undefined) continue;
    const store = dataValidations(worksheet);
    for (const { ranges, validation } of validations) {
      for (const range of ranges) store.add(range.replace(/\$/g, ""), validation);
    }
  }
}
