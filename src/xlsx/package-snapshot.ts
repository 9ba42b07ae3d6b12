/**
 * The plan's `WorkbookSnapshot` read straight from the package's XML, without exceljs: for
 * the commands that only read (`validera`), where loading exceljs and building its object
 * for every cell was most of the time. It reads what `read-snapshot.ts` reads through
 * exceljs, cell for cell (tests/xlsx/package-snapshot.test.ts holds the two to the same
 * snapshot): every worksheet in tab order, its tables (header row, data rows, totals left
 * out), merged ranges, and for a sheet without tables its used range. Cells as exceljs
 * gives them: shared and inline strings (rich text as its text, phonetic runs left out,
 * `_xHHHH_` escapes decoded), numbers, numbers under a date format as dates, booleans,
 * errors, a formula as its cached result, and the hidden cells of a merged range as empty;
 * and the plan bindings the defined names hold (binding-names.ts).
 * Bad files get the same messages and limits as the exceljs reader (open-package.ts,
 * size-limit.ts, check-names.ts). Browser-safe.
 */
import {
  bindingIdOfName,
  excelNameKey,
  parseRange,
  rangesIntersect,
  rawDate,
  rawError,
  rawToText,
  type GridSnapshot,
  type RangeRef,
  type RawValue,
  type SheetSnapshot,
  type SnapshotBinding,
  type TableSnapshot,
  type WorkbookSnapshot,
} from "../plan";
import { splitReference } from "./binding-names";
import { assertExcelNames } from "./check-names";
import { excelSerialIso } from "./excel-date";
import { FILE_MESSAGES } from "./file-messages";
import { isDateFormat } from "./number-format";
import { rejectByKind, rejectOtherPackage, toBytes } from "./open-package";
import { readDefinedNames } from "./package/defined-names";
import { BUILT_IN_FORMATS } from "./package/styles-append";
import { relationshipsOf, requiredText, sheetEntries, workbookPartOf } from "./package/package-graph";
import { resolveTarget } from "./package/part-paths";
import { readTablePart, type TablePartInfo } from "./package/table-part";
import { readWorkbook } from "./package/workbook-sheets";
import { decodeXml, REL_TYPE } from "./package/xml";
import { UnzippedPackage } from "./package/unzipped-package";
import { assertPackageSize, loadCostCounter } from "./size-limit";
import { WorkbookFileError } from "./workbook-file-error";

const P = "(?:[\\w.-]+:)?";
const ROW = new RegExp(`<${P}row(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${P}row>)`, "g");
const CELL = new RegExp(`<${P}c(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, "g");
const VALUE = new RegExp(`<${P}v(?:\\s[^>]*)?>([\\s\\S]*?)</${P}v>`);
const FORMULA = new RegExp(`<${P}f(?=[\\s/>])`);
const TEXT = new RegExp(`<${P}t(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${P}t>)`, "g");
const PHONETIC = new RegExp(`<${P}rPh(?=[\\s/>])[\\s\\S]*?</${P}rPh>`, "g");
const SHARED_STRING = new RegExp(`<${P}si(?=[\\s/>])(?:[^>]*/>|[^>]*>([\\s\\S]*?)</${P}si>)`, "g");
const MERGE = new RegExp(`<${P}mergeCell\\s([^>]*?)/?>`, "g");
const TABLE_PART = new RegExp(`<${P}tablePart\\s([^>]*?)/?>`, "g");
const XF = new RegExp(`<${P}xf(?=[\\s/>])([^>]*?)/?>`, "g");
const NUM_FMT = new RegExp(`<${P}numFmt\\s([^>]*?)/?>`, "g");

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? decodeXml(match[1] ?? match[2] ?? "") : undefined;
}

const R_ATTRIBUTE = /(?:^|\s)r\s*=\s*["']([^"']*)["']/;
const S_ATTRIBUTE = /(?:^|\s)s\s*=\s*["']([^"']*)["']/;
const T_ATTRIBUTE = /(?:^|\s)t\s*=\s*["']([^"']*)["']/;

/** The content of the first element named `name` (any prefix), or undefined. */
function section(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${P}${name}(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</${P}${name}>)`).exec(xml);
  return match ? (match[1] ?? "") : undefined;
}

/** Text as an XML parser hands it over: line ends as line feeds, references decoded. */
function xmlText(raw: string): string {
  const lines = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  return decodeXml(lines);
}

/** A string item's text (`<t>` or rich text runs), with OOXML's `_xHHHH_` escapes decoded. */
function itemText(inner: string): string {
  const visible = inner.includes("rPh") ? inner.replace(PHONETIC, "") : inner;
  let text = "";
  for (const match of visible.matchAll(TEXT)) text += xmlText(match[1] ?? "");
  return text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  return Array.from(xml.matchAll(SHARED_STRING), (match) => itemText(match[1] ?? ""));
}

/**
 * Which cell formats (`s`) show numbers as dates, as exceljs decides when it loads a cell: by
 * the format's code, custom or built in; built-in ids without a code here (the East Asian
 * locale dates among them) read as numbers.
 */
function dateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const custom = new Map<number, string>();
  for (const [, attrs = ""] of (section(xml, "numFmts") ?? "").matchAll(NUM_FMT)) {
    custom.set(Number(attribute(attrs, "numFmtId")), attribute(attrs, "formatCode") ?? "");
  }
  return Array.from((section(xml, "cellXfs") ?? "").matchAll(XF), ([, attrs = ""]) => {
    const id = Number(attribute(attrs, "numFmtId") ?? "0");
    return id !== 0 && isDateFormat(custom.get(id) ?? BUILT_IN_FORMATS[id]);
  });
}

interface SheetContext {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
}

function text(value: string): string | null {
  return value === "" ? null : value;
}

function numberValue(value: number, style: number, context: SheetContext): RawValue {
  if (!Number.isFinite(value)) return null;
  if (style === 0 || context.dates[style] !== true) return value;
  const iso = excelSerialIso(value, context.date1904);
  return iso === null ? null : rawDate(iso);
}

function cellValue(attrs: string, inner: string | undefined, context: SheetContext): RawValue {
  if (inner === undefined) return null;
  const type = T_ATTRIBUTE.exec(attrs)?.[1] ?? "n";
  if (type === "inlineStr") {
    const is = section(inner, "is");
    return is === undefined ? null : text(itemText(is));
  }
  const v = VALUE.exec(inner)?.[1];
  if (v === undefined || (v === "" && FORMULA.test(inner))) return null;
  switch (type) {
    case "s":
      return text(context.strings[parseInt(v, 10)] ?? "");
    case "str":
      return text(xmlText(v));
    case "b":
      return parseInt(v, 10) !== 0;
    case "e":
      return rawError(xmlText(v));
    case "d": {
      const iso = /^\d{4}-\d{2}-\d{2}/.exec(v)?.[0];
      return iso === undefined ? null : rawDate(iso);
    }
    default:
      return numberValue(parseFloat(v), Number(S_ATTRIBUTE.exec(attrs)?.[1] ?? "0") || 0, context);
  }
}

function columnOf(reference: string | undefined): number | null {
  if (reference === undefined) return null;
  const letters = /^[A-Za-z]+/.exec(reference)?.[0];
  if (letters === undefined) return null;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

/** Every cell holding a value, by row and column. */
function readCells(xml: string, context: SheetContext): Map<number, Map<number, RawValue>> {
  const rows = new Map<number, Map<number, RawValue>>();
  const data = section(xml, "sheetData") ?? "";
  let rowNumber = 0;
  for (const [, rowAttrs = "", rowInner] of data.matchAll(ROW)) {
    const r = Number(R_ATTRIBUTE.exec(rowAttrs)?.[1]);
    rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
    if (rowInner === undefined) continue;
    let cells: Map<number, RawValue> | undefined;
    let column = 0;
    for (const [, attrs = "", inner] of rowInner.matchAll(CELL)) {
      column = columnOf(R_ATTRIBUTE.exec(attrs)?.[1]) ?? column + 1;
      const value = cellValue(attrs, inner, context);
      if (value === null) continue;
      cells ??= rows.get(rowNumber) ?? new Map<number, RawValue>();
      cells.set(column, value);
    }
    if (cells !== undefined) rows.set(rowNumber, cells);
  }
  return rows;
}

function mergesOf(xml: string): RangeRef[] {
  const merges: RangeRef[] = [];
  for (const [, attrs = ""] of (section(xml, "mergeCells") ?? "").matchAll(MERGE)) {
    const range = parseRange(attribute(attrs, "ref") ?? "");
    if (range !== null) merges.push(range);
  }
  return merges;
}

/** The hidden cells of a merged range hold nothing, whatever the part says. */
function clearMerged(cells: Map<number, Map<number, RawValue>>, merges: readonly RangeRef[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = cells.get(r);
      if (row === undefined) continue;
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) row.delete(c);
    }
  }
}

function rowValues(
  cells: Map<number, Map<number, RawValue>>,
  row: number,
  left: number,
  width: number,
): RawValue[] {
  const values = new Array<RawValue>(width).fill(null);
  const found = cells.get(row);
  if (found === undefined) return values;
  for (let i = 0; i < width; i++) values[i] = found.get(left + i) ?? null;
  return values;
}

function readTable(
  sheet: string,
  info: TablePartInfo,
  cells: Map<number, Map<number, RawValue>>,
): TableSnapshot {
  const { ref } = info;
  const width = ref.right - ref.left + 1;
  const top = info.headerRow ? ref.top : ref.top - 1;
  const headers = info.headerRow
    ? rowValues(cells, ref.top, ref.left, width).map(rawToText)
    : info.columns.map((name) => name);
  const last = info.totalsRow ? ref.bottom - 1 : ref.bottom;
  const rows: RawValue[][] = [];
  for (let r = top + 1; r <= last; r++) rows.push(rowValues(cells, r, ref.left, width));
  return { name: info.name, sheet, top, left: ref.left, headers, rows };
}

