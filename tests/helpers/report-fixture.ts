/**
 * The report fixture: a plan for 2026 with follow-ups for T1 and T2 covering every status,
 * an activity without follow-up (2.2), an activity with indicators (two with a baseline) and
 * outcomes in T1 and T2 and for 2025's VB (2.3), an activity numbered 1.10 (listed before
 * 1.2 in the table), each area's assessment (Bedömning) for T1 and T2, and comments that
 * look like formulas. `writeReportFixture` writes it with RAW exceljs, together with things the
 * report must leave alone: a user's sheet with styles, merges and a formula, data
 * validation, a defined name and hidden columns.
 */
import ExcelJS from "exceljs";
import { PLAN_TABLES, rawDate, type RawValue, type TableName } from "../../src/plan";
import { coreParticipants, snapshotOf, type PlanTableRows, type RowInput } from "./snapshot-builder";
import type { WorkbookSnapshot } from "../../src/plan";

export const FIXTURE_YEAR = 2026;

/** Comments that start like formulas; they must stay text in the report. */
export const FORMULA_LIKE = {
  comment11: "=SUMMA(A1:A3) är inte en formel",
  comment12: "+46 8 508 000 00 ringde in",
  done12: "-3 tillfällen ställdes in",
  comment110: "@polisen: resurser saknades",
} as const;

function activity(nr: string, name: string, frequency: string, extra: RowInput = {}): RowInput {
  return {
    Nr: nr,
    Aktivitet: name,
    "Beskrivning och syfte": `Syftet med ${name.toLowerCase()}.`,
    "Mätbara mål": "Trygghetsmätning.",
    Löptid: "Tillsvidare",
    Mötesfrekvens: frequency,
    Sammankallande: "SDF preventionsstrateg",
    ...extra,
  };
}

function followUp(nr: string, period: string, status: string, extra: RowInput = {}): RowInput {
  return {
    Aktivitet: nr,
    År: FIXTURE_YEAR,
    Period: period,
    "Målet nått": status,
    "Genomförda aktiviteter": `Arbete ${period} i ${nr}.`,
    ...extra,
  };
}

function outcome(
  indicator: string,
  period: string,
  value: number,
  comment: string | null = null,
  year = FIXTURE_YEAR,
): RowInput {
  return {
    Aktivitet: "2.3",
    Indikator: indicator,
    År: year,
    Period: period,
    Värde: value,
    Kommentar: comment,
  };
}

function assessment(area: number, period: string, summary: string, extra: RowInput = {}): RowInput {
  return { Område: area, År: FIXTURE_YEAR, Period: period, "Samlad bedömning": summary, ...extra };
}

export const ACTIVITY_NAMES: Record<string, string> = {
  "1.1": "Platssamverkan Vårberg",
  "1.2": "Platssamverkan Bredäng",
  "1.10": "Trygghetsvandringar Vårberg",
  "2.1": "Platssamverkan Sätra",
  "2.2": "Platssamverkan Skärholmen",
  "2.3": "Trygghetsinventeringar",
};

