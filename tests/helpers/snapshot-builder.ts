/**
 * Builds workbook snapshots for the pure plan tests: tables given as rows keyed by header,
 * with generators for a small valid plan that tests override.
 */
import type { RangeRef, RawValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../src/plan";
import { PLAN_TABLES, type TableName } from "../../src/plan";

export type RowInput = Record<string, RawValue>;

/** Rows for every plan table; the optional Bedomning table only when a test gives it. */
export type PlanTableRows = Omit<Record<TableName, RowInput[]>, "Bedomning"> & { Bedomning?: RowInput[] };

export interface TableInput {
  readonly name: string;
  readonly sheet?: string;
  /** Header texts; defaults to every contract header of the table. */
  readonly headers?: readonly (string | null)[];
  readonly rows: readonly (RowInput | readonly RawValue[])[];
  /** Sheet row of the header row (default 1). */
  readonly top?: number;
  /** Sheet column of the first column (default 1). */
  readonly left?: number;
  /** Table name in Excel; null makes it a plain range on its sheet. */
  readonly excelTable?: string | null;
}

function defaultSheet(name: string): string {
  return PLAN_TABLES.find((t) => t.name === name)?.sheet ?? name;
}

function defaultHeaders(name: string): string[] {
  return PLAN_TABLES.find((t) => t.name === name)?.columns.map((c) => c.header) ?? [];
}

export function tableSnapshot(input: TableInput): TableSnapshot {
  const headers = input.headers ?? defaultHeaders(input.name);
  const rows = input.rows.map((row) =>
    Array.isArray(row) ? [...row] : headers.map((h) => (h === null ? null : ((row as RowInput)[h] ?? null))),
  );
  return {
    name: input.excelTable === undefined ? input.name : (input.excelTable ?? input.name),
    sheet: input.sheet ?? defaultSheet(input.name),
    top: input.top ?? 1,
    left: input.left ?? 1,
    headers,
    rows,
  };
}

/** A snapshot with each table on its own sheet (as an Excel table unless excelTable is null). */
export function snapshotOf(
  tables: readonly TableInput[],
  extraSheets: readonly SheetSnapshot[] = [],
): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = tables.map((input) => {
    const table = tableSnapshot(input);
    if (input.excelTable === null) {
      return {
        name: table.sheet,
        visibility: "visible",
        tables: [],
        merges: [],
        usedRange: { top: table.top, left: table.left, rows: [table.headers.map((h) => h), ...table.rows] },
      };
    }
    return { name: table.sheet, visibility: "visible", tables: [table], merges: [], usedRange: null };
  });
  return { sheets: [...sheets, ...extraSheets] };
}

/**
 * A small valid plan: one area, two activities, all three parties, follow-up and the area's
 * assessment (Bedömning) for T1 2026.
 */
export function validPlanTables(): PlanTableRows {
  return {
    Plan: [
      { Titel: "Åtgärdsplan för gemensamma prioriteringar", Stadsdelsförvaltning: "Skärholmen", År: 2026 },
    ],
    Omraden: [
      {
        Nr: 1,
        Område: "Riktat arbete i utsatta områden",
        "Övergripande mål och syfte": "Minska brottsligheten.",
      },
    ],
    Aktiviteter: [
      activityRow({ Nr: "1.1", Aktivitet: "Platssamverkan Vårberg" }),
      activityRow({ Nr: "1.2", Aktivitet: "Platssamverkan Bredäng" }),
    ],
    Deltagare: ["1.1", "1.2"].flatMap((nr) => coreParticipants(nr)),
    Indikatorer: [],
    Uppfoljning: ["1.1", "1.2"].map((nr) => followUpRow({ Aktivitet: nr })),
    Utfall: [],
    Bedomning: [assessmentRow()],
  };
}

export function assessmentRow(overrides: RowInput = {}): RowInput {
  return {
    Område: 1,
    År: 2026,
    Period: "T1",
    "Samlad bedömning": "Arbetet går enligt plan.",
    ...overrides,
  };
}

export function activityRow(overrides: RowInput = {}): RowInput {
  return {
    Nr: "1.1",
    Aktivitet: "Platssamverkan",
    "Beskrivning och syfte": "Öka tryggheten.",
    "Mätbara mål": "Trygghetsmätning.",
    Löptid: "Tillsvidare",
    Mötesfrekvens: "1 gång/månad",
    Sammankallande: "SDF preventionsstrateg",
    ...overrides,
  };
}

export function coreParticipants(nr: string): RowInput[] {
  return [
    { Aktivitet: nr, Part: "Stadsdelsförvaltningen", Kontakt: "Preventionsstrateg" },
    { Aktivitet: nr, Part: "Polisen", Kontakt: "Kommunpoliser" },
    { Aktivitet: nr, Part: "Utbildningsförvaltningen", Kontakt: "Rektor" },
  ];
}

export function followUpRow(overrides: RowInput = {}): RowInput {
  return {
    Aktivitet: "1.1",
    År: 2026,
    Period: "T1",
    "Målet nått": "Uppfyllt",
    "Genomförda aktiviteter": "Fyra möten och en trygghetsvandring.",
    "Antal möten": 4,
    ...overrides,
  };
}

/** The valid plan with some tables replaced or changed. */
export function planSnapshot(change: Partial<Record<TableName, RowInput[] | null>> = {}): WorkbookSnapshot {
  const tables = { ...validPlanTables(), ...change };
  return snapshotOf(
    (Object.entries(tables) as [TableName, RowInput[] | null][])
      .filter(([, rows]) => rows !== null)
      .map(([name, rows]) => ({ name, rows: rows ?? [] })),
  );
}

/** A table's layout and rows, each part optional: what a test changes in one table. */
export type TableChange = Partial<Omit<TableInput, "name">>;

/**
 * The valid plan with some tables changed in layout as well as rows: a `TableChange` keeps
 * the valid rows unless it gives its own, `null` drops the table.
 */
export function planSnapshotWith(
  change: Partial<Record<TableName, TableChange | null>>,
  extraSheets: readonly SheetSnapshot[] = [],
): WorkbookSnapshot {
  return snapshotOf(planInputs(change), extraSheets);
}

/** The table inputs `planSnapshotWith` builds its snapshot from, for tests that need the layout. */
export function planInputs(change: Partial<Record<TableName, TableChange | null>> = {}): TableInput[] {
  const valid = validPlanTables();
  const inputs: TableInput[] = [];
  for (const name of Object.keys(valid) as TableName[]) {
    const own = change[name];
    const rows = (valid as Partial<Record<TableName, RowInput[]>>)[name];
    if (own === null || rows === undefined) continue;
    inputs.push({ name, rows, ...own });
  }
  return inputs;
}

/**
 * Rows keyed by the contract's headers, laid out under the sheet's own headers: each column
 * is `[header on the sheet, key of its value in the rows]` (a null key leaves it empty).
 */
export function arrange(
  rows: readonly RowInput[],
  columns: readonly (readonly [string | null, string | null])[],
): { headers: (string | null)[]; rows: RawValue[][] } {
  return {
    headers: columns.map(([header]) => header),
    rows: rows.map((row) => columns.map(([, key]) => (key === null ? null : (row[key] ?? null)))),
  };
}

/** The snapshot with merged ranges added to one sheet. */
export function withMerges(
  snapshot: WorkbookSnapshot,
  sheet: string,
  merges: readonly RangeRef[],
): WorkbookSnapshot {
  return {
    sheets: snapshot.sheets.map((s) => (s.name === sheet ? { ...s, merges: [...s.merges, ...merges] } : s)),
  };
}
