/**
 * The small valid plan of snapshot-builder.ts in a simulated Excel, each table an Excel table on
 * its contract sheet (Nr columns formatted as text), optionally with many more follow-up rows.
 */
import { PLAN_TABLES, type RawValue, type TableLocation } from "../../src/plan";
import { SimulatedExcel, seedTable, type CellSeed, type SimulatedExcelOptions } from "../office-host";
import { validPlanTables, type RowInput } from "../helpers/snapshot-builder";

function seedOf(value: RawValue): CellSeed {
  if (value === null || typeof value !== "object") return value;
  return value.kind === "date" ? { date: value.iso } : { error: value.code };
}

export interface PlanExcelOptions extends SimulatedExcelOptions {
  /** Follow-up rows added after the valid plan's own (activity 1.1, years from 2000). */
  readonly extraFollowUps?: number;
}

export function extraFollowUp(i: number): RowInput {
  return {
    Aktivitet: "1.1",
    År: 2000 + Math.floor(i / 3),
    Period: ["T1", "T2", "VB"][i % 3] ?? "T1",
    "Målet nått": "Delvis uppfyllt",
    Kommentar: `Kommentar ${i}: arbetet pågår och fortsätter under nästa period.`,
    "Genomförda aktiviteter": `Möte ${i} med polisen och skolan; trygghetsvandring i Vårberg.`,
    "Antal möten": i % 7,
  };
}

export function planExcel(options: PlanExcelOptions = {}): SimulatedExcel {
  const excel = new SimulatedExcel(options);
  const tables = validPlanTables();
  tables.Uppfoljning.push(...Array.from({ length: options.extraFollowUps ?? 0 }, (_, i) => extraFollowUp(i)));
  for (const def of PLAN_TABLES) {
    const rows = (tables as Partial<Record<string, RowInput[]>>)[def.name];
    if (!rows) continue;
    const headers = def.columns.map((c) => c.header);
    const textColumns = def.columns.flatMap((c, i) => (c.type === "activityNr" ? [[i, "@"] as const] : []));
    seedTable(excel, {
      sheet: def.sheet,
      name: def.name,
      headers,
      rows: rows.map((row) => headers.map((h) => seedOf(row[h] ?? null))),
      columnFormats: Object.fromEntries(textColumns),
    });
  }
  return excel;
}

/** Uppfoljning as planExcel() seeds it, as a located table: header row 1, two data rows. */
export function followUpLocation(change: Partial<TableLocation> = {}): TableLocation {
  const def = PLAN_TABLES.find((t) => t.name === "Uppfoljning");
  if (!def) throw new Error("no Uppfoljning in the contract");
  return {
    table: "Uppfoljning",
    sheet: def.sheet,
    excelTable: "Uppfoljning",
    top: 1,
    left: 1,
    rowCount: 2,
    headers: def.columns.map((c) => c.header),
    ...change,
  };
}
