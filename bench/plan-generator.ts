/**
 * A large plan for the benches: 100 areas × 20 activities, three core parties each, follow-up
 * for T1, T2 and VB, indicators and their outcomes, each area's Bedömning; about 17,000 rows, about 2 % of them
 * wrong in the ways users get them wrong (bad enums, missing comments, duplicate keys,
 * unknown references, bad Löptid). Deterministic: the same seed gives the same workbook.
 *
 * `generateBenchPlan(path)` writes it with raw exceljs (not the adapter under test);
 * `benchPlanSnapshot()` gives the same plan as the WorkbookSnapshot an adapter would read.
 */
import ExcelJS from "exceljs";
import {
  PLAN_TABLES,
  rawDate,
  type RawValue,
  type SheetSnapshot,
  type TableName,
  type WorkbookSnapshot,
} from "../src/plan";

export interface BenchPlanOptions {
  readonly areas?: number;
  readonly activitiesPerArea?: number;
  /** The plan year (follow-up rows are for this year). */
  readonly year?: number;
  readonly seed?: number;
  /** Stadsdelsförvaltning in the Plan table (default Skärholmen). */
  readonly district?: string;
}

/** The plan's rows per table, each row in the contract's column order. */
export type BenchPlanRows = Record<TableName, RawValue[][]>;

export interface BenchPlanSummary {
  readonly rows: Readonly<Record<TableName, number>>;
  readonly totalRows: number;
}

/** mulberry32: a small deterministic pseudo-random generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ["Vårberg", "Bredäng", "Sätra", "Skärholmen", "Skärholmens centrum", "Vårby", "Kungens kurva"];
const AREA_NAMES = [
  "Riktat arbete i utsatta områden",
  "Riktat arbete mot avgränsade platser",
  "Unga i risk för kriminalitet",
  "Våld i nära relationer",
  "Trygghet i offentlig miljö",
];
const ACTIVITY_NAMES = [
  "Platssamverkan",
  "Trygghetsinventering",
  "Sociala insatsgrupper",
  "Lokalt samverkansforum",
  "Föräldravandringar",
  "Fältarbete kvällstid",
  "Trygghetsvandring",
];
/** Meeting frequencies with the meetings they imply per tertial and per year. */
const FREQUENCIES: readonly (readonly [string, number, number])[] = [
  ["Samverkansgruppen träffas 1 gång/månad", 4, 12],
  ["Varannan vecka", 8, 26],
  ["Var tredje vecka", 6, 17],
  ["Varje vecka", 17, 52],
  ["6 gånger per år", 2, 6],
  ["Vid behov", 2, 6],
];
const CONVENERS = ["SDF preventionsstrateg", "Kommunpolis", "Rektor", "Fältassistent", "Enhetschef"];
const DONE = [
  "Månatliga möten med fastighetsägare och polis, en trygghetsvandring i centrum.",
  "Kartläggning av platser med otrygghet, åtgärder beställda av trafikkontoret.",
  "Gemensamma insatser under skollov, föräldravandringar fredag och lördag.",
  "Samverkansmöten enligt plan; uppföljning av polisens lägesbild.",
  "Besiktning av centrum tillsammans med fastighetsägarna, klotter sanerat.",
];
const COMMENTS = [
  "Flera möten ställdes in på grund av personalbrist.",
  "Målet delvis nått; trygghetsmätningen visar en svag förbättring.",
  "Insatsen har inte kommit i gång, ny sammankallande utses.",
  "Arbetet fortsätter under nästa tertial enligt plan.",
];
const STATUSES = ["Uppfyllt", "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömt"];
const BAD_STATUSES = ["Uppfylld", "delvis", "Ja", "Nej"];
const BAD_PERIODS = ["T3", "Tertial 1", "HT"];
const PARTIES: [string, string, string][] = [
  [
    "Stadsdelsförvaltningen",
    "Preventionsstrateg",
    "Sammankalla till möten, samordna och följa upp insatsen.",
  ],
  ["Polisen", "Kommunpoliser", "Närvara vid arbetsmöten samt utföra aktiviteter vid behov."],
  ["Utbildningsförvaltningen", "Rektor", "Närvara vid arbetsmöten samt utföra aktiviteter vid behov."],
];
const INDICATORS = ["Trygghetsvandringar", "Centrumbesiktningar", "Genomförda möten", "Anmälda brott"];

