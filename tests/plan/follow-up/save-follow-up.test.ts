import { describe, expect, it } from "vitest";
import {
  locatePlanTables,
  openFollowUpForm,
  readPlanData,
  saveFollowUp,
  validatePlan,
  type FollowUpEntry,
  type FollowUpForm,
  type WorkbookPort,
} from "../../../src/plan";
import type { ExceljsWorkbook } from "../../../src/xlsx";
import { followUpRow, validPlanTables, type PlanTableRows } from "../../helpers/snapshot-builder";
import { bookWith } from "../../taskpane/plan-book";

const TODAY = "2026-05-04";
const REPORTER = { name: "Anna Svensson", date: TODAY };

function planWithIndicator(): PlanTableRows {
  const valid = validPlanTables();
  return {
    ...valid,
    Indikatorer: [{ Aktivitet: "1.1", Indikator: "Trygghetsvandringar", Målvärde: 8, Enhet: "st" }],
  };
}

async function followUpTable(port: WorkbookPort) {
  const plan = readPlanData(locatePlanTables(await port.readSnapshot()));
  return plan;
}

function typed(form: FollowUpForm, change: Partial<FollowUpEntry>): FollowUpEntry {
  return { ...form.entry, ...change };
}

async function open(book: ExceljsWorkbook, nr: string, period: "T1" | "T2" | "VB" = "T2") {
  return openFollowUpForm(await book.readSnapshot(), { nr, period, year: 2026 });
}

