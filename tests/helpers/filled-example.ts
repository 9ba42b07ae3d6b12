/**
 * The bundled example plan (examples/atgardsplan-skarholmen.xlsx) with a year filled in, as
 * a strategist's workbook looks in January: T1, T2 and VB follow-up for every activity,
 * each area's Bedömning, Utfall for activity 2.3's indicators (this year and last), and one
 * activity (1.2) whose Löptid ended with the year. Read with raw exceljs and written with
 * raw-plan.ts, never with the adapter under test.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { PLAN_TABLES, rawDate, type RawValue, type TableName } from "../../src/plan";
import { ROOT } from "./cli";
import { rawPlanWorkbook, type RawPlanChange } from "./raw-plan";
import type { RowInput } from "./snapshot-builder";

export const EXAMPLE_PLAN = join(ROOT, "examples", "atgardsplan-skarholmen.xlsx");

function cellValue(value: ExcelJS.CellValue): RawValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return rawDate(value.toISOString().slice(0, 10));
  if (typeof value === "object")
    return "richText" in value ? value.richText.map((r) => r.text).join("") : null;
  return value;
}

/** Each plan table of the example as rows keyed by header. */
export async function exampleTables(): Promise<Record<TableName, RowInput[]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(EXAMPLE_PLAN);
  const tables = {} as Record<TableName, RowInput[]>;
  for (const def of PLAN_TABLES) {
    const sheet = book.getWorksheet(def.sheet);
    const rows: RowInput[] = [];
    const headers: string[] = [];
    sheet?.eachRow((row, n) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      if (n === 1) headers.push(...values.map((v) => String(v)));
      else rows.push(Object.fromEntries(headers.map((h, i) => [h, cellValue(values[i] ?? null)])));
    });
    tables[def.name] = rows;
  }
  return tables;
}

const STATUS_BY_PERIOD = { T1: "Uppfyllt", T2: "Delvis uppfyllt", VB: "Uppfyllt" } as const;
const REPORTED_ON = { T1: "2026-05-12", T2: "2026-09-10", VB: "2027-01-12" } as const;

/** What the filled year adds, for tests to check the new plan against. */
export const FILLED_YEAR = {
  year: 2026,
  /** The activity whose Löptid ended 2026-12-31. */
  ended: "1.2",
  /** 2.3's outcomes: Centrumbesiktningar has a VB row; Trygghetsvandringar only T1 and T2. */
  outcomes: [
    ["2.3", "Centrumbesiktningar", 2025, "VB", 3],
    ["2.3", "Centrumbesiktningar", 2026, "T1", 1],
    ["2.3", "Centrumbesiktningar", 2026, "T2", 2],
    ["2.3", "Centrumbesiktningar", 2026, "VB", 4],
    ["2.3", "Trygghetsvandringar", 2026, "T1", 3],
    ["2.3", "Trygghetsvandringar", 2026, "T2", 2],
  ] as const,
} as const;

/** The example's tables with the year filled in. */
export async function filledExampleTables(): Promise<Record<TableName, RowInput[]>> {
  const tables = await exampleTables();
  const nrs = tables.Aktiviteter.map((a) => String(a.Nr));
  tables.Aktiviteter = tables.Aktiviteter.map((a) =>
    a.Nr === FILLED_YEAR.ended ? { ...a, Löptid: "2026-01-01–2026-12-31" } : a,
  );
  tables.Uppfoljning = nrs.flatMap((nr) =>
    (["T1", "T2", "VB"] as const).map((period) => ({
      Aktivitet: nr,
      År: FILLED_YEAR.year,
      Period: period,
      "Målet nått": STATUS_BY_PERIOD[period],
      Kommentar: period === "T2" ? "Färre möten under sommaren." : null,
      "Genomförda aktiviteter": `${period}: möten enligt plan och en trygghetsvandring (${nr}).`,
      "Antal möten": period === "VB" ? 11 : 4,
      "Rapporterad av": "Preventionsstrateg",
      Rapportdatum: rawDate(REPORTED_ON[period]),
    })),
  );
  tables.Utfall = FILLED_YEAR.outcomes.map(([Aktivitet, Indikator, År, Period, Värde]) => ({
    Aktivitet,
    Indikator,
    År,
    Period,
    Värde,
  }));
  tables.Bedomning = tables.Omraden.flatMap((area) =>
    (["T1", "T2", "VB"] as const).map((period) => ({
      Område: area.Nr ?? null,
      År: FILLED_YEAR.year,
      Period: period,
      "Samlad bedömning": `Område ${String(area.Nr)}: arbetet går enligt plan (${period}).`,
    })),
  );
  return tables;
}

/** The filled example as .xlsx bytes. */
export async function filledExampleWorkbook(): Promise<Uint8Array> {
  const tables = await filledExampleTables();
  const change: RawPlanChange = Object.fromEntries(
    PLAN_TABLES.map((def) => [def.name, { rows: tables[def.name] }]),
  );
  return rawPlanWorkbook(change);
}