/** The plan's rows, deterministic for a seed. */
export function benchPlanRows(options: BenchPlanOptions = {}): BenchPlanRows {
  const { areas = 100, activitiesPerArea = 20, year = 2026, seed = 20260515 } = options;
  const district = options.district ?? "Skärholmen";
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const chance = (p: number) => next() < p;

  const rows: BenchPlanRows = {
    Plan: [
      [
        "Åtgärdsplan för gemensamma prioriteringar",
        district,
        district,
        year,
        "SDF 2026/123",
        null,
        null,
        null,
      ],
    ],
    Omraden: [],
    Aktiviteter: [],
    Deltagare: [],
    Indikatorer: [],
    Uppfoljning: [],
    Utfall: [],
    Bedomning: [],
  };
  for (let area = 1; area <= areas; area++) {
    rows.Omraden.push([
      area,
      `${pick(AREA_NAMES)} ${area}`,
      "Minska brottsligheten och öka den upplevda tryggheten för de som bor, verkar och vistas i området.",
      "Öppen narkotikaförsäljning, ungdomsgäng och trapphushäng i fastigheter.",
      chance(0.5) ? "Trygghetsprogram Stockholms stad" : null,
    ]);
    for (let n = 1; n <= activitiesPerArea; n++) {
      const nr = `${area}.${n}`;
      const place = pick(PLACES);
      const frequency = pick(FREQUENCIES);
      rows.Aktiviteter.push([
        nr,
        `${pick(ACTIVITY_NAMES)} ${place}`,
        `Syftet är att öka förutsättningarna för att människor ska mötas och att ${place} ska vara en trygg stadsdel.`,
        chance(0.1) ? "Under framtagande" : "Trygghetsmätning.",
        chance(0.01) ? "Hela året" : chance(0.7) ? "Tillsvidare" : `${year}-01-01–${year}-12-31`,
        chance(0.02) ? "Samverkansgruppen träffas?" : frequency[0],
        pick(CONVENERS),
        null,
        "Respektive part bär sina egna personalkostnader",
        "Enligt upprättad kommunikationsplan",
      ]);
      for (const [party, contact, commitment] of PARTIES) {
        const activity = chance(0.005) ? `${area + areas}.${n}` : nr;
        rows.Deltagare.push([
          activity,
          party,
          chance(0.02) ? null : contact,
          "Områdespoliser, fältassistenter",
          commitment,
        ]);
      }
      addFollowUps(rows, nr, year, frequency, { pick, chance, next });
      if (n % 2 === 0) addIndicator(rows, nr, year, { pick, chance, next });
    }
    addAssessments(rows, area, year);
  }
  return rows;
}

/**
 * Each area's Bedömning for T1, T2 and VB; every 50th area lacks its T2 row. Made without
 * the random generator, so the other tables are the same as before the table was added.
 */
function addAssessments(rows: BenchPlanRows, area: number, year: number): void {
  for (const period of ["T1", "T2", "VB"] as const) {
    if (period === "T2" && area % 50 === 0) continue;
    rows.Bedomning.push([
      area,
      year,
      period,
      `Område ${area} ${period}: arbetet går i stort enligt plan; två aktiviteter har fått färre möten än planerat.`,
      "Sommaren gav färre möten, och en sammankallande har bytt tjänst.",
      "Ny sammankallande utses, och mötena läggs in i kalendern för hela hösten.",
    ]);
  }
}

interface Dice {
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  next(): number;
}

