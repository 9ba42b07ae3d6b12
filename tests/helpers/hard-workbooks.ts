/**
 * The corpus of hard workbooks (issue 8): files officials really open — old copies, files
 * edited by ten people, sheets pasted from Word. Each builder changes one thing in the small
 * valid plan (snapshot-builder.ts), written as raw XML (raw-xlsx.ts) or with raw exceljs
 * (xlsx-fixtures.ts), never with the adapter under test. The expected outcome of each lives
 * in tests/reliability/corpus*.test.ts, written from the contract.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { PLAN_TABLES, type EXCEL_ERROR_CODES } from "../../src/plan";
import { rawPlanSheets, rawPlanWorkbook, serialOf } from "./raw-plan";
import { rawXlsx, type RawXlsxCell } from "./raw-xlsx";
import { bytesOf, NOT_WORKBOOKS, planWorkbook } from "./xlsx-fixtures";

export const FOLLOW_UP_HEADERS = PLAN_TABLES.find((t) => t.name === "Uppfoljning")!.columns.map(
  (c) => c.header,
);

/** An Uppfoljning row as raw cells (the valid follow-up for 1.1, T1 2026, changed). */
export function followUpCells(change: Readonly<Record<string, RawXlsxCell>> = {}): RawXlsxCell[] {
  const base: Record<string, RawXlsxCell> = {
    Aktivitet: "1.1",
    År: 2026,
    Period: "T1",
    "Målet nått": "Uppfyllt",
    "Genomförda aktiviteter": "Fyra möten och en trygghetsvandring.",
    "Antal möten": 4,
  };
  const row = { ...base, ...change };
  return FOLLOW_UP_HEADERS.map((h) => row[h] ?? null);
}

/** The error codes the contract's formula-error rule names. */
export const CONTRACT_ERROR_CODES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
] as const satisfies readonly (typeof EXCEL_ERROR_CODES)[number][];

export const LONGEST_TEXT = 32_767;
export const WILD_TEXT = "Möte 👮‍♀️🚓 i centrum — مرحبا بكم · שלום\ttab\nny rad\u200f";

/** Every Excel error value: plain in Kommentar (E) and as a formula's cached result in Rapporterad av (H). */
function errorRows(): RawXlsxCell[][] {
  return CONTRACT_ERROR_CODES.map((code, i) =>
    followUpCells({
      År: 2017 + i,
      Kommentar: { error: code },
      "Rapporterad av": { formula: "Deltagare!C2/0", result: { error: code } },
    }),
  );
}

const withFollowUps = (rows: RawXlsxCell[][]) => rawPlanWorkbook({ Uppfoljning: { rows } });

async function excelJsPlan(edit: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = planWorkbook();
  edit(book);
  return bytesOf(book);
}

/** A real zip holding one empty sheet: a workbook without any table. */
const emptyWorkbook = () => rawXlsx([{ name: "Blad1", rows: [] }]);

/** Every plan sheet with its header row only, as plain cells (no Excel table). */
function headersOnlyRanges(): Promise<Uint8Array> {
  return rawXlsx(PLAN_TABLES.map((t) => ({ name: t.sheet, rows: [t.columns.map((c) => c.header)] })));
}

/** The valid plan with each table as plain cells under its headers (no Excel tables). */
function plainRanges(): Promise<Uint8Array> {
  return rawXlsx(rawPlanSheets().map(({ tables: _tables, ...sheet }) => sheet));
}