export function reportPlanTables(): PlanTableRows {
  const n = ACTIVITY_NAMES;
  return {
    Plan: [
      {
        Titel: "Åtgärdsplan för gemensamma prioriteringar",
        Stadsdelsförvaltning: "Skärholmen",
        Lokalpolisområde: "Skärholmen",
        År: FIXTURE_YEAR,
        Diarienummer: "SDF 2026/123",
      },
    ],
    Omraden: [
      {
        Nr: 1,
        Område: "Riktat arbete i utsatta områden",
        "Övergripande mål och syfte": "Minska brottsligheten.",
      },
      {
        Nr: 2,
        Område: "Riktat arbete mot avgränsade platser",
        "Övergripande mål och syfte": "Öka tryggheten.",
      },
    ],
    Aktiviteter: [
      activity("1.1", n["1.1"] ?? "", "Samverkansgruppen träffas 1 gång/månad"),
      activity("1.10", n["1.10"] ?? "", "Vid behov"),
      activity("1.2", n["1.2"] ?? "", "Varannan vecka", { Sammankallande: "Kommunpolis" }),
      activity("2.1", n["2.1"] ?? "", "4 per år"),
      activity("2.2", n["2.2"] ?? "", "1 gång/månad", { Sammankallande: "Fältassistenter" }),
      activity("2.3", n["2.3"] ?? "", "1 gång/månad", {
        "Mätbara mål": "4 centrumbesiktningar och 8 vandringar per år.",
      }),
    ],
    Deltagare: Object.keys(n).flatMap(coreParticipants),
    Indikatorer: [
      { Aktivitet: "2.3", Indikator: "Centrumbesiktningar", Målvärde: 4, Enhet: "st per år" },
      {
        Aktivitet: "2.3",
        Indikator: "Trygghetsvandringar",
        Målvärde: 8,
        Enhet: "st per år",
        Utgångsvärde: 5,
        Utgångsår: 2024,
      },
      {
        Aktivitet: "2.3",
        Indikator: "Andel trygga",
        Målvärde: 80,
        Enhet: "%",
        Utgångsvärde: 58,
        Utgångsår: 2024,
      },
    ],
    Uppfoljning: [
      followUp("1.1", "T1", "Uppfyllt", {
        Kommentar: FORMULA_LIKE.comment11,
        "Genomförda aktiviteter": "Fyra möten och en trygghetsvandring.",
        "Antal möten": 4,
        "Rapporterad av": "Anna Andersson",
        Rapportdatum: rawDate("2026-05-10"),
      }),
      followUp("1.2", "T1", "Delvis uppfyllt", {
        Kommentar: FORMULA_LIKE.comment12,
        "Genomförda aktiviteter": FORMULA_LIKE.done12,
        "Antal möten": 7,
      }),
      followUp("1.10", "T1", "Ej uppfyllt", { Kommentar: FORMULA_LIKE.comment110, "Antal möten": 1 }),
      followUp("2.1", "T1", "Ej bedömt"),
      followUp("2.3", "T1", "Uppfyllt", { "Antal möten": 4 }),
      followUp("1.1", "T2", "Uppfyllt", { "Antal möten": 3 }),
      followUp("1.2", "T2", "Ej uppfyllt", { Kommentar: "Gruppen har inte träffats." }),
      followUp("1.10", "T2", "Delvis uppfyllt", { Kommentar: "Två av fyra vandringar." }),
      followUp("2.1", "T2", "Ej bedömt"),
      followUp("2.3", "T2", "Delvis uppfyllt", { Kommentar: "En vandring ställdes in.", "Antal möten": 4 }),
    ],
    Utfall: [
      outcome("Centrumbesiktningar", "T1", 2),
      outcome("Trygghetsvandringar", "T1", 3),
      outcome("Andel trygga", "T1", 62),
      outcome("Centrumbesiktningar", "T2", 1),
      outcome("Trygghetsvandringar", "T2", 4, "En inställd"),
      outcome("Andel trygga", "T2", 70),
      outcome("Trygghetsvandringar", "VB", 6, null, FIXTURE_YEAR - 1),
      outcome("Andel trygga", "VB", 61, null, FIXTURE_YEAR - 1),
    ],
    Bedomning: [
      assessment(1, "T1", "Samverkan i Vårberg och Bredäng är igång.", {
        Analys: "Platssamverkan fungerar där polisen deltar.",
        "Åtgärder framåt": "Bjud in fastighetsägarna till nästa möte.",
      }),
      assessment(2, "T1", "Trygghetsinventeringarna går enligt plan."),
      assessment(1, "T2", "Bredäng har tappat fart under sommaren.", {
        Analys: "Gruppen i Bredäng har inte träffats sedan maj.",
        "Åtgärder framåt": "Ny sammankallande utses i september.",
      }),
      assessment(2, "T2", "Vandringarna når inte målet; besiktningarna gör det.", {
        Analys: "En vandring ställdes in i juli.",
      }),
    ],
  };
}

/**
 * The fixture with `count` more activities (1.11, 1.12 …, alternately in area 1 and 2 as
 * 1.N and 2.N) whose follow-ups for T1 and T2 have paragraphs of text: a report of several
 * pages, for the tests of where pages break.
 */
