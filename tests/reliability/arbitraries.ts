/**
 * fast-check generators for the reliability properties: any cell value, any headers, any
 * table placement (workbook snapshots for the validator), and valid plans (rows keyed by
 * header) for the report and follow-up round trips.
 */
import fc from "fast-check";
import {
  EXCEL_ERROR_CODES,
  PLAN_TABLES,
  rawDate,
  rawError,
  type RangeRef,
  type RawValue,
  type SheetSnapshot,
  type TableDef,
  type WorkbookSnapshot,
} from "../../src/plan";

/** Text that is close to what the contract accepts, or close to breaking it. */
const NEAR_MISSES = [
  "T1",
  " t 1 ",
  "T3",
  "VB",
  "Uppfyllt",
  "delvis  uppfyllt",
  "Ej bedömt",
  "1.1",
  "1.10",
  "1.1 ",
  "01.1",
  "1,1",
  "2026",
  "2026-05-01",
  "2026-02-30",
  "Tillsvidare",
  "tills vidare",
  "2026-01-01–2026-12-31",
  "2026-01-01 - 2026-12-31",
  "Polisen",
  "Stadsdelsförvaltningen",
  "utbildningsförvaltningen",
  "",
  "   ",
  "=SUM(A1)",
  "+46 8 123",
  "-",
  "@x",
  "#N/A",
  "1 gång/månad",
  "vid behov",
  "Samverkansgruppen träffas?",
];

export const textArb = fc.oneof(
  fc.constantFrom(...NEAR_MISSES),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 12 }),
);

export const rawValueArb: fc.Arbitrary<RawValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: textArb, weight: 6 },
  { arbitrary: fc.integer({ min: -5, max: 3000 }), weight: 2 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  {
    arbitrary: fc
      .date({
        min: new Date(Date.UTC(1900, 0, 1)),
        max: new Date(Date.UTC(9999, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => rawDate(d.toISOString().slice(0, 10))),
    weight: 1,
  },
  { arbitrary: fc.constant(rawDate("1900-02-29")), weight: 1 },
  { arbitrary: fc.constantFrom(...EXCEL_ERROR_CODES).map(rawError), weight: 1 },
);

/** A contract header as users type it: another case, extra spaces, a trailing colon, an alias. */
function headerVariants(header: string, aliases: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constant(header),
    fc.constant(header.toUpperCase()),
    fc.constant(`  ${header.replace(" ", "  ")} `),
    fc.constant(`${header}:`),
    ...aliases.map((a) => fc.constant(a)),
  );
}

/** Headers for a table: most contract columns in any order, some strangers, maybe a duplicate. */
export function headersArb(def: TableDef): fc.Arbitrary<(string | null)[]> {
  const columns = def.columns.map((c) =>
    fc.option(headerVariants(c.header, c.aliases), { freq: 8, nil: undefined }),
  );
  return fc
    .tuple(fc.tuple(...columns), fc.array(fc.option(textArb, { nil: null }), { maxLength: 3 }), fc.boolean())
    .chain(([known, extra, duplicate]) => {
      const present = known.filter((h): h is string => h !== undefined);
      const all: (string | null)[] = [...present, ...extra];
      if (duplicate && present[0] !== undefined) all.push(present[0]);
      return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
    });
}

export interface GeneratedTable {
  readonly def: TableDef;
  readonly sheet: string;
  /** An Excel table (found by name) or a plain range (found by headers). */
  readonly asTable: boolean;
  readonly top: number;
  readonly left: number;
  readonly headers: readonly (string | null)[];
  readonly rows: readonly (readonly RawValue[])[];
  readonly merges: readonly RangeRef[];
}

const SHEET_NAMES = ["Blad", "Uppföljning 'T1'", "Data (kopia)", "Åtgärder ä ö", "R1C1", "A1"];

function tableArb(def: TableDef, index: number): fc.Arbitrary<GeneratedTable> {
  return headersArb(def).chain((headers) => {
    const width = Math.max(headers.length, 1);
    return fc
      .record({
        def: fc.constant(def),
        sheet: fc.constantFrom(def.sheet, `${SHEET_NAMES[index % SHEET_NAMES.length] ?? "Blad"} ${index}`),
        asTable: fc.boolean(),
        top: fc.integer({ min: 1, max: 4 }),
        left: fc.integer({ min: 1, max: 4 }),
        headers: fc.constant(headers),
        rows: fc.array(fc.array(rawValueArb, { minLength: width, maxLength: width }), { maxLength: 6 }),
        merges: fc.array(
          fc.record({
            top: fc.integer({ min: 1, max: 10 }),
            left: fc.integer({ min: 1, max: 10 }),
            height: fc.integer({ min: 0, max: 3 }),
            width: fc.integer({ min: 0, max: 3 }),
          }),
          { maxLength: 2 },
        ),
      })
      .map((t) => ({
        ...t,
        merges: t.merges.map((m) => ({
          top: m.top,
          left: m.left,
          bottom: m.top + m.height,
          right: m.left + m.width,
        })),
      }));
  });
}

/** Every plan table, each maybe left out, each on its own sheet. */
export const generatedTablesArb: fc.Arbitrary<GeneratedTable[]> = fc
  .tuple(...PLAN_TABLES.map((def, i) => fc.option(tableArb(def, i), { freq: 5, nil: null })))
  .map((tables) => tables.filter((t): t is GeneratedTable => t !== null));

export function snapshotOfTables(tables: readonly GeneratedTable[]): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = tables.map((t) => {
    if (t.asTable) {
      const table = {
        name: t.def.name,
        sheet: t.sheet,
        top: t.top,
        left: t.left,
        headers: t.headers,
        rows: t.rows,
      };
      return { name: t.sheet, visibility: "visible", tables: [table], usedRange: null, merges: t.merges };
    }
    const usedRange = { top: t.top, left: t.left, rows: [t.headers.map((h) => h), ...t.rows] };
    return { name: t.sheet, visibility: "visible", tables: [], usedRange, merges: t.merges };
  });
  return { sheets };
}
