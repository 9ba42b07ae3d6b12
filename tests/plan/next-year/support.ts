/** Ports and readers shared by the next-year tests. */
import type { NewTable, RawValue, TableName, WorkbookPort, WorkbookSnapshot } from "../../../src/plan";

/** A port that can only be read: any write fails the test. */
export function readOnlyPort(snapshot: WorkbookSnapshot): WorkbookPort {
  const refuse = async () => {
    throw new Error("the plan read must never be written");
  };
  return {
    readSnapshot: async () => snapshot,
    createTables: refuse,
    appendRows: refuse,
    writeSheet: refuse,
    writeRows: refuse,
  };
}

/** The new table's rows keyed by header, as a person reads them. */
export function rowsOf(tables: readonly NewTable[], name: TableName): Record<string, RawValue>[] {
  const table = tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  return table.rows.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i] ?? null])));
}