/** Control characters as Excel escapes them in XML (`_x0007_`), plus emoji and RTL text. */
async function controlCharacters(): Promise<Uint8Array> {
  const bytes = await withFollowUps([
    followUpCells({ "Genomförda aktiviteter": WILD_TEXT, Period: "CTRL_MARK" }),
    followUpCells({ Aktivitet: "1.2" }),
  ]);
  const zip = await JSZip.loadAsync(bytes);
  const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
  zip.file("xl/sharedStrings.xml", strings.replace("CTRL_MARK", "T1_x0007__x0001_"));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * Text XML cannot hold, as Excel escapes it: half an emoji (`_xD83D_`, what is left when a
 * cut at 32,767 characters splits one), U+FFFF, and a literal `_x0041_` the user typed
 * (`_x005F_x0041_`). Row 1's Kommentar and Rapporterad av, row 2's Kommentar.
 */
async function escapedText(): Promise<Uint8Array> {
  const bytes = await withFollowUps([
    followUpCells({ Kommentar: "HALF_MARK", "Rapporterad av": "FFFF_MARK" }),
    followUpCells({ Aktivitet: "1.2", Kommentar: "LITERAL_MARK" }),
  ]);
  const zip = await JSZip.loadAsync(bytes);
  const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
  zip.file(
    "xl/sharedStrings.xml",
    strings
      .replace("HALF_MARK", "Trasig _xD83D_ emoji")
      .replace("FFFF_MARK", "Tecken _xFFFF_ utan mening")
      .replace("LITERAL_MARK", "Skrev _x005F_x0041_ själv"),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** What raw exceljs (like Excel) reads from `escapedText`'s three cells. */
export const ESCAPED_TEXT = {
  E2: "Trasig \uD83D emoji",
  H2: "Tecken \uFFFF utan mening",
  E3: "Skrev _x0041_ själv",
} as const;

export const HARD_WORKBOOKS = {
  "not-a-zip": async () => NOT_WORKBOOKS.garbage(),
  "zip-not-workbook": () => NOT_WORKBOOKS.zip(),
  "xls-renamed": async () => NOT_WORKBOOKS.legacyXls(),
  "csv-renamed": async () => NOT_WORKBOOKS.csv(),
  encrypted: async () => NOT_WORKBOOKS.encrypted(),
  "zero-bytes": async () => NOT_WORKBOOKS.empty(),
  "empty-workbook": emptyWorkbook,
  "only-headers": () => rawPlanWorkbook(Object.fromEntries(PLAN_TABLES.map((t) => [t.name, { rows: [] }]))),
  "headers-no-table": headersOnlyRanges,
  "plain-ranges": plainRanges,
  /** A second table with Uppföljning's columns (and bad rows) on another sheet. */
  "two-tables-same-columns": () =>
    rawPlanWorkbook({}, [
      {
        name: "Kopia",
        rows: [FOLLOW_UP_HEADERS, followUpCells({ Period: "T3", "Målet nått": "Ja" })],
        tables: [{ name: "Uppfoljning_kopia", ref: "A1:I2", columns: FOLLOW_UP_HEADERS }],
      },
    ]),
  "table-name-case": () =>
    rawPlanWorkbook({ Uppfoljning: { name: "UPPFOLJNING" }, Aktiviteter: { name: "aktiviteter" } }),
  /** Uppföljning on a sheet named with quotes, spaces and å/ä/ö; Period "T3" in row 1. */
  "sheet-name-quotes": () =>
    rawPlanWorkbook({
      Uppfoljning: {
        sheet: "Uppföljning 'T1' år 2026",
        rows: [followUpCells({ Period: "T3" }), followUpCells({ Aktivitet: "1.2" })],
      },
    }),
  /** Aktiviteter B1:B2 merged: the header cell and the first body cell. */
  "merged-header-body": () => rawPlanWorkbook({ Aktiviteter: { merges: ["B1:B2"] } }),
  "error-values": () => withFollowUps(errorRows()),
  /** Genomförda aktiviteter (required) of row 1 and Kommentar of row 2 are formulas never calculated. */
  "formulas-without-values": () =>
    withFollowUps([
      followUpCells({ "Genomförda aktiviteter": { formula: 'CONCAT("Fyra ","möten")' } }),
      followUpCells({ Aktivitet: "1.2", Kommentar: { formula: "Aktiviteter!B3" } }),
    ]),
  /** År as a shared formula over B2:B3, Antal möten as array formulas, all with cached values. */
  "shared-array-formulas": () =>
    withFollowUps([
      followUpCells({
        År: { formula: "2020+6", shared: { si: 0, ref: "B2:B3" }, result: 2026 },
        "Antal möten": { formula: "SUM({1,3})", arrayRef: "G2", result: 4 },
        Kommentar: { formula: '"Enligt "&"plan"', result: "Enligt plan" },
      }),
      followUpCells({
        Aktivitet: "1.2",
        År: { shared: { si: 0 }, result: 2026 },
        "Antal möten": { formula: "MAX({4,2})", arrayRef: "G3", result: 4 },
      }),
    ]),
  /** Rich text in Period ("T" + bold "3"), a hyperlink as a Part, a comment on a Nr. */
  "rich-text-links-comments": () =>
    excelJsPlan((book) => {
      const followUps = book.getWorksheet("Uppföljning")!;
      followUps.getCell("C2").value = { richText: [{ text: "T" }, { font: { bold: true }, text: "3" }] };
      const participants = book.getWorksheet("Deltagare")!;
      participants.getCell("B3").value = { text: "Polisen", hyperlink: "https://polisen.se/" };
      book.getWorksheet("Aktiviteter")!.getCell("A2").note = "Numret är text, ändra inte.";
    }),
  /** Rapportdatum: serial 60 (1900-02-29) in row 1, the text "1899-12-31" in row 2. */
  "old-dates": () =>
    withFollowUps([
      followUpCells({ Rapportdatum: { serial: 60 } }),
      followUpCells({ Aktivitet: "1.2", Rapportdatum: "1899-12-31" }),
    ]),
  /** År, Antal möten and the area Nr as text holding numbers. */
  "numbers-as-text": () =>
    rawPlanWorkbook({
      Omraden: {
        rows: [["1", "Riktat arbete i utsatta områden", "Minska brottsligheten.", null, null]],
      },
      Uppfoljning: {
        rows: [
          followUpCells({ År: "2026", "Antal möten": "4" }),
          followUpCells({ Aktivitet: "1.2", År: " 2026 ", "Antal möten": "4" }),
        ],
      },
    }),
  /** Aktiviteter Nr 1.2 as the number 1.2; a Deltagare Aktivitet as a date (1.1 read as 1 January). */
  "nr-number-and-date": async () => {
    const sheets = rawPlanSheets();
    const activities = sheets.find((s) => s.name === "Aktiviteter")!;
    const participants = sheets.find((s) => s.name === "Deltagare")!;
    const rows = (sheet: typeof activities) => sheet.rows as RawXlsxCell[][];
    rows(activities)[2]![0] = 1.2;
    rows(participants)[1]![0] = { serial: serialOf("2026-01-01") };
    return rawXlsx(sheets);
  },
  "longest-text": () =>
    withFollowUps([
      followUpCells({ Kommentar: "å".repeat(LONGEST_TEXT) }),
      followUpCells({ Aktivitet: "1.2", Period: "x".repeat(LONGEST_TEXT) }),
    ]),
  "control-emoji-rtl": controlCharacters,
  "escaped-text": escapedText,
  "hidden-sheets": () =>
    rawPlanWorkbook({ Deltagare: { state: "hidden" }, Uppfoljning: { state: "veryHidden" } }),
  /** Uppföljning with 991 extra columns (1,000 in all). */
  "thousand-columns": () => {
    const extra = Array.from({ length: 991 }, (_, i) => `Extra ${i + 1}`);
    return rawPlanWorkbook({
      Uppfoljning: {
        headers: [...FOLLOW_UP_HEADERS, ...extra],
        rows: [
          [...followUpCells(), ...extra.map((_, i) => i)],
          [...followUpCells({ Aktivitet: "1.2" }), ...extra.map(() => null)],
        ],
      },
    });
  },
} satisfies Record<string, () => Promise<Uint8Array>>;

export type HardWorkbook = keyof typeof HARD_WORKBOOKS;

/** The valid plan with a sheet of `megabytes` MB of XML (blank space, so the file stays small). */
export async function oversizedWorkbook(megabytes: number): Promise<Uint8Array> {
  const bytes = await rawPlanWorkbook();
  const zip = await JSZip.loadAsync(bytes);
  const path = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(path)!.async("string");
  zip.file(path, xml.replace("<sheetData>", `<sheetData>${" ".repeat(megabytes * 1024 * 1024)}`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
