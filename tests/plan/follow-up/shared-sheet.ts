import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/plan";

/** The snapshot with sheets of the same name made one sheet holding all their tables. */
export function oneSheetPerName(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const byName = new Map<string, SheetSnapshot>();
  for (const sheet of snapshot.sheets) {
    const seen = byName.get(sheet.name);
    byName.set(sheet.name, seen ? { ...seen, tables: [...seen.tables, ...sheet.tables] } : sheet);
  }
  return { sheets: [...byName.values()] };
}