describe("saveFollowUp", () => {
  it("adds the activity's Uppföljning and Utfall rows with who reported and when", async () => {
    const book = await bookWith(planWithIndicator());
    const form = await open(book, "1.1");
    expect(form.rows.followUp.row).toBeNull();
    expect(form.indicators.map((i) => i.name)).toEqual(["Trygghetsvandringar"]);
    const result = await saveFollowUp(
      book,
      form,
      typed(form, {
        status: "Uppfyllt",
        done: "Två trygghetsvandringar.",
        meetings: "4",
        outcomes: { Trygghetsvandringar: "2,5" },
      }),
      { reporter: REPORTER, checkDate: TODAY },
    );
    expect(result.kind).toBe("saved");
    const plan = await followUpTable(book);
    const row = plan.followUps.find((f) => f.activity === "1.1" && f.period === "T2");
    expect(row).toMatchObject({
      year: 2026,
      status: "Uppfyllt",
      done: "Två trygghetsvandringar.",
      meetings: 4,
      reportedBy: "Anna Svensson",
      reportedOn: TODAY,
      comment: null,
    });
    expect(plan.outcomes).toEqual([
      expect.objectContaining({
        activity: "1.1",
        indicator: "Trygghetsvandringar",
        period: "T2",
        value: 2.5,
      }),
    ]);
    // The other follow-up rows are as they were.
    expect(plan.followUps.filter((f) => f.period === "T1").map((f) => f.done)).toEqual([
      "Fyra möten och en trygghetsvandring.",
      "Fyra möten och en trygghetsvandring.",
    ]);
    expect(validatePlan(await book.readSnapshot(), { checkDate: TODAY }).stats.errors).toBe(0);
  });

  it("writes into the row that is there, leaving the activity's other periods alone", async () => {
    const book = await bookWith(validPlanTables());
    const form = await open(book, "1.2", "T1");
    expect(form.rows.followUp.row).toBe(2);
    expect(form.entry.done).toBe("Fyra möten och en trygghetsvandring.");
    const result = await saveFollowUp(
      book,
      form,
      typed(form, { status: "Ej uppfyllt", comment: "Polisen saknades.", done: "Två möten." }),
      { reporter: REPORTER, checkDate: TODAY },
    );
    expect(result.kind).toBe("saved");
    const plan = await followUpTable(book);
    expect(plan.followUps).toHaveLength(2);
    expect(plan.followUps[1]).toMatchObject({
      activity: "1.2",
      status: "Ej uppfyllt",
      comment: "Polisen saknades.",
      done: "Två möten.",
      meetings: 4,
      reportedBy: "Anna Svensson",
    });
    expect(plan.followUps[0]).toMatchObject({
      activity: "1.1",
      reportedBy: null,
      done: "Fyra möten och en trygghetsvandring.",
    });
  });

  it("refuses what the validator refuses, with its message, on the field it concerns", async () => {
    const book = await bookWith(validPlanTables());
    const form = await open(book, "1.1");
    const result = await saveFollowUp(
      book,
      form,
      typed(form, { status: "Delvis uppfyllt", done: "Ett möte.", meetings: "två" }),
      { reporter: REPORTER, checkDate: TODAY },
    );
    expect(result.kind).toBe("invalid");
    if (result.kind !== "invalid") return;
    const byField = new Map(result.check.findings.map((f) => [f.field, f.finding]));
    expect(byField.get("comment")?.rule).toBe("goal-comment-missing");
    expect(byField.get("meetings")?.rule).toBe("type");
    // The same words the validator uses for the same cell once it is in the workbook.
    expect(byField.get("comment")?.message).toMatch(/Kommentar/);
    expect((await followUpTable(book)).followUps).toHaveLength(2);
  });

  it("does not overwrite a co-author's change made after the form opened, and shows it", async () => {
    const book = await bookWith(validPlanTables());
    const form = await open(book, "1.1", "T1");
    // A co-author edits the same row meanwhile.
    const other = await open(book, "1.1", "T1");
    const theirs = await saveFollowUp(book, other, typed(other, { done: "Deras text." }), {
      reporter: { name: "Kommunpolis Berg", date: TODAY },
      checkDate: TODAY,
    });
    expect(theirs.kind).toBe("saved");

    const result = await saveFollowUp(book, form, typed(form, { done: "Min text." }), {
      reporter: REPORTER,
      checkDate: TODAY,
    });
    expect(result.kind).toBe("changed");
    if (result.kind !== "changed") return;
    expect(result.theirs.entry.done).toBe("Deras text.");
    expect(result.theirs.reportedBy).toBe("Kommunpolis Berg");
    const row = (await followUpTable(book)).followUps[0];
    expect(row).toMatchObject({ done: "Deras text.", reportedBy: "Kommunpolis Berg" });

    // Saving again over the form as it is now is the user's choice to overwrite.
    const again = await saveFollowUp(book, result.theirs, typed(result.theirs, { done: "Min text." }), {
      reporter: REPORTER,
      checkDate: TODAY,
    });
    expect(again.kind).toBe("saved");
    expect((await followUpTable(book)).followUps[0]).toMatchObject({
      done: "Min text.",
      reportedBy: "Anna Svensson",
    });
  });

  it("saves where the row is now when a co-author only added rows meanwhile", async () => {
    const book = await bookWith(validPlanTables());
    const form = await open(book, "1.1");
    const located = locatePlanTables(await book.readSnapshot()).tables.get("Uppfoljning");
    if (!located) throw new Error("no Uppfoljning");
    const headers = located.location.headers;
    const coAuthorRow = headers.map(
      (h) => (followUpRow({ Aktivitet: "1.2", Period: "T2" }) as Record<string, unknown>)[h ?? ""] ?? null,
    );
    await book.appendRows(located.location, [coAuthorRow as never]);

    const result = await saveFollowUp(book, form, typed(form, { status: "Ej bedömt", done: "Inget ännu." }), {
      reporter: REPORTER,
      checkDate: TODAY,
    });
    expect(result.kind).toBe("saved");
    const rows = (await followUpTable(book)).followUps.map((f) => `${f.activity} ${f.period} ${f.done}`);
    expect(rows).toEqual([
      "1.1 T1 Fyra möten och en trygghetsvandring.",
      "1.2 T1 Fyra möten och en trygghetsvandring.",
      "1.2 T2 Fyra möten och en trygghetsvandring.",
      "1.1 T2 Inget ännu.",
    ]);
  });
});
