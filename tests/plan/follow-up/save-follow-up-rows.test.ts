/**
 * Saving a follow-up without a workbook: the exact batch written (rows, cells, the cells
 * checked first), when a co-author's change stops the save, and how often rows that only
 * moved are read again. The port here records the batches and answers as told.
 */
import { describe, expect, it } from "vitest";
import {
  openFollowUpForm,
  plannedRows,
  PlanError,
  rawDate,
  rowsWrite,
  sameWrittenParts,
  saveFollowUp,
  type FollowUpEntry,
  type FollowUpForm,
  type RowsWrite,
  type RowsWriteResult,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { assessmentRow, followUpRow, planSnapshotWith } from "../../helpers/snapshot-builder";
import { oneSheetPerName } from "./shared-sheet";

const TODAY = "2026-05-04";
const REPORTER = { name: "Anna Svensson", date: TODAY };
const OPTIONS = { reporter: REPORTER, checkDate: TODAY };
const INDICATOR = { rows: [{ Aktivitet: "1.1", Indikator: "Trygghetsvandringar", Målvärde: 8 }] };

/** The valid plan with an indicator for 1.1 and its T1 Utfall (2) on the Uppföljning sheet. */
function planSnapshot(followUps = [followUpRow(), followUpRow({ Aktivitet: "1.2" })]): WorkbookSnapshot {
  return oneSheetPerName(
    planSnapshotWith({
      Indikatorer: INDICATOR,
      Uppfoljning: { rows: followUps },
      Utfall: {
        sheet: "Uppföljning",
        rows: [{ Aktivitet: "1.1", Indikator: "Trygghetsvandringar", År: 2026, Period: "T1", Värde: 2 }],
      },
      Bedomning: { rows: [assessmentRow()] },
    }),
  );
}

function formOf(snapshot: WorkbookSnapshot, period: "T1" | "T2" = "T1"): FollowUpForm {
  return openFollowUpForm(snapshot, { nr: "1.1", period, year: 2026 });
}

function typed(form: FollowUpForm, change: Partial<FollowUpEntry>): FollowUpEntry {
  return { ...form.entry, ...change };
}

/** A port that records each batch and answers with the next result; reads give the next snapshot. */
class ScriptedPort implements WorkbookPort {
  readonly writes: RowsWrite[] = [];
  constructor(
    private readonly results: RowsWriteResult[],
    private readonly snapshots: WorkbookSnapshot[],
  ) {}
  readSnapshot(): Promise<WorkbookSnapshot> {
    const next = this.snapshots.length > 1 ? this.snapshots.shift() : this.snapshots[0];
    if (!next) throw new Error("no snapshot");
    return Promise.resolve(next);
  }
  writeRows(write: RowsWrite): Promise<RowsWriteResult> {
    this.writes.push(write);
    // A save that never stops must fail the test, not hang it.
    if (this.writes.length > 10) throw new Error("writeRows called too often");
    const result = this.results.length > 1 ? this.results.shift() : this.results[0];
    if (!result) throw new Error("no result");
    return Promise.resolve(result);
  }
  createTables(): Promise<void> {
    throw new Error("not used");
  }
  appendRows(): Promise<void> {
    throw new Error("not used");
  }
  writeSheet(): never {
    throw new Error("not used");
  }
}

const MOVED: RowsWriteResult = { written: false, changed: [{ table: "Uppfoljning", row: null }] };

describe("rowsWrite", () => {
  it("adds a new period's rows, one batch per table, even with the tables on one sheet", () => {
    const form = formOf(planSnapshot(), "T2");
    const planned = plannedRows(
      form,
      typed(form, {
        status: "Uppfyllt",
        done: "Två vandringar.",
        meetings: "4",
        outcomes: { Trygghetsvandringar: "2,5" },
      }),
      REPORTER,
    );
    expect(rowsWrite(planned)).toStrictEqual({
      updates: [],
      appends: [
        {
          location: form.rows.followUp.location,
          rows: [
            ["1.1", 2026, "T2", "Uppfyllt", null, "Två vandringar.", 4, "Anna Svensson", rawDate(TODAY)],
          ],
        },
        {
          location: form.rows.outcomes?.get("Trygghetsvandringar")?.location,
          rows: [["1.1", "Trygghetsvandringar", 2026, "T2", 2.5, null]],
        },
      ],
    });
    expect(form.rows.followUp.location.sheet).toBe(
      form.rows.outcomes?.get("Trygghetsvandringar")?.location.sheet,
    );
  });

  it("changes only the cells that change in the rows that are there, checking each row as read", () => {
    const form = formOf(planSnapshot());
    const planned = plannedRows(
      form,
      typed(form, {
        done: "Två möten.",
        outcomes: { Trygghetsvandringar: "3" },
        summary: "Bättre än väntat.",
      }),
      REPORTER,
    );
    const write = rowsWrite(planned);
    expect(write.appends).toEqual([]);
    expect(write.updates.map(({ location, ...rest }) => ({ table: location.table, ...rest }))).toStrictEqual([
      {
        table: "Uppfoljning",
        row: 1,
        expected: [
          { column: 0, value: "1.1" },
          { column: 1, value: 2026 },
          { column: 2, value: "T1" },
          { column: 3, value: "Uppfyllt" },
          { column: 4, value: null },
          { column: 5, value: "Fyra möten och en trygghetsvandring." },
          { column: 6, value: 4 },
          { column: 7, value: null },
          { column: 8, value: null },
        ],
        cells: [
          { column: 5, value: "Två möten." },
          { column: 8, value: rawDate(TODAY) },
          { column: 7, value: "Anna Svensson" },
        ],
      },
      {
        table: "Utfall",
        row: 1,
        expected: [
          { column: 0, value: "1.1" },
          { column: 1, value: "Trygghetsvandringar" },
          { column: 2, value: 2026 },
          { column: 3, value: "T1" },
          { column: 4, value: 2 },
          { column: 5, value: null },
        ],
        cells: [{ column: 4, value: 3 }],
      },
      {
        table: "Bedomning",
        row: 1,
        expected: [
          { column: 0, value: 1 },
          { column: 1, value: 2026 },
          { column: 2, value: "T1" },
          { column: 3, value: "Arbetet går enligt plan." },
          { column: 4, value: null },
          { column: 5, value: null },
        ],
        cells: [{ column: 3, value: "Bättre än väntat." }],
      },
    ]);
  });
});

describe("sameWrittenParts", () => {
  const before = formOf(planSnapshot());
  const all = plannedRows(
    before,
    typed(before, {
      done: "Två möten.",
      outcomes: { Trygghetsvandringar: "3" },
      summary: "Bättre än väntat.",
    }),
    REPORTER,
  );
  const onlyFollowUp = plannedRows(before, typed(before, { done: "Två möten." }), REPORTER);
  const now = (change: Partial<FollowUpEntry>, who: Partial<FollowUpForm> = {}): FollowUpForm => ({
    ...before,
    ...who,
    entry: typed(before, change),
  });

  it("holds when nothing saving writes has changed", () => {
    expect(all.map((p) => p.read.table)).toEqual(["Uppfoljning", "Utfall", "Bedomning"]);
    expect(sameWrittenParts(before, now({}), all)).toBe(true);
    // Bedömning is not written: a change to it is no conflict.
    expect(onlyFollowUp.map((p) => p.read.table)).toEqual(["Uppfoljning"]);
    expect(sameWrittenParts(before, now({ summary: "Deras bedömning.", outcomes: {} }), onlyFollowUp)).toBe(
      true,
    );
  });

  it.each<[string, Partial<FollowUpEntry>, Partial<FollowUpForm>]>([
    ["Målet nått", { status: "Ej uppfyllt" }, {}],
    ["Kommentar", { comment: "Deras kommentar." }, {}],
    ["Genomförda aktiviteter", { done: "Deras text." }, {}],
    ["Antal möten", { meetings: "5" }, {}],
    ["Rapporterad av", {}, { reportedBy: "Kommunpolis Berg" }],
    ["Rapportdatum", {}, { reportedOn: "2026-05-03" }],
    ["Utfall", { outcomes: { Trygghetsvandringar: "7" } }, {}],
    ["Samlad bedömning", { summary: "Deras bedömning." }, {}],
    ["Analys", { analysis: "Deras analys." }, {}],
    ["Åtgärder framåt", { nextSteps: "Deras åtgärder." }, {}],
  ])("fails when a co-author changed %s", (_, change, who) => {
    expect(sameWrittenParts(before, now(change, who), all)).toBe(false);
  });

  it("reads an indicator no one has a value for as empty on either side", () => {
    const empty = formOf(planSnapshot(), "T2");
    const planned = plannedRows(empty, typed(empty, { outcomes: { Trygghetsvandringar: "3" } }), REPORTER);
    expect(planned.map((p) => p.read.table)).toEqual(["Uppfoljning", "Utfall"]);
    const without = { ...empty, entry: { ...empty.entry, outcomes: {} } };
    expect(sameWrittenParts(empty, without, planned)).toBe(true);
    expect(sameWrittenParts(without, empty, planned)).toBe(true);
  });

  it("fails for a row that is not one the form read", () => {
    const other = formOf(planSnapshot());
    const planned = plannedRows(other, typed(other, { outcomes: { Trygghetsvandringar: "3" } }), REPORTER);
    expect(sameWrittenParts(before, now({}), planned.slice(1))).toBe(false);
    expect(sameWrittenParts(other, other, planned.slice(1))).toBe(true);
  });
});

describe("saveFollowUp", () => {
  it("writes nothing when the check finds an error", async () => {
    const form = formOf(planSnapshot());
    const port = new ScriptedPort([{ written: true }], [planSnapshot()]);
    const result = await saveFollowUp(port, form, typed(form, { meetings: "två" }), OPTIONS);
    expect(result.kind).toBe("invalid");
    expect(port.writes).toEqual([]);
  });

  it("saves the rows where they are now when the first try met rows that only moved", async () => {
    const form = formOf(planSnapshot());
    // Meanwhile a row was put above: 1.1 T1 is now data row 2.
    const moved = planSnapshot([
      followUpRow({ Aktivitet: "1.2" }),
      followUpRow(),
      followUpRow({ Aktivitet: "1.2", Period: "T2" }),
    ]);
    const port = new ScriptedPort([MOVED, { written: true }], [moved]);
    const result = await saveFollowUp(port, form, typed(form, { done: "Två möten." }), OPTIONS);
    expect(result).toEqual({ kind: "saved", form: formOf(moved) });
    expect(port.writes.map((w) => w.updates.map((u) => [u.location.table, u.row]))).toEqual([
      [["Uppfoljning", 1]],
      [["Uppfoljning", 2]],
    ]);
  });

  it("shows the co-author's version when the rows it writes changed", async () => {
    const form = formOf(planSnapshot());
    const theirs = planSnapshot([followUpRow({ "Genomförda aktiviteter": "Deras text." })]);
    const port = new ScriptedPort([MOVED], [theirs]);
    const result = await saveFollowUp(port, form, typed(form, { done: "Min text." }), OPTIONS);
    expect(result).toEqual({ kind: "changed", theirs: formOf(theirs) });
    expect(port.writes).toHaveLength(1);
  });

  it("gives up after three tries when the workbook keeps changing around the rows", async () => {
    const form = formOf(planSnapshot());
    const port = new ScriptedPort([MOVED], [planSnapshot()]);
    const save = saveFollowUp(port, form, typed(form, { done: "Två möten." }), OPTIONS);
    await expect(save).rejects.toThrow(PlanError);
    await expect(save).rejects.toMatchObject({
      userMessage:
        "Arbetsboken ändrades hela tiden medan uppföljningen skulle sparas, så den sparades inte. " +
        "Vänta en stund och försök igen.",
    });
    expect(port.writes).toHaveLength(3);
  });
});
