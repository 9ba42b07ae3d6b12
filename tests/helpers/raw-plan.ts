/**
 * The small valid plan of snapshot-builder.ts as a raw .xlsx package (raw-xlsx.ts), each
 * table an Excel table on its contract sheet, with any table's rows or sheet replaced: the
 * base that the hard workbooks change one thing in. Also the 200,000-row workbook.
 */
import { PLAN_TABLES, type RawValue, type TableName } from "../../src/plan";
import { columnLetters, rawXlsx, type RawXlsxCell, type RawXlsxSheet } from "./raw-xlsx";
import { validPlanTables, type RowInput } from "./snapshot-builder";

const DAY_MS = 86_400_000;
const SERIAL_0 = Date.UTC(1899, 11, 30);

/** The Excel serial of an ISO date from 1900-03-01 on. */
export function serialOf(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - SERIAL_0) / DAY_MS;
}

export function rawCell(value: RawValue): RawXlsxCell {
  if (value === null || typeof value !== "object") return value;
  if (value.kind === "date") return { serial: serialOf(value.iso) };
  return { error: value.code };
}

export interface RawTableChange {
  readonly sheet?: string;
  readonly name?: string;
  readonly headers?: readonly string[];
  /** Rows in header order (raw cells), or rows keyed by header (plan values). */
  readonly rows?: readonly (readonly RawXlsxCell[] | RowInput)[];
  readonly state?: "hidden" | "veryHidden";
  readonly merges?: readonly string[];
  /** Rows written below the table as plain cells (not part of it). */
  readonly below?: readonly (readonly RawXlsxCell[])[];
}

export type RawPlanChange = Partial<Record<TableName, RawTableChange | null>>;

/** The plan's sheets; `change` alters or (null) leaves out tables. */
export function rawPlanSheets(change: RawPlanChange = {}): RawXlsxSheet[] {
  const valid = validPlanTables();
  const sheets: RawXlsxSheet[] = [];
  for (const def of PLAN_TABLES) {
    const edit = change[def.name];
    if (edit === null) continue;
    const headers = edit?.headers ?? def.columns.map((c) => c.header);
    const source = edit?.rows ?? (valid as Partial<Record<TableName, RowInput[]>>)[def.name];
    if (source === undefined) continue;
    const rows = source.map((row) =>
      Array.isArray(row)
        ? [...(row as RawXlsxCell[])]
        : headers.map((h) => rawCell((row as RowInput)[h] ?? null)),
    );
    const bottom = Math.max(rows.length, 1) + 1;
    const ref = `A1:${columnLetters(headers.length)}${bottom}`;
    const body = rows.length === 0 ? [headers.map(() => null)] : rows;
    sheets.push({
      name: edit?.sheet ?? def.sheet,
      ...(edit?.state ? { state: edit.state } : {}),
      ...(edit?.merges ? { merges: edit.merges } : {}),
      rows: [[...headers], ...body, ...(edit?.below ?? [])],
      tables: [{ name: edit?.name ?? def.name, ref, columns: headers }],
    });
  }
  return sheets;
}

export function rawPlanWorkbook(change: RawPlanChange = {}, extra: readonly RawXlsxSheet[] = []) {
  return rawXlsx([...rawPlanSheets(change), ...extra]);
}

const STATUSES = ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömt"];

export interface BigPlanSummary {
  readonly followUpRows: number;
  /** Rows whose Period is "T3" (each an enum error). */
  readonly badPeriods: number;
}

/**
 * A plan with `followUps` Uppfoljning rows (1,000 activities, years from 2000, T1/T2/VB,
 * unique keys); every 50th row has Period "T3". Raw XML, so it is quick to write.
 */
export async function bigPlanWorkbook(followUps = 200_000): Promise<[Uint8Array, BigPlanSummary]> {
  const activities: string[] = [];
  for (let area = 1; area <= 10; area++) for (let n = 1; n <= 100; n++) activities.push(`${area}.${n}`);
  const periods = ["T1", "T2", "VB"];
  const rows: RawXlsxCell[][] = [];
  let badPeriods = 0;
  for (let i = 0; i < followUps; i++) {
    const nr = activities[i % activities.length] ?? "1.1";
    const step = Math.floor(i / activities.length);
    const bad = i % 50 === 49;
    if (bad) badPeriods++;
    const status = STATUSES[i % 4] ?? "Uppfyllt";
    const year = 2000 + Math.floor(step / 3);
    const period = periods[step % 3] ?? "T1";
    const reported =
      period === "T1" ? `${year}-05-10` : period === "T2" ? `${year}-09-10` : `${year + 1}-01-10`;
    rows.push([
      nr,
      year,
      bad ? "T3" : period,
      status,
      status === "Uppfyllt" ? null : `Kommentar till rad ${i + 1}: flera möten ställdes in.`,
      `Genomförda aktiviteter rad ${i + 1}: möten med fastighetsägare och en trygghetsvandring.`,
      period === "VB" ? 12 : 4,
      "Preventionsstrateg",
      { serial: serialOf(reported) },
    ]);
  }
  const areas = Array.from({ length: 10 }, (_, a) => ({
    Nr: a + 1,
    Område: `Område ${a + 1}`,
    "Övergripande mål och syfte": "Minska brottsligheten.",
  }));
  const activityRows = activities.map((nr) => ({
    Nr: nr,
    Aktivitet: `Aktivitet ${nr}`,
    "Beskrivning och syfte": "Öka tryggheten.",
    "Mätbara mål": "Trygghetsmätning.",
    Löptid: "Tillsvidare",
    Mötesfrekvens: "1 gång/månad",
    Sammankallande: "Preventionsstrateg",
  }));
  const participants = activities.flatMap((nr) =>
    ["Stadsdelsförvaltningen", "Polisen", "Utbildningsförvaltningen"].map((Part) => ({
      Aktivitet: nr,
      Part,
      Kontakt: "Kontaktperson",
    })),
  );
  const bytes = await rawPlanWorkbook({
    Omraden: { rows: areas },
    Aktiviteter: { rows: activityRows },
    Deltagare: { rows: participants },
    Uppfoljning: { rows },
  });
  return [bytes, { followUpRows: followUps, badPeriods }];
}
