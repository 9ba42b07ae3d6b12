/**
 * The form's check: which findings of the validator belong to the rows saving would write,
 * on which field of the form each shows, and when they stop the save.
 */
import { describe, expect, it } from "vitest";
import {
  checkFollowUpEntry,
  openFollowUpForm,
  rawError,
  type FollowUpEntry,
  type FormCheck,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { assessmentRow, followUpRow, planSnapshotWith, type RowInput } from "../../helpers/snapshot-builder";
import { oneSheetPerName } from "./shared-sheet";

const TODAY = "2026-05-04";

function check(snapshot: WorkbookSnapshot, change: Partial<FollowUpEntry>, checkDate = TODAY) {
  const form = openFollowUpForm(snapshot, { nr: "1.1", period: "T1", year: 2026 });
  return checkFollowUpEntry(
    form,
    { ...form.entry, ...change },
    { name: "Anna Svensson", date: checkDate },
    checkDate,
  );
}

/** What the form shows: each finding's field, rule, severity, cell and words. */
function shown(result: FormCheck) {
  return result.findings.map(({ field, finding }) => ({
    field,
    rule: finding.rule,
    severity: finding.severity,
    table: finding.table,
    column: finding.column,
    row: finding.row,
    message: finding.message,
  }));
}

const INDICATORS = {
  rows: [
    { Aktivitet: "1.1", Indikator: "Trygghetsvandringar", Målvärde: 8 },
    { Aktivitet: "1.1", Indikator: "Anmälda brott", Målvärde: 100 },
  ],
};

function outcome(indicator: string, value: number): RowInput {
  return { Aktivitet: "1.1", Indikator: indicator, År: 2026, Period: "T1", Värde: value };
}

describe("checkFollowUpEntry", () => {
  it("puts a bad Utfall on its own indicator's field", () => {
    const result = check(planSnapshotWith({ Indikatorer: INDICATORS, Utfall: { rows: [] } }), {
      outcomes: { Trygghetsvandringar: "3", "Anmälda brott": "många" },
    });
    expect(shown(result)).toEqual([
      {
        field: "outcome:Anmälda brott",
        rule: "type",
        severity: "error",
        table: "Utfall",
        column: "Värde",
        row: 2,
        message: '"Värde" ska vara ett tal, till exempel 12 eller 2,5, men är "många".',
      },
    ]);
    expect(result.blocked).toBe(true);
  });

  it("shows a bad cell of a written Utfall row that the form does not hold on no field", () => {
    const result = check(
      planSnapshotWith({
        Indikatorer: INDICATORS,
        Utfall: { rows: [{ ...outcome("Trygghetsvandringar", 2), Kommentar: rawError("#N/A") }] },
      }),
      { outcomes: { Trygghetsvandringar: "3", "Anmälda brott": "" } },
    );
    expect(shown(result)).toEqual([
      {
        field: null,
        rule: "formula-error",
        severity: "error",
        table: "Utfall",
        column: "Kommentar",
        row: 1,
        message: '"Kommentar" visar felvärdet #N/A. Rätta formeln eller skriv in värdet direkt.',
      },
    ]);
    expect(result.blocked).toBe(false);
  });

  it("puts a missing Samlad bedömning on the assessment's field", () => {
    const result = check(planSnapshotWith({}), { summary: "", analysis: "Färre anmälningar än väntat." });
    expect(shown(result)).toEqual([
      {
        field: "summary",
        rule: "required",
        severity: "error",
        table: "Bedomning",
        column: "Samlad bedömning",
        row: 1,
        message: '"Samlad bedömning" måste fyllas i för område 1, T1 2026.',
      },
    ]);
    expect(result.blocked).toBe(true);
  });

  it("shows a problem with a written row's key on no field, and lets the save go on", () => {
    const twice = <T>(row: T): T[] => [row, row];
    const result = check(
      planSnapshotWith({
        Indikatorer: INDICATORS,
        Uppfoljning: { rows: twice(followUpRow()) },
        Utfall: { rows: twice(outcome("Trygghetsvandringar", 2)) },
        Bedomning: { rows: twice(assessmentRow()) },
      }),
      {
        done: "Nytt.",
        outcomes: { Trygghetsvandringar: "3", "Anmälda brott": "" },
        summary: "Ny bedömning.",
      },
    );
    const duplicate = (table: string, row: number, message: string) => ({
      field: null,
      rule: "duplicate-key",
      severity: "error",
      table,
      column: "Period",
      row,
      message,
    });
    expect(shown(result)).toEqual([
      duplicate(
        "Uppfoljning",
        1,
        "Aktivitet, År och Period (1.1, 2026, T1) finns på flera rader i Uppföljning: rad 2 och 3. " +
          "Slå ihop raderna eller ändra en av dem.",
      ),
      duplicate(
        "Utfall",
        1,
        "Aktivitet, Indikator, År och Period (1.1, Trygghetsvandringar, 2026, T1) finns på flera rader " +
          "i Utfall: rad 2 och 3. Slå ihop raderna eller ändra en av dem.",
      ),
      duplicate(
        "Bedomning",
        1,
        "Område, År och Period (1, 2026, T1) finns på flera rader i Bedömning: rad 2 och 3. " +
          "Slå ihop raderna eller ändra en av dem.",
      ),
    ]);
    expect(result.blocked).toBe(false);
  });

  it("keeps other rows' findings out, and a finding without a column of its own off the fields", () => {
    // No Kommentar column: the missing comment cannot be typed in the form, so it does not block.
    const headers = ["Aktivitet", "År", "Period", "Målet nått", "Genomförda aktiviteter", "Antal möten"];
    const result = check(
      planSnapshotWith({
        Uppfoljning: {
          headers: [...headers, "Rapporterad av", "Rapportdatum"],
          rows: [followUpRow(), followUpRow({ Aktivitet: "1.2", "Målet nått": "Ej uppfyllt" })],
        },
      }),
      { status: "Delvis uppfyllt", meetings: "1" },
    );
    expect(shown(result)).toEqual([
      {
        field: null,
        rule: "goal-comment-missing",
        severity: "error",
        table: "Uppfoljning",
        column: null,
        row: 1,
        message:
          'Målet är "Delvis uppfyllt" för aktivitet 1.1, T1 2026, men Kommentar är tom. ' +
          "Förklara varför målet inte är helt nått och vad som görs.",
      },
      {
        field: "meetings",
        rule: "meetings-below-plan",
        severity: "info",
        table: "Uppfoljning",
        column: "Antal möten",
        row: 1,
        message:
          'Aktivitet 1.1 höll 1 möte under T1 2026, men mötesfrekvensen "1 gång/månad" motsvarar ' +
          "ungefär 4 möten. Kommentera gärna varför.",
      },
    ]);
    expect(result.blocked).toBe(false);
  });

  it("checks the form's Uppföljning row on the day given even when saving would not write it", () => {
    // Without Rapporterad av and Rapportdatum, an unchanged entry writes nothing.
    const headers = [
      "Aktivitet",
      "År",
      "Period",
      "Målet nått",
      "Kommentar",
      "Genomförda aktiviteter",
      "Antal möten",
    ];
    const snapshot = planSnapshotWith({
      Uppfoljning: {
        headers,
        rows: [{ Aktivitet: "1.1", År: 2026, Period: "T1" }, followUpRow({ Aktivitet: "1.2" })],
      },
    });
    const after = check(snapshot, {}, "2026-05-20");
    expect(shown(after)).toEqual([
      {
        field: "status",
        rule: "follow-up-missing",
        severity: "warning",
        table: "Uppfoljning",
        column: "Målet nått",
        row: 1,
        message:
          "Uppföljningen för aktivitet 1.1, T1 2026 är inte ifylld (rapportdagen var 2026-05-15). " +
          "Fyll i Målet nått och Genomförda aktiviteter på rad 2 i Uppföljning.",
      },
    ]);
    expect(after.blocked).toBe(false);
    // Before the deadline the same row is only prepared: nothing to say.
    expect(check(snapshot, {}, "2026-05-15")).toEqual({ findings: [], blocked: false });
  });
});

describe("checkFollowUpEntry with tables that share a sheet", () => {
  it("checks every row saving writes, Uppföljning's too", () => {
    const snapshot = oneSheetPerName(
      planSnapshotWith({ Indikatorer: INDICATORS, Utfall: { sheet: "Uppföljning", rows: [] } }),
    );
    expect(snapshot.sheets.find((s) => s.name === "Uppföljning")?.tables.map((t) => t.name)).toEqual([
      "Uppfoljning",
      "Utfall",
    ]);
    const result = check(snapshot, {
      meetings: "två",
      outcomes: { Trygghetsvandringar: "3", "Anmälda brott": "" },
    });
    expect(shown(result)).toEqual([
      {
        field: "meetings",
        rule: "type",
        severity: "error",
        table: "Uppfoljning",
        column: "Antal möten",
        row: 1,
        message:
          '"Antal möten" ska vara ett antal möten, ett heltal från 0 och uppåt (till exempel 4), men är "två".',
      },
    ]);
    expect(result.blocked).toBe(true);
  });
});