function usedRange(cells: Map<number, Map<number, RawValue>>): GridSnapshot | null {
  const numbers = [...cells.keys()].sort((a, b) => a - b);
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  if (first === undefined || last === undefined) return null;
  let left = Infinity;
  let right = -Infinity;
  for (const row of cells.values()) {
    for (const column of row.keys()) {
      if (column < left) left = column;
      if (column > right) right = column;
    }
  }
  const rows: RawValue[][] = [];
  for (let r = first; r <= last; r++) rows.push(rowValues(cells, r, left, right - left + 1));
  return { top: first, left, rows };
}

/** The tables of a sheet, in the order its `<tableParts>` lists them. */
async function tablesOf(pkg: UnzippedPackage, part: string, xml: string): Promise<TablePartInfo[]> {
  const ids = Array.from((section(xml, "tableParts") ?? "").matchAll(TABLE_PART), ([, attrs = ""]) =>
    attribute(attrs, "r:id"),
  );
  if (ids.length === 0) return [];
  const rels = new Map((await relationshipsOf(pkg, part)).map((r) => [r.id, r]));
  const tables: TablePartInfo[] = [];
  for (const id of ids) {
    const rel = id === undefined ? undefined : rels.get(id);
    if (rel === undefined || rel.external || rel.type !== REL_TYPE.table) continue;
    const table = await pkg.read(resolveTarget(part, rel.target));
    if (table !== undefined) tables.push(readTablePart(table));
  }
  return tables;
}

async function relatedText(
  pkg: UnzippedPackage,
  workbookPart: string,
  type: string,
): Promise<string | undefined> {
  const rel = (await relationshipsOf(pkg, workbookPart)).find((r) => r.type === type && !r.external);
  return rel === undefined ? undefined : pkg.read(resolveTarget(workbookPart, rel.target));
}

const UTF8 = new TextDecoder();

/**
 * The plan bindings ("Koppla plan") the defined names hold, each resolved to the table whose
 * range holds its cells, as binding.ts reads them through exceljs.
 */
function bindingsOf(
  workbookXml: string,
  tables: ReadonlyMap<string, readonly TablePartInfo[]>,
): SnapshotBinding[] {
  const bindings: SnapshotBinding[] = [];
  for (const { name, value } of readDefinedNames(workbookXml)) {
    const id = bindingIdOfName(name);
    const reference = id === null ? null : splitReference(value.split(",")[0] ?? "");
    if (id === null || reference === null) continue;
    const onSheet = tables.get(excelNameKey(reference.sheet)) ?? [];
    const table = onSheet.find((t) => rangesIntersect(t.ref, reference.range));
    bindings.push({ id, table: table?.name ?? null });
  }
  return bindings;
}

async function readSnapshot(pkg: UnzippedPackage, fileName: string): Promise<WorkbookSnapshot> {
  await assertExcelNames(pkg);
  const workbookPart = await workbookPartOf(pkg);
  const workbookXml = await requiredText(pkg, workbookPart);
  const { date1904 } = readWorkbook(workbookXml);
  const context: SheetContext = {
    strings: sharedStrings(await relatedText(pkg, workbookPart, REL_TYPE.sharedStrings)),
    dates: dateStyles(await relatedText(pkg, workbookPart, REL_TYPE.styles)),
    date1904,
  };
  const countCost = loadCostCounter(fileName);
  const sheets: SheetSnapshot[] = [];
  const tablesBySheet = new Map<string, readonly TablePartInfo[]>();
  for (const entry of await sheetEntries(pkg, workbookPart)) {
    if (entry.part === null) continue; // a chart sheet: no cells
    const bytes = pkg.bytes(entry.part);
    if (bytes === undefined) continue;
    countCost(bytes);
    const xml = UTF8.decode(bytes);
    const cells = readCells(xml, context);
    const merges = mergesOf(xml);
    clearMerged(cells, merges);
    const infos = await tablesOf(pkg, entry.part, xml);
    tablesBySheet.set(excelNameKey(entry.name), infos);
    const tables = infos.map((info) => readTable(entry.name, info, cells));
    sheets.push({
      name: entry.name,
      visibility: entry.state,
      tables,
      usedRange: tables.length === 0 ? usedRange(cells) : null,
      merges,
    });
  }
  const bindings = bindingsOf(workbookXml, tablesBySheet);
  return bindings.length === 0 ? { sheets } : { sheets, bindings };
}

/** The snapshot of the workbook in `data`; `fileName` is only for messages. Throws WorkbookFileError. */
export async function readPackageSnapshot(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
): Promise<WorkbookSnapshot> {
  const bytes = toBytes(data);
  rejectByKind(bytes, fileName);
  assertPackageSize(bytes, fileName);
  let pkg: UnzippedPackage;
  try {
    pkg = new UnzippedPackage(bytes);
  } catch (cause) {
    throw new WorkbookFileError(FILE_MESSAGES.corrupt(fileName), { cause });
  }
  await rejectOtherPackage(pkg.partNames(), () => pkg.read("mimetype"), fileName);
  try {
    return await readSnapshot(pkg, fileName);
  } catch (cause) {
    if (cause instanceof WorkbookFileError) throw cause;
    throw new WorkbookFileError(FILE_MESSAGES.corrupt(fileName), { cause });
  }
}
