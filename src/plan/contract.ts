/**
 * The plan workbook's column contract (plan-workbook.md, "Tables"): every table and column
 * with its Swedish header, aliases, type, whether it is required and its English key.
 * This is the one place where Swedish headers map to code names.
 */

/** The kinds of cell value a column accepts. */
export type ColumnType =
  /** Any text; numbers and dates are accepted and read as their text. */
  | "text"
  /** A whole number (a number cell, or text holding one). */
  | "integer"
  /** Any number (a number cell, or text holding one; decimal comma accepted). */
  | "number"
  /** A date cell or ISO text `YYYY-MM-DD`. */
  | "date"
  /** The plan year, a whole number 2000–2100. */
  | "year"
  /** An area number, a whole number ≥ 1. */
  | "areaNr"
  /** An activity number `N.M` stored as text. */
  | "activityNr"
  /** A follow-up period: T1, T2 or VB. */
  | "period"
  /** "Är målet nått?": Uppfyllt, Delvis uppfyllt, Ej uppfyllt, Ej bedömt. */
  | "goalStatus"
  /** Löptid: Tillsvidare or a date range. */
  | "duration";

export interface ColumnDef {
  /** English key used in code. */
  readonly key: string;
  /** The Swedish header as the template writes it. */
  readonly header: string;
  /** Other headers accepted for the same column. */
  readonly aliases: readonly string[];
  readonly type: ColumnType;
  readonly required: boolean;
  /** Suggested column width in characters, for the template and reports. */
  readonly width: number;
}

export type TableName =
  "Plan" | "Omraden" | "Aktiviteter" | "Deltagare" | "Indikatorer" | "Uppfoljning" | "Utfall" | "Bedomning";

export interface TableDef {
  /** The Excel table name (ListObject name). */
  readonly name: TableName;
  /** The sheet the template puts the table on. */
  readonly sheet: string;
  /** Required tables must exist; a missing optional table skips the rules that need it. */
  readonly required: boolean;
  readonly columns: readonly ColumnDef[];
  /** Keys of the columns whose combination must be unique. */
  readonly uniqueKey: readonly string[];
}

function col(
  key: string,
  header: string,
  type: ColumnType,
  required: boolean,
  width: number,
  aliases: readonly string[] = [],
): ColumnDef {
  return { key, header, aliases, type, required, width };
}

export const PLAN_TABLE: TableDef = {
  name: "Plan",
  sheet: "Plan",
  required: false,
  uniqueKey: [],
  columns: [
    col("title", "Titel", "text", true, 44),
    col("district", "Stadsdelsförvaltning", "text", true, 24),
    col("policeArea", "Lokalpolisområde", "text", false, 22),
    col("year", "År", "year", true, 8),
    col("registrationNumber", "Diarienummer", "text", false, 16),
    col("deadlineT1", "Rapportdag T1", "date", false, 14),
    col("deadlineT2", "Rapportdag T2", "date", false, 14),
    col("deadlineVB", "Rapportdag VB", "date", false, 14),
  ],
};

export const AREAS_TABLE: TableDef = {
  name: "Omraden",
  sheet: "Områden",
  required: true,
  uniqueKey: ["nr"],
  columns: [
    col("nr", "Nr", "areaNr", true, 6),
    col("name", "Område", "text", true, 34, ["Samverkansområde"]),
    col("goal", "Övergripande mål och syfte", "text", true, 60, ["Mål och syfte"]),
    col("situation", "Lägesbild", "text", false, 60),
    col("strategy", "Strategidokument", "text", false, 34, [
      "Strategidokument/policy",
      "Ev. strategidokument/policy",
    ]),
  ],
};

export const ACTIVITIES_TABLE: TableDef = {
  name: "Aktiviteter",
  sheet: "Aktiviteter",
  required: true,
  uniqueKey: ["nr"],
  columns: [
    col("nr", "Nr", "activityNr", true, 6),
    col("name", "Aktivitet", "text", true, 32, ["Namn"]),
    col("description", "Beskrivning och syfte", "text", true, 60, ["Syfte"]),
    col("measurableGoals", "Mätbara mål", "text", false, 36, ["Ev. mätbara mål"]),
    col("duration", "Löptid", "duration", true, 14),
    col("meetingFrequency", "Mötesfrekvens", "text", false, 30),
    col("convener", "Sammankallande", "text", true, 26),
    col("convenerEmail", "Sammankallandes e-post", "text", false, 28, ["E-post"]),
    col("funding", "Finansiering", "text", false, 30),
    col("communication", "Kommunikation", "text", false, 30),
  ],
};