export function longReportTables(count: number): PlanTableRows {
  const tables = reportPlanTables();
  const numbers = Array.from({ length: count }, (_, i) => `${(i % 2) + 1}.${11 + Math.floor(i / 2)}`);
  const text = (nr: string, period: string) =>
    `Under ${period} har gruppen för ${nr} träffats, gått igenom lägesbilden och följt upp ` +
    "åtgärderna från förra mötet. Fastighetsägarna och polisen rapporterade om läget i centrum, " +
    "och skolan berättade om elevernas trygghet på vägen till och från skolan.";
  return {
    ...tables,
    Aktiviteter: [
      ...tables.Aktiviteter,
      ...numbers.map((nr) =>
        activity(nr, `Samverkan ${nr}`, "Varannan vecka", { "Mätbara mål": text(nr, "året") }),
      ),
    ],
    Deltagare: [...tables.Deltagare, ...numbers.flatMap(coreParticipants)],
    Uppfoljning: [
      ...tables.Uppfoljning,
      ...numbers.flatMap((nr) => [
        followUp(nr, "T1", "Uppfyllt", { "Genomförda aktiviteter": text(nr, "T1"), "Antal möten": 8 }),
        followUp(nr, "T2", "Delvis uppfyllt", {
          Kommentar: "Sommaren gav färre möten.",
          "Genomförda aktiviteter": text(nr, "T2"),
          "Antal möten": 3,
          Rapportdatum: rawDate("2026-09-12"),
        }),
      ]),
    ],
  };
}

/** The fixture as a snapshot, for the pure tests. */
export function reportSnapshot(change: Partial<Record<TableName, RowInput[]>> = {}): WorkbookSnapshot {
  const tables: Partial<Record<TableName, RowInput[]>> = { ...reportPlanTables(), ...change };
  return snapshotOf(
    (Object.keys(tables) as TableName[]).flatMap((name) => {
      const rows = tables[name];
      return rows ? [{ name, rows }] : [];
    }),
  );
}

function cellValue(value: RawValue): ExcelJS.CellValue {
  if (value === null || typeof value !== "object") return value;
  if (value.kind === "date") return new Date(`${value.iso}T00:00:00Z`);
  return { error: value.code } as ExcelJS.CellErrorValue;
}

export interface FixtureOptions {
  /** A sheet the user made, placed last; e.g. one named "Rapport T1 2026". */
  readonly userSheet?: string;
  /** The plan's rows; `reportPlanTables()` when not given. */
  readonly tables?: PlanTableRows;
}

/** Builds the fixture workbook with raw exceljs. */
export function buildReportWorkbook(options: FixtureOptions = {}): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const notes = book.addWorksheet("Anteckningar");
  notes.getCell("A1").value = "Mina anteckningar";
  notes.getCell("A1").font = { bold: true, size: 14, color: { argb: "FF1F4E79" } };
  notes.mergeCells("A1:C1");
  notes.getCell("A2").value = 5;
  notes.getCell("A3").value = { formula: "A2*2", result: 10 };
  notes.getCell("B2").value = "=inte en formel";
  notes.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  notes.getColumn(4).hidden = true;
  notes.getColumn(2).width = 30;
  const tables = options.tables ?? reportPlanTables();
  for (const def of PLAN_TABLES) {
    const rows = (tables as Partial<Record<TableName, RowInput[]>>)[def.name];
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
    def.columns.forEach((c, i) => {
      sheet.getColumn(i + 1).width = c.width;
      if (c.type === "activityNr") sheet.getColumn(i + 1).numFmt = "@";
    });
  }
  const followUps = book.getWorksheet("Uppföljning");
  if (!followUps) throw new Error("Uppföljning saknas");
  followUps.getCell("D2").dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: ['"Uppfyllt,Delvis uppfyllt,Ej uppfyllt,Ej bedömt"'],
  };
  book.definedNames.add("'Anteckningar'!$A$2", "Startvarde");
  if (options.userSheet) book.addWorksheet(options.userSheet).getCell("A1").value = "Mitt eget blad";
  return book;
}

export async function writeReportFixture(path: string, options: FixtureOptions = {}): Promise<void> {
  await buildReportWorkbook(options).xlsx.writeFile(path);
}
