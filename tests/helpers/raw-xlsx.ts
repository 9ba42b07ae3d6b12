/**
 * A minimal .xlsx package written as XML with JSZip, for the workbooks exceljs cannot make:
 * very hidden sheets, error cells, formulas with or without cached values, shared and array
 * formulas, date serials such as 60 (1900-02-29), and very large tables written fast.
 * Never uses the adapter under test; the XML is what Excel itself writes.
 */
import JSZip from "jszip";

/** A cell as the XML stores it. */
export type RawXlsxCell =
  | null
  | string
  | number
  | boolean
  /** An error value: `<c t="e"><v>#N/A</v></c>`. */
  | { readonly error: string }
  /** A number shown with a date format (`yyyy-mm-dd`). */
  | { readonly serial: number }
  /** A number shown with the text format `@` (an activity Nr typed as a number). */
  | { readonly textFormatted: number }
  | RawFormula;

export interface RawFormula {
  /** The formula text without "="; omitted on a shared formula's dependent cells. */
  readonly formula?: string;
  /** The cached result; omitted = a formula without a cached value. */
  readonly result?: string | number | boolean | { readonly error: string };
  readonly shared?: { readonly si: number; readonly ref?: string };
  readonly arrayRef?: string;
}

export interface RawXlsxTable {
  readonly name: string;
  /** The whole table, header row included, e.g. "A1:I3". */
  readonly ref: string;
  readonly columns: readonly string[];
}

export interface RawXlsxSheet {
  readonly name: string;
  readonly state?: "hidden" | "veryHidden";
  /** Rows from A1 down. */
  readonly rows: readonly (readonly RawXlsxCell[])[];
  readonly tables?: readonly RawXlsxTable[];
  readonly merges?: readonly string[];
}

export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style 1: a date format; style 2: the text format `@`. */
const STYLES =
  `${DECL}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  id(text: string): number {
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.list.length;
      this.index.set(text, id);
      this.list.push(text);
    }
    return id;
  }
  xml(): string {
    const items = this.list.map((s) => `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`).join("");
    return `${DECL}<sst xmlns="${MAIN}" count="${this.list.length}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function formulaXml(cell: RawFormula, ref: string): string {
  const result = cell.result;
  const t =
    typeof result === "string"
      ? ' t="str"'
      : typeof result === "boolean"
        ? ' t="b"'
        : typeof result === "object"
          ? ' t="e"'
          : "";
  const kind = cell.shared
    ? ` t="shared" si="${cell.shared.si}"${cell.shared.ref ? ` ref="${cell.shared.ref}"` : ""}`
    : cell.arrayRef
      ? ` t="array" ref="${cell.arrayRef}"`
      : "";
  const f = cell.formula === undefined ? `<f${kind}/>` : `<f${kind}>${xmlEscape(cell.formula)}</f>`;
  const v =
    result === undefined
      ? ""
      : `<v>${typeof result === "object" ? xmlEscape(result.error) : typeof result === "boolean" ? (result ? 1 : 0) : typeof result === "string" ? xmlEscape(result) : result}</v>`;
  return `<c r="${ref}"${t}>${f}${v}</c>`;
}

function cellXml(cell: RawXlsxCell, ref: string, strings: SharedStrings): string {
  if (cell === null) return "";
  if (typeof cell === "string") return `<c r="${ref}" t="s"><v>${strings.id(cell)}</v></c>`;
  if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === "boolean") return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if ("error" in cell) return `<c r="${ref}" t="e"><v>${xmlEscape(cell.error)}</v></c>`;
  if ("serial" in cell) return `<c r="${ref}" s="1"><v>${cell.serial}</v></c>`;
  if ("textFormatted" in cell) return `<c r="${ref}" s="2"><v>${cell.textFormatted}</v></c>`;
  return formulaXml(cell, ref);
}

function sheetXml(sheet: RawXlsxSheet, strings: SharedStrings, firstTable: number): string {
  const parts: string[] = [
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetFormatPr defaultRowHeight="15"/><sheetData>`,
  ];
  const letters: string[] = [];
  sheet.rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((cell, c) => {
      letters[c] ??= columnLetters(c + 1);
      cells.push(cellXml(cell, `${letters[c]}${r + 1}`, strings));
    });
    // Excel writes no <row> for a row without cells or settings.
    if (cells.some((c) => c !== "")) parts.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  });
  parts.push("</sheetData>");
  const merges = sheet.merges ?? [];
  if (merges.length > 0) {
    parts.push(`<mergeCells count="${merges.length}">`);
    for (const m of merges) parts.push(`<mergeCell ref="${m}"/>`);
    parts.push("</mergeCells>");
  }
  const tables = sheet.tables ?? [];
  if (tables.length > 0) {
    parts.push(`<tableParts count="${tables.length}">`);
    tables.forEach((_, i) => parts.push(`<tablePart r:id="rIdT${firstTable + i}"/>`));
    parts.push("</tableParts>");
  }
  parts.push("</worksheet>");
  return parts.join("");
}

function tableXml(table: RawXlsxTable, id: number): string {
  const cols = table.columns
    .map((name, i) => `<tableColumn id="${i + 1}" name="${xmlEscape(name)}"/>`)
    .join("");
  return (
    `${DECL}<table xmlns="${MAIN}" id="${id}" name="${xmlEscape(table.name)}" displayName="${xmlEscape(table.name)}" ref="${table.ref}">` +
    `<autoFilter ref="${table.ref}"/><tableColumns count="${table.columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/** The package's bytes. */
export async function rawXlsx(sheets: readonly RawXlsxSheet[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const strings = new SharedStrings();
  const overrides: string[] = [];
  const sheetEntries: string[] = [];
  const workbookRels: string[] = [];
  let tableId = 1;
  sheets.forEach((sheet, i) => {
    const n = i + 1;
    const tables = sheet.tables ?? [];
    zip.file(`xl/worksheets/sheet${n}.xml`, sheetXml(sheet, strings, tableId));
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.worksheet+xml"/>`);
    const state = sheet.state ? ` state="${sheet.state}"` : "";
    sheetEntries.push(`<sheet name="${xmlEscape(sheet.name)}" sheetId="${n}"${state} r:id="rId${n}"/>`);
    workbookRels.push(
      `<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`,
    );
    if (tables.length === 0) return;
    const rels = tables.map((table, t) => {
      const id = tableId + t;
      zip.file(`xl/tables/table${id}.xml`, tableXml(table, id));
      overrides.push(`<Override PartName="/xl/tables/table${id}.xml" ContentType="${CT}.table+xml"/>`);
      return `<Relationship Id="rIdT${id}" Type="${REL}/table" Target="../tables/table${id}.xml"/>`;
    });
    tableId += tables.length;
    zip.file(
      `xl/worksheets/_rels/sheet${n}.xml.rels`,
      `${DECL}<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`,
    );
  });
  const count = sheets.length;
  workbookRels.push(
    `<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId${count + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
  );
  zip.file(
    "xl/workbook.xml",
    `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${sheetEntries.join("")}</sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `${DECL}<Relationships xmlns="${PKG_REL}">${workbookRels.join("")}</Relationships>`,
  );
  zip.file("xl/styles.xml", STYLES);
  zip.file("xl/sharedStrings.xml", strings.xml());
  zip.file(
    "_rels/.rels",
    `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "[Content_Types].xml",
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
      `${overrides.join("")}</Types>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