export const PARTICIPANTS_TABLE: TableDef = {
  name: "Deltagare",
  sheet: "Deltagare",
  required: true,
  uniqueKey: ["activity", "party"],
  columns: [
    col("activity", "Aktivitet", "activityNr", true, 10),
    col("party", "Part", "text", true, 28),
    col("contact", "Kontakt", "text", false, 28),
    col("others", "Övriga deltagare", "text", false, 44),
    col("commitment", "Åtagande", "text", false, 44),
    col("email", "E-post", "text", false, 28),
  ],
};

export const INDICATORS_TABLE: TableDef = {
  name: "Indikatorer",
  sheet: "Indikatorer",
  required: false,
  uniqueKey: ["activity", "indicator"],
  columns: [
    col("activity", "Aktivitet", "activityNr", true, 10),
    col("indicator", "Indikator", "text", true, 32),
    col("target", "Målvärde", "number", false, 10),
    col("unit", "Enhet", "text", false, 14),
    col("source", "Källa", "text", false, 24),
    col("baseline", "Utgångsvärde", "number", false, 12),
    col("baselineYear", "Utgångsår", "integer", false, 10),
  ],
};

export const FOLLOW_UPS_TABLE: TableDef = {
  name: "Uppfoljning",
  sheet: "Uppföljning",
  required: true,
  uniqueKey: ["activity", "year", "period"],
  columns: [
    col("activity", "Aktivitet", "activityNr", true, 10),
    col("year", "År", "integer", true, 8),
    col("period", "Period", "period", true, 8),
    col("status", "Målet nått", "goalStatus", true, 18),
    col("comment", "Kommentar", "text", false, 40),
    col("done", "Genomförda aktiviteter", "text", true, 50),
    col("meetings", "Antal möten", "integer", false, 12),
    col("reportedBy", "Rapporterad av", "text", false, 20),
    col("reportedOn", "Rapportdatum", "date", false, 16, ["Rapporterad datum"]),
  ],
};

export const OUTCOMES_TABLE: TableDef = {
  name: "Utfall",
  sheet: "Utfall",
  required: false,
  uniqueKey: ["activity", "indicator", "year", "period"],
  columns: [
    col("activity", "Aktivitet", "activityNr", true, 10),
    col("indicator", "Indikator", "text", true, 32),
    col("year", "År", "integer", true, 8),
    col("period", "Period", "period", true, 8),
    col("value", "Värde", "number", true, 10),
    col("comment", "Kommentar", "text", false, 40),
  ],
};

export const ASSESSMENTS_TABLE: TableDef = {
  name: "Bedomning",
  sheet: "Bedömning",
  required: false,
  uniqueKey: ["area", "year", "period"],
  columns: [
    col("area", "Område", "areaNr", true, 8),
    col("year", "År", "integer", true, 8),
    col("period", "Period", "period", true, 8),
    col("summary", "Samlad bedömning", "text", true, 50),
    col("analysis", "Analys", "text", false, 50),
    col("nextSteps", "Åtgärder framåt", "text", false, 50),
  ],
};

/** Every table in the order the workbook and the findings list them. */
export const PLAN_TABLES: readonly TableDef[] = [
  PLAN_TABLE,
  AREAS_TABLE,
  ACTIVITIES_TABLE,
  PARTICIPANTS_TABLE,
  INDICATORS_TABLE,
  FOLLOW_UPS_TABLE,
  OUTCOMES_TABLE,
  ASSESSMENTS_TABLE,
];

export function tableDef(name: TableName): TableDef {
  const def = PLAN_TABLES.find((t) => t.name === name);
  if (!def) throw new Error(`Unknown table ${name}`);
  return def;
}

export function columnDef(table: TableDef, key: string): ColumnDef {
  const def = table.columns.find((c) => c.key === key);
  if (!def) throw new Error(`Unknown column ${table.name}.${key}`);
  return def;
}

/** The periods of the follow-up year, in order. */
export const PERIODS = ["T1", "T2", "VB"] as const;
export type Period = (typeof PERIODS)[number];

/** Answers to "Är målet nått?". */
export const GOAL_STATUSES = ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömt"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** The three parties of the cooperation agreement. */
export const CORE_PARTIES = ["Stadsdelsförvaltningen", "Polisen", "Utbildningsförvaltningen"] as const;
export type CoreParty = (typeof CORE_PARTIES)[number];
