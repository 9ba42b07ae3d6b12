import { describe, expect, it } from "vitest";
import {
  numberCell,
  openFollowUpForm,
  plannedRows,
  rawDate,
  type CellInput,
  type FollowUpEntry,
  type FollowUpForm,
  type PlannedRow,
  type Reporter,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { followUpRow, planSnapshot, planSnapshotWith } from "../../helpers/snapshot-builder";

const TODAY = "2026-09-14";
const ANNA: Reporter = { name: "Anna Svensson", date: TODAY };

/** Each planned row as its table, its row (null: added) and the cells it writes by header. */
function written(rows: readonly PlannedRow[]) {
  return rows.map((p) => ({
    table: p.read.table,
    row: p.row,
    cells: Object.fromEntries(
      [...p.cells].map(([column, value]): [string, CellInput] => [
        p.location.headers[column] ?? `kolumn ${column}`,
        value,
      ]),
    ),
  }));
}

function open(snapshot: WorkbookSnapshot, period: "T1" | "T2" = "T1"): FollowUpForm {
  return openFollowUpForm(snapshot, { nr: "1.1", period, year: 2026 });
}

function typed(form: FollowUpForm, change: Partial<FollowUpEntry>): FollowUpEntry {
  return { ...form.entry, ...change };
}

/** Activity 1.1's T1 row, already reported by Anna today, with Målet nått in lower case. */
const reported = planSnapshot({
  Uppfoljning: [
    followUpRow({
      "Målet nått": "uppfyllt",
      Kommentar: "Bra uppslutning.",
      "Rapporterad av": "Anna Svensson",
      Rapportdatum: rawDate(TODAY),
    }),
    followUpRow({ Aktivitet: "1.2" }),
  ],
});

describe("plannedRows into rows that are there", () => {
  it("writes only who reported and when when nothing else changed, even when those are the same", () => {
    const form = open(reported);
    expect(form.entry.status).toBe("Uppfyllt");
    expect(written(plannedRows(form, form.entry, ANNA))).toEqual([
      {
        table: "Uppfoljning",
        row: 1,
        cells: { "Rapporterad av": "Anna Svensson", Rapportdatum: rawDate(TODAY) },
      },
    ]);
  });

  it("writes what changed, trimmed, an emptied field as an empty cell, and no key cells", () => {
    const form = open(reported);
    const entry = typed(form, {
      status: "Delvis uppfyllt",
      comment: "  Polisen saknades.  ",
      done: "   ",
      meetings: " 3 ",
    });
    expect(written(plannedRows(form, entry, { name: "  Kommunpolis Berg ", date: TODAY }))).toEqual([
      {
        table: "Uppfoljning",
        row: 1,
        cells: {
          "Målet nått": "Delvis uppfyllt",
          Kommentar: "Polisen saknades.",
          "Genomförda aktiviteter": null,
          "Antal möten": 3,
          "Rapporterad av": "Kommunpolis Berg",
          Rapportdatum: rawDate(TODAY),
        },
      },
    ]);
  });

  it("leaves Rapporterad av as it is when the host does not know the user's name", () => {
    const form = open(reported);
    for (const name of [null, "", "   "]) {
      expect(written(plannedRows(form, form.entry, { name, date: "2026-09-15" }))).toEqual([
        { table: "Uppfoljning", row: 1, cells: { Rapportdatum: rawDate("2026-09-15") } },
      ]);
    }
  });

  it("writes nothing when the table has none of the changed columns", () => {
    const form = open(
      planSnapshotWith({
        Uppfoljning: { headers: ["Aktivitet", "År", "Period", "Målet nått", "Genomförda aktiviteter"] },
      }),
    );
    expect(
      plannedRows(form, typed(form, { comment: "Ingen kolumn för detta.", meetings: "5" }), ANNA),
    ).toEqual([]);
  });
});

describe("plannedRows into rows not there yet", () => {
  const snapshot = planSnapshot({
    Indikatorer: ["Trygghetsvandringar", "Deltagare"].map((name) => ({ Aktivitet: "1.1", Indikator: name })),
  });

  it("adds Uppföljning, each typed Utfall and the area's Bedömning, with their keys, in that order", () => {
    const form = open(snapshot, "T2");
    const entry = typed(form, {
      status: "Uppfyllt",
      done: "Två trygghetsvandringar.",
      outcomes: { Trygghetsvandringar: "2,5" },
      summary: " Tryggheten har ökat. ",
      analysis: "Fler vandringar på kvällstid.",
      nextSteps: "Fortsätt.",
    });
    expect(written(plannedRows(form, entry, ANNA))).toEqual([
      {
        table: "Uppfoljning",
        row: null,
        cells: {
          Aktivitet: "1.1",
          År: 2026,
          Period: "T2",
          "Målet nått": "Uppfyllt",
          "Genomförda aktiviteter": "Två trygghetsvandringar.",
          "Rapporterad av": "Anna Svensson",
          Rapportdatum: rawDate(TODAY),
        },
      },
      {
        table: "Utfall",
        row: null,
        cells: { Aktivitet: "1.1", Indikator: "Trygghetsvandringar", År: 2026, Period: "T2", Värde: 2.5 },
      },
      {
        table: "Bedomning",
        row: null,
        cells: {
          Område: 1,
          År: 2026,
          Period: "T2",
          "Samlad bedömning": "Tryggheten har ökat.",
          Analys: "Fler vandringar på kvällstid.",
          "Åtgärder framåt": "Fortsätt.",
        },
      },
    ]);
  });

  it("adds no Utfall or Bedömning row where nothing is typed", () => {
    const form = open(snapshot, "T2");
    const entry = typed(form, { done: "Ett möte.", outcomes: { Deltagare: "  " } });
    expect(written(plannedRows(form, entry, ANNA)).map((r) => r.table)).toEqual(["Uppfoljning"]);
  });

  it("writes only the Uppföljning row for a plan without Utfall and Bedömning tables", () => {
    const form = open(planSnapshot({ Utfall: null, Bedomning: null }), "T2");
    const entry = typed(form, { done: "Ett möte.", outcomes: { Deltagare: "3" }, summary: "Bra." });
    expect(written(plannedRows(form, entry, ANNA)).map((r) => r.table)).toEqual(["Uppfoljning"]);
  });
});

describe("numberCell", () => {
  it("reads a number as a Swede types it and keeps anything else as typed, trimmed", () => {
    const cases: [string, CellInput][] = [
      ["4", 4],
      ["2,5", 2.5],
      ["-3", -3],
      [" 1 000 ", 1000],
      ["1\u00a0000", 1000],
      ["", null],
      ["   ", null],
      [" två ", "två"],
      ["2,5 st", "2,5 st"],
    ];
    expect(cases.map(([text]) => [text, numberCell(text)])).toEqual(cases);
  });
});
