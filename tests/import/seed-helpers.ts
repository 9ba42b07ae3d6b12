/**
 * Shared by the import tests: the seed document's bytes, and an imported plan written to a
 * workbook and read back, with its tables as rows keyed by header.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { NewTable, RawValue, WorkbookSnapshot } from "../../src/plan";
import { ExceljsWorkbook } from "../../src/xlsx";

/** The seed plan document, copied into the repository as the example plan's source. */
export const SEED_PATH = fileURLToPath(new URL("../../examples/atgardsplan-skarholmen.txt", import.meta.url));

export function seedText(): Uint8Array {
  return new Uint8Array(readFileSync(SEED_PATH));
}

export type Row = Record<string, RawValue>;

/** The tables written to an .xlsx buffer with the exceljs adapter and read back. */
export async function readBack(tables: readonly NewTable[]): Promise<WorkbookSnapshot> {
  const book = ExceljsWorkbook.empty();
  await book.createTables(tables);
  const reopened = await ExceljsWorkbook.fromBuffer(await book.toBuffer(), "import.xlsx");
  return reopened.readSnapshot();
}

/** A table of the snapshot as rows keyed by header (trailing empty rows dropped). */
export function tableRows(snapshot: WorkbookSnapshot, name: string): Row[] {
  const table = snapshot.sheets.flatMap((s) => s.tables).find((t) => t.name === name);
  if (!table) throw new Error(`No table ${name}`);
  return table.rows
    .filter((row) => row.some((v) => v !== null && v !== ""))
    .map((row) => Object.fromEntries(table.headers.map((h, i) => [h ?? "", row[i] ?? null])));
}

/** A NewTable's rows keyed by header. */
export function newTableRows(tables: readonly NewTable[], name: string): Row[] {
  const table = tables.find((t) => t.name === name);
  if (!table) throw new Error(`No table ${name}`);
  return table.rows.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i] ?? null])));
}
