/**
 * .xlsx fixtures for the adapter tests, written with raw exceljs (never with the adapter under
 * test), and files that are not workbooks at all.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PLAN_TABLES, type RawValue, type TableName } from "../../src/plan";
import { validPlanTables, type RowInput } from "./snapshot-builder";

export const DATE_FMT = "yyyy-mm-dd";

/** A plan value as raw exceljs writes it: dates as UTC-midnight Dates, errors as error values. */
export function excelValue(value: RawValue): ExcelJS.CellValue {
  if (value === null || typeof value !== "object") return value;
  if (value.kind === "date") return new Date(`${value.iso}T00:00:00Z`);
  return { error: value.code } as ExcelJS.CellErrorValue;
}

export interface TableSpec {
  readonly sheet: string;
  readonly name: string;
  /** Top-left cell of the header row (default A1). */
  readonly ref?: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ExcelJS.CellValue[])[];
  readonly totalsRow?: boolean;
}

/** Adds a sheet (or uses the existing one) holding an Excel table. */
export function addTable(book: ExcelJS.Workbook, spec: TableSpec): ExcelJS.Worksheet {
  const sheet = book.getWorksheet(spec.sheet) ?? book.addWorksheet(spec.sheet);
  sheet.addTable({
    name: spec.name,
    ref: spec.ref ?? "A1",
    headerRow: true,
    totalsRow: spec.totalsRow ?? false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: spec.headers.map((name, i) => ({
      name,
      filterButton: true,
      ...(spec.totalsRow === true && i > 0 ? { totalsRowFunction: "sum" as const } : {}),
    })),
    rows: spec.rows.map((row) => [...row]),
  });
  return sheet;
}

/** Writes rows as plain cells from `top`/`left` (1-based). */
export function addRange(
  book: ExcelJS.Workbook,
  sheetName: string,
  top: number,
  left: number,
  rows: readonly (readonly ExcelJS.CellValue[])[],
): ExcelJS.Worksheet {
  const sheet = book.getWorksheet(sheetName) ?? book.addWorksheet(sheetName);
  rows.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value !== null && value !== undefined) sheet.getCell(top + i, left + j).value = value;
    }),
  );
  return sheet;
}

export type PlanChange = Partial<Record<TableName, readonly (RowInput | readonly RawValue[])[] | null>>;

/**
 * The small valid plan of snapshot-builder.ts as a workbook, each table an Excel table on its
 * contract sheet; `change` replaces tables (null leaves one out). Array rows are written as
 * they are, in contract column order.
 */
export function planWorkbook(change: PlanChange = {}): ExcelJS.Workbook {
  const tables = { ...validPlanTables(), ...change };
  const book = new ExcelJS.Workbook();
  for (const def of PLAN_TABLES) {
    const rows = tables[def.name];
    if (!rows) continue;
    const headers = def.columns.map((c) => c.header);
    addTable(book, {
      sheet: def.sheet,
      name: def.name,
      headers,
      rows: rows.map((row) =>
        Array.isArray(row)
          ? row.map(excelValue)
          : headers.map((h) => excelValue((row as RowInput)[h] ?? null)),
      ),
    });
  }
  return book;
}

export async function bytesOf(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export async function loadRaw(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

/**
 * The workbook's table parts rewritten the way Excel writes them: no `headerRowCount` for the
 * default header row and no `filterColumn` for unfiltered columns with visible buttons.
 */
export async function asExcelWritesTables(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/.+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    zip.file(
      name,
      xml
        .replace(/ headerRowCount="1"/, "")
        .replace(/<filterColumn colId="\d+" hiddenButton="0"\/>/g, "")
        .replace(/<autoFilter ref="([^"]+)"><\/autoFilter>/, '<autoFilter ref="$1"/>'),
    );
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The table parts' XML, by part name. */
export async function tableParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^xl\/tables\/.+\.xml$/.test(n));
  return Promise.all(names.map((n) => zip.file(n)!.async("string")));
}

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function ole2(...streamNames: string[]): Uint8Array {
  const parts = [new Uint8Array(OLE2_SIGNATURE), new Uint8Array(504)];
  for (const name of streamNames) {
    parts.push(new Uint8Array(Buffer.from(name, "utf16le")), new Uint8Array(64 - 2 * name.length));
  }
  parts.push(new Uint8Array(1024));
  return new Uint8Array(Buffer.concat(parts));
}

/** The bytes of files that are not .xlsx workbooks, by kind. */
export const NOT_WORKBOOKS = {
  /** An Excel 97–2003 workbook: an OLE2 file with a Workbook stream. */
  legacyXls: () => ole2("Root Entry", "Workbook", "\u0005SummaryInformation"),
  /** A password-protected .xlsx: an OLE2 file with EncryptionInfo and EncryptedPackage. */
  encrypted: () => ole2("Root Entry", "EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"),
  csv: () =>
    new Uint8Array(Buffer.from("Nr;Område;Övergripande mål och syfte\r\n1;Trygghet;Minska brott\r\n")),
  empty: () => new Uint8Array(0),
  garbage: () => new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
  zip: () => new JSZip().file("bilder/karta.txt", "en karta").generateAsync({ type: "uint8array" }),
  docx: () =>
    new JSZip()
      .file("[Content_Types].xml", "<Types/>")
      .file("word/document.xml", "<w:document/>")
      .generateAsync({ type: "uint8array" }),
  ods: () =>
    new JSZip()
      .file("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
      .file("content.xml", "<office:document-content/>")
      .generateAsync({ type: "uint8array" }),
  xlsb: () =>
    new JSZip()
      .file("[Content_Types].xml", "<Types/>")
      .file("xl/workbook.bin", "binary")
      .generateAsync({ type: "uint8array" }),
};
