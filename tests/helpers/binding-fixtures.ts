/**
 * Workbooks as districts keep them before "Koppla plan": the plan as plain ranges with
 * hand-typed headers on sheets named however someone chose. Each fixture is plain data that
 * becomes a snapshot for the pure tests or a raw exceljs workbook (never the adapter).
 */
import ExcelJS from "exceljs";
import {
  parseRange,
  type RangeRef,
  type RawValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "../../src/plan";
import { excelValue } from "./xlsx-fixtures";

export interface SheetSpec {
  readonly name: string;
  /** Cells from A1; null leaves a cell empty. */
  readonly rows: readonly (readonly RawValue[])[];
  /** Merged ranges, e.g. "A1:D1". */
  readonly merges?: readonly string[];
  /** The header row (1-based, default 1): bold in the workbook, the cell below it filled. */
  readonly headerRow?: number;
}

const CORE = ["Stadsdelsförvaltningen", "Polisen", "Utbildningsförvaltningen"];
const KONTAKT = ["Preventionsstrateg", "Kommunpoliser", "Rektor"];

const PLAN_INFO: SheetSpec = {
  name: "Info",
  rows: [
    ["Titel", "Stadsdelsförvaltning", "År"],
    ["Åtgärdsplan för gemensamma prioriteringar", "Skärholmen", 2026],
  ],
};

const AREAS: SheetSpec = {
  name: "Blad1",
  rows: [
    ["Nr", "Samverkansområde", "Mål och syfte", "Ev. strategidokument/policy"],
    [1, "Riktat arbete i utsatta områden", "Minska brottsligheten.", null],
    [2, "Trygghet i skolan", "Ökad trygghet i skolan.", "Skolplan 2026"],
  ],
};

const ACTIVITY_HEADERS = [
  "Namn",
  "Nr",
  "Syfte",
  "Ev. mätbara mål",
  "Löptid",
  "Sammankallande",
  "Mötesfrekvens",
  "Anteckningar",
];

function activity(nr: string, name: string): RawValue[] {
  return [
    name,
    nr,
    "Öka tryggheten.",
    "Trygghetsmätning.",
    "Tillsvidare",
    "SDF preventionsstrateg",
    "1 gång/månad",
    null,
  ];
}

const ACTIVITIES = [
  activity("1.1", "Platssamverkan Vårberg"),
  activity("1.2", "Platssamverkan Bredäng"),
  activity("2.1", "Trygga skolvägar"),
];

/** Every activity with the three core parties; 2.1's Polisen row has its Nr typed as a number. */
const PARTICIPANTS: SheetSpec = {
  name: "Parter",
  rows: [
    ["Aktivitet", "Part", "Kontakt"],
    ...["1.1", "1.2", "2.1"].flatMap((nr) =>
      CORE.map((part, i): RawValue[] => [nr === "2.1" && i === 1 ? 2.1 : nr, part, KONTAKT[i] ?? null]),
    ),
  ],
};

const FOLLOW_UP_HEADERS = [
  "Aktivitet",
  "År",
  "Period",
  "Målet nått",
  "Kommentar",
  "Genomförda aktiviteter",
  "Antal möten",
];

const FOLLOW_UPS: SheetSpec = {
  name: "Uppföljning 2026",
  rows: [
    FOLLOW_UP_HEADERS,
    ["1.1", 2026, "T1", "Uppfyllt", null, "Fyra möten och en trygghetsvandring.", 4],
    ["1.2", 2026, "T1", "Delvis uppfyllt", "Färre möten än planerat.", "Två möten.", 2],
    ["2.1", 2026, "T1", "Ej bedömt", null, "Planering.", 1],
  ],
};

/** A second, older follow-up range: a worse candidate for Uppfoljning. */
const OLD_FOLLOW_UPS: SheetSpec = {
  name: "Gammal uppföljning",
  rows: [
    ["Aktivitet", "År", "Period", "Kommentar"],
    ["1.1", 2025, "VB", "Bra år."],
  ],
};

/**
 * Every table locatable by its headers already (first rows of sheets named otherwise,
 * headers reordered and aliased), two candidates for Uppfoljning, Indikatorer and Utfall
 * missing entirely.
 */
export function districtPlan(): SheetSpec[] {
  return [
    PLAN_INFO,
    AREAS,
    { name: "Våra aktiviteter", rows: [ACTIVITY_HEADERS, ...ACTIVITIES] },
    PARTICIPANTS,
    FOLLOW_UPS,
    OLD_FOLLOW_UPS,
  ];
}

/**
 * Harder: Aktiviteter under a merged title row and a blank row, without Löptid; Deltagare
 * missing entirely (a required table); Uppfoljning with two candidates.
 */
export function untidyPlan(): SheetSpec[] {
  const withoutDuration = (row: readonly RawValue[]) => row.filter((_, j) => j !== 4);
  return [
    PLAN_INFO,
    AREAS,
    {
      name: "Våra aktiviteter",
      rows: [
        ["Aktiviteter 2026", null, null, null],
        [null],
        withoutDuration(ACTIVITY_HEADERS),
        ...ACTIVITIES.map(withoutDuration),
      ],
      merges: ["A1:D1"],
      headerRow: 3,
    },
    FOLLOW_UPS,
    OLD_FOLLOW_UPS,
  ];
}

function usedGrid(rows: readonly (readonly RawValue[])[]): SheetSnapshot["usedRange"] {
  let top = Infinity,
    bottom = -Infinity,
    left = Infinity,
    right = -Infinity;
  rows.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value === null) return;
      [top, bottom, left, right] = [
        Math.min(top, i),
        Math.max(bottom, i),
        Math.min(left, j),
        Math.max(right, j),
      ];
    }),
  );
  if (top === Infinity) return null;
  const grid: RawValue[][] = [];
  for (let i = top; i <= bottom; i++) {
    grid.push(Array.from({ length: right - left + 1 }, (_, j) => rows[i]?.[left + j] ?? null));
  }
  return { top: top + 1, left: left + 1, rows: grid };
}

/** The sheets as a snapshot, each a plain range (as the .xlsx adapter reads them). */
export function snapshotOfSheets(
  specs: readonly SheetSpec[],
  bindings?: WorkbookSnapshot["bindings"],
): WorkbookSnapshot {
  const sheets = specs.map((spec): SheetSnapshot => ({
    name: spec.name,
    visibility: "visible",
    tables: [],
    usedRange: usedGrid(spec.rows),
    merges: (spec.merges ?? []).map((m) => parseRange(m) as RangeRef),
  }));
  return bindings === undefined ? { sheets } : { sheets, bindings };
}

/**
 * The sheets as a raw exceljs workbook, so styles can be compared: header rows bold, other
 * cells top-aligned, and one fill below the header row.
 */
export function workbookOfSheets(specs: readonly SheetSpec[]): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  for (const spec of specs) {
    const sheet = book.addWorksheet(spec.name);
    const header = spec.headerRow ?? 1;
    spec.rows.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === null) return;
        const cell = sheet.getCell(i + 1, j + 1);
        cell.value = excelValue(value);
        // Cells saved alike share one style object when exceljs loads them.
        if (i + 1 === header) cell.font = { bold: true };
        else cell.alignment = { vertical: "top" };
      }),
    );
    sheet.getCell(header + 1, 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } };
    for (const merge of spec.merges ?? []) sheet.mergeCells(merge);
  }
  return book;
}
