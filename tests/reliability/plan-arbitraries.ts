/**
 * Valid plans for the write round trips: 1–3 areas of 1–3 activities, the three core parties
 * each, indicators, follow-up and outcomes for 2026, with free text anywhere text is allowed
 * (formula-like text, emoji, right-to-left, tabs and line breaks). Rows keyed by header.
 */
import fc from "fast-check";
import { rawDate, type RawValue, type TableName } from "../../src/plan";
import type { RowInput } from "../helpers/snapshot-builder";

/** Free text that is never blank. */
export const freeTextArb = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }),
    fc.string({ unit: "binary", minLength: 1, maxLength: 8 }),
    fc.constantFrom(
      "=SUM(A1:A3)",
      "+46 8 508 000 00",
      "-1",
      "@Kommunpolis",
      '=HYPERLINK("x")',
      "مرحبا",
      "👮‍♀️ möte\tkväll\nfredag",
      "halv\uD800surrogat",
      "tecken\uFFFE",
      "klocka\u0007",
    ),
  )
  .filter((t) => t.trim() !== "");

const STATUSES = ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömt"] as const;
const PERIOD_DATES = { T1: "2026-04-20", T2: "2026-08-25", VB: "2026-12-20" } as const;
const FREQUENCIES = ["1 gång/månad", "Varannan vecka", "Vid behov", "6 gånger per år"];

const followUpArb = fc.record({
  status: fc.constantFrom(...STATUSES),
  comment: freeTextArb,
  done: freeTextArb,
  meetings: fc.integer({ min: 0, max: 60 }),
  by: fc.option(freeTextArb, { nil: null }),
  dated: fc.boolean(),
});

const activityArb = fc.record({
  name: freeTextArb,
  purpose: freeTextArb,
  goal: fc.option(freeTextArb, { nil: null }),
  convener: freeTextArb,
  frequency: fc.constantFrom(...FREQUENCIES),
  indicators: fc.uniqueArray(freeTextArb, { maxLength: 2, selector: (t) => t.trim().toLowerCase() }),
  target: fc.integer({ min: 0, max: 100 }),
  outcome: fc.integer({ min: 0, max: 100 }),
  followUps: fc.record({
    T1: fc.option(followUpArb, { nil: null }),
    T2: fc.option(followUpArb, { nil: null }),
    VB: fc.option(followUpArb, { nil: null }),
  }),
});

const areaArb = fc.record({
  name: freeTextArb,
  goal: freeTextArb,
  activities: fc.array(activityArb, { minLength: 1, maxLength: 3 }),
});

export type PlanRows = Omit<Record<TableName, RowInput[]>, "Bedomning"> & { Bedomning?: RowInput[] };

/** A valid plan (no error-severity findings) as rows keyed by header. */
export const validPlanArb: fc.Arbitrary<PlanRows> = fc
  .record({
    title: freeTextArb,
    district: freeTextArb,
    areas: fc.array(areaArb, { minLength: 1, maxLength: 3 }),
  })
  .map(({ title, district, areas }) => {
    const rows: PlanRows = {
      Plan: [{ Titel: title, Stadsdelsförvaltning: district, År: 2026 }],
      Omraden: [],
      Aktiviteter: [],
      Deltagare: [],
      Indikatorer: [],
      Uppfoljning: [],
      Utfall: [],
      Bedomning: [],
    };
    areas.forEach((area, a) => {
      rows.Omraden.push({ Nr: a + 1, Område: area.name, "Övergripande mål och syfte": area.goal });
      area.activities.forEach((activity, k) => {
        const nr = `${a + 1}.${k + 1}`;
        rows.Aktiviteter.push({
          Nr: nr,
          Aktivitet: activity.name,
          "Beskrivning och syfte": activity.purpose,
          "Mätbara mål": activity.goal,
          Löptid: "Tillsvidare",
          Mötesfrekvens: activity.frequency,
          Sammankallande: activity.convener,
        });
        for (const Part of ["Stadsdelsförvaltningen", "Polisen", "Utbildningsförvaltningen"]) {
          rows.Deltagare.push({ Aktivitet: nr, Part, Kontakt: `Kontakt ${Part}` });
        }
        for (const Indikator of activity.indicators) {
          rows.Indikatorer.push({ Aktivitet: nr, Indikator, Målvärde: activity.target, Enhet: "per år" });
        }
        for (const period of ["T1", "T2", "VB"] as const) {
          const f = activity.followUps[period];
          if (f === null) continue;
          const row: Record<string, RawValue> = {
            Aktivitet: nr,
            År: 2026,
            Period: period,
            "Målet nått": f.status,
            Kommentar: f.comment,
            "Genomförda aktiviteter": `${period}: ${f.done}`,
            "Antal möten": f.meetings,
            "Rapporterad av": f.by,
            Rapportdatum: f.dated ? rawDate(PERIOD_DATES[period]) : null,
          };
          rows.Uppfoljning.push(row);
          for (const Indikator of activity.indicators) {
            rows.Utfall.push({ Aktivitet: nr, Indikator, År: 2026, Period: period, Värde: activity.outcome });
          }
        }
      });
    });
    return rows;
  });