function addFollowUps(
  rows: BenchPlanRows,
  nr: string,
  year: number,
  [, perTertial, perYear]: readonly [string, number, number],
  dice: Dice,
): void {
  const { pick, chance, next } = dice;
  let previous = "";
  const dates = { T1: `${year}-05-10`, T2: `${year}-09-12`, VB: `${year + 1}-01-12` } as const;
  for (const period of ["T1", "T2", "VB"] as const) {
    let status: string = pick(STATUSES);
    if (chance(0.01)) status = pick(BAD_STATUSES);
    const needsComment = status === "Delvis uppfyllt" || status === "Ej uppfyllt";
    const comment = needsComment
      ? chance(0.1)
        ? null
        : pick(COMMENTS)
      : chance(0.2)
        ? pick(COMMENTS)
        : null;
    // A VB row typed as T2 again is a duplicate key (and leaves VB missing).
    const written = chance(0.005) ? pick(BAD_PERIODS) : period === "VB" && chance(0.005) ? "T2" : period;
    const reportedOn = chance(0.7) ? rawDate(dates[period]) : chance(0.5) ? dates[period] : null;
    // About 3 % copy the previous period's text word for word.
    const done = previous !== "" && chance(0.03) ? previous : `${period}: ${pick(DONE)} ${pick(COMMENTS)}`;
    previous = done;
    const planned = period === "VB" ? perYear : perTertial;
    const meetings = chance(0.05) ? Math.floor(planned / 4) : planned - Math.floor(next() * 2);
    rows.Uppfoljning.push([
      nr,
      year,
      written,
      status,
      comment,
      chance(0.01) ? null : done,
      meetings,
      pick(CONVENERS),
      reportedOn,
    ]);
  }
}

function addIndicator(rows: BenchPlanRows, nr: string, year: number, dice: Dice): void {
  const { pick, chance, next } = dice;
  const indicator = pick(INDICATORS);
  rows.Indikatorer.push([nr, indicator, 4 + Math.floor(next() * 8), "per år", "Polisens statistik"]);
  for (const period of ["T1", "T2"] as const) {
    const named = chance(0.01) ? `${indicator} (gammal)` : indicator;
    rows.Utfall.push([nr, named, year, period, Math.floor(next() * 6), chance(0.3) ? "Enligt plan." : null]);
  }
}

function countRows(rows: BenchPlanRows): BenchPlanSummary {
  const counts = Object.fromEntries(PLAN_TABLES.map((t) => [t.name, rows[t.name].length])) as Record<
    TableName,
    number
  >;
  return { rows: counts, totalRows: Object.values(counts).reduce((a, b) => a + b, 0) };
}

function excelValue(value: RawValue): ExcelJS.CellValue {
  if (value === null || typeof value !== "object") return value;
  if (value.kind === "date") return new Date(`${value.iso}T00:00:00Z`);
  return { error: value.code } as ExcelJS.CellErrorValue;
}

/** Writes the bench plan with raw exceljs, every table an Excel table on its own sheet. */
export async function generateBenchPlan(
  path: string,
  options: BenchPlanOptions = {},
): Promise<BenchPlanSummary> {
  const rows = benchPlanRows(options);
  const book = new ExcelJS.Workbook();
  for (const def of PLAN_TABLES) {
    const sheet = book.addWorksheet(def.sheet);
    sheet.addTable({
      name: def.name,
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: def.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: rows[def.name].map((row) => row.map(excelValue)),
    });
    def.columns.forEach((c, i) => {
      if (c.type === "activityNr") sheet.getColumn(i + 1).numFmt = "@";
    });
  }
  await book.xlsx.writeFile(path);
  return countRows(rows);
}

/** The bench plan as the snapshot an adapter reads; `only` keeps some tables. */
export function benchPlanSnapshot(
  options: BenchPlanOptions = {},
  only: readonly TableName[] = PLAN_TABLES.map((t) => t.name),
): WorkbookSnapshot {
  const rows = benchPlanRows(options);
  const sheets: SheetSnapshot[] = PLAN_TABLES.filter((def) => only.includes(def.name)).map((def) => ({
    name: def.sheet,
    visibility: "visible",
    usedRange: null,
    merges: [],
    tables: [
      {
        name: def.name,
        sheet: def.sheet,
        top: 1,
        left: 1,
        headers: def.columns.map((c) => c.header),
        rows: rows[def.name],
      },
    ],
  }));
  return { sheets };
}
