/**
 * .xlsx fixtures for the CLI tests, written with raw exceljs (never with the adapter under
 * test): the small valid plan of tests/helpers/snapshot-builder.ts, with tables replaced.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { PLAN_TABLES, type RawValue, type TableName } from "../../src/plan";
import { validPlanTables, type RowInput } from "../helpers/snapshot-builder";

/** Tables to replace in the valid plan; null leaves the table out. */
export type FixtureChange = Partial<Record<TableName, readonly RowInput[] | null>>;

function cellValue(value: RawValue): ExcelJS.CellValue {
  if (value === null || typeof value !== "object") return value;
  if (value.kind === "date") return new Date(`${value.iso}T00:00:00Z`);
  return { error: value.code } as ExcelJS.CellErrorValue;
}

/** Writes the valid plan (with `change` applied), each table an Excel table on its sheet. */
export async function writePlanFixture(path: string, change: FixtureChange = {}): Promise<void> {
  const tables: Partial<Record<TableName, readonly RowInput[] | null>> = { ...validPlanTables(), ...change };
  const book = new ExcelJS.Workbook();
  for (const def of PLAN_TABLES) {
    const rows = tables[def.name];
    if (!rows) continue;
    const sheet = book.addWorksheet(def.sheet);
    const headers = def.columns.map((c) => c.header);
    sheet.addTable({
      name: def.name,
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows: rows.map((row) => headers.map((h) => cellValue(row[h] ?? null))),
    });
  }
  await book.xlsx.writeFile(path);
}

/** A workbook that is a real .xlsx but holds none of the plan's tables. */
export async function writeUnrelatedWorkbook(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Blad1");
  sheet.addRow(["Namn", "Telefon"]);
  sheet.addRow(["Anna", "08-123 45 67"]);
  await book.xlsx.writeFile(path);
}

/** The first bytes of an OLE2 compound file (legacy .xls, or an encrypted .xlsx). */
const OLE2_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A legacy .xls: an OLE2 file with a Workbook stream. */
export function writeLegacyXls(path: string): void {
  const name = Buffer.from("Workbook", "utf16le");
  writeFileSync(path, Buffer.concat([OLE2_HEADER, Buffer.alloc(504), name, Buffer.alloc(1024)]));
}

/** A password-protected .xlsx: an OLE2 file holding EncryptionInfo and EncryptedPackage. */
export function writeEncryptedXlsx(path: string): void {
  const info = Buffer.from("EncryptionInfo", "utf16le");
  const pack = Buffer.from("EncryptedPackage", "utf16le");
  writeFileSync(
    path,
    Buffer.concat([OLE2_HEADER, Buffer.alloc(504), info, Buffer.alloc(50), pack, Buffer.alloc(1024)]),
  );
}
