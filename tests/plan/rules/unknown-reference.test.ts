import { describe, expect, it } from "vitest";
import {
  activityRow,
  assessmentRow,
  coreParticipants,
  followUpRow,
  planSnapshot,
  planSnapshotWith,
  validPlanTables,
} from "../../helpers/snapshot-builder";
import { allFields, findingsOf, onlyFinding, validate } from "../support";

describe("validatePlan", () => {
  it("reports an activity whose area Nr does not exist", () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [...tables.Aktiviteter, activityRow({ Nr: "2.1" })];
    tables.Deltagare = [...tables.Deltagare, ...coreParticipants("2.1")];
    const report = validate(planSnapshot(tables));

    expect(allFields(report)).toEqual([
      {
        rule: "unknown-reference",
        severity: "error",
        table: "Aktiviteter",
        column: "Nr",
        row: 3,
        address: "Aktiviteter!A4",
        value: "2.1",
      },
    ]);
    // The areas' table is named by its sheet, Områden, not Omraden.
    expect(onlyFinding(report, "unknown-reference").message).toBe(
      "Aktivitet 2.1 hör till område 2, men det finns inget område med Nr 2 i Områden. " +
        "Lägg till området eller rätta aktivitetens nummer.",
    );
  });

  it("reports Deltagare, Indikatorer and Uppfoljning rows naming an unknown activity", () => {
    const tables = validPlanTables();
    tables.Deltagare = [...tables.Deltagare, { Aktivitet: "1.9", Part: "MTR", Kontakt: "Trygghetschef" }];
    tables.Indikatorer = [{ Aktivitet: "1.9", Indikator: "Trygghetsvandringar", Målvärde: 8 }];
    tables.Uppfoljning = [...tables.Uppfoljning, followUpRow({ Aktivitet: "1.9" })];
    const report = validate(planSnapshot(tables));

    expect(allFields(report)).toEqual([
      {
        rule: "unknown-reference",
        severity: "error",
        table: "Deltagare",
        column: "Aktivitet",
        row: 7,
        address: "Deltagare!A8",
        value: "1.9",
      },
      {
        rule: "unknown-reference",
        severity: "error",
        table: "Indikatorer",
        column: "Aktivitet",
        row: 1,
        address: "Indikatorer!A2",
        value: "1.9",
      },
      {
        rule: "unknown-reference",
        severity: "error",
        table: "Uppfoljning",
        column: "Aktivitet",
        row: 3,
        address: "'Uppföljning'!A4",
        value: "1.9",
      },
    ]);
    // One wrong Nr is one problem: the same message wherever it stands.
    expect(new Set(report.findings.map((f) => f.message))).toEqual(
      new Set(["Aktivitet 1.9 finns inte i Aktiviteter. Rätta numret eller lägg till aktiviteten."]),
    );
  });

  it("reports an Utfall row naming an indicator the activity does not have", () => {
    const tables = validPlanTables();
    tables.Indikatorer = [{ Aktivitet: "1.1", Indikator: "Trygghetsvandringar", Målvärde: 8 }];
    tables.Utfall = [
      { Aktivitet: "1.1", Indikator: "Centrumbesiktningar", År: 2026, Period: "T1", Värde: 1 },
      { Aktivitet: "1.9", Indikator: "Trygghetsvandringar", År: 2026, Period: "T1", Värde: 1 },
    ];
    const report = validate(planSnapshot(tables));

    // The unknown activity 1.9 is reported once, at Aktivitet, not again for its indicator.
    expect(allFields(report)).toEqual([
      {
        rule: "unknown-reference",
        severity: "error",
        table: "Utfall",
        column: "Indikator",
        row: 1,
        address: "Utfall!B2",
        value: "Centrumbesiktningar",
      },
      {
        rule: "unknown-reference",
        severity: "error",
        table: "Utfall",
        column: "Aktivitet",
        row: 2,
        address: "Utfall!A3",
        value: "1.9",
      },
    ]);
    expect(report.findings[0]?.message).toBe(
      'Indikatorn "Centrumbesiktningar" finns inte för aktivitet 1.1 i Indikatorer. ' +
        "Rätta namnet eller lägg till indikatorn.",
    );
  });

  it("does not report an indicator named in another case, nor check indicators without Indikatorer", () => {
    const tables = validPlanTables();
    tables.Indikatorer = [{ Aktivitet: "1.1", Indikator: "Trygghetsvandringar", Målvärde: 8 }];
    tables.Utfall = [
      { Aktivitet: "1.1", Indikator: " trygghetsvandringar ", År: 2026, Period: "T1", Värde: 3 },
    ];
    expect(validate(planSnapshot(tables)).findings).toEqual([]);

    const withoutIndicators = planSnapshot({
      Indikatorer: null,
      Utfall: [{ Aktivitet: "1.1", Indikator: "Centrumbesiktningar", År: 2026, Period: "T1", Värde: 1 }],
    });
    expect(findingsOf(validate(withoutIndicators), "unknown-reference")).toEqual([]);
  });

  it("does not report references when the referenced table has no Nr column", () => {
    const report = validate(
      planSnapshotWith({ Omraden: { headers: ["Område", "Övergripande mål och syfte", "Lägesbild"] } }),
    );

    // Only the missing column: activities 1.1 and 1.2 do not name "unknown" area 1.
    expect(allFields(report)).toEqual([
      {
        rule: "column-missing",
        severity: "error",
        table: "Omraden",
        column: "Nr",
        row: null,
        address: null,
        value: null,
      },
    ]);
  });
});

describe("validatePlan on Bedömning", () => {
  it("reports a Bedomning row naming an area Nr that Omraden does not have", () => {
    const tables = validPlanTables();
    tables.Bedomning = [assessmentRow(), assessmentRow({ Område: 3 })];
    const report = validate(planSnapshot(tables));

    expect(allFields(report)).toEqual([
      {
        rule: "unknown-reference",
        severity: "error",
        table: "Bedomning",
        column: "Område",
        row: 2,
        address: "'Bedömning'!A3",
        value: "3",
      },
    ]);
    const { message } = onlyFinding(report, "unknown-reference");
    expect(message).toBe('Område 3 finns inte i bladet "Områden". Rätta numret eller lägg till området.');
  });

  it("does not report an area Nr that Omraden has", () => {
    const tables = validPlanTables();
    tables.Omraden = [
      ...tables.Omraden,
      { Nr: 2, Område: "Unga", "Övergripande mål och syfte": "Färre unga i brott." },
    ];
    tables.Aktiviteter = [...tables.Aktiviteter, activityRow({ Nr: "2.1" })];
    tables.Deltagare = [...tables.Deltagare, ...coreParticipants("2.1")];
    tables.Uppfoljning = [...tables.Uppfoljning, followUpRow({ Aktivitet: "2.1" })];
    tables.Bedomning = [assessmentRow(), assessmentRow({ Område: 2 })];

    expect(validate(planSnapshot(tables)).findings).toEqual([]);
  });
});

describe("validatePlan, unknown-reference and cells it cannot read", () => {
  it("leaves an activity Nr that names no area, and a Bedömning row without Område, to the rules that read them", () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [...tables.Aktiviteter, activityRow({ Nr: "A" })];
    tables.Deltagare = [...tables.Deltagare, ...coreParticipants("A")];
    tables.Bedomning = [assessmentRow({ Område: null })];
    expect(findingsOf(validate(planSnapshot(tables)), "unknown-reference")).toEqual([]);
  });

  it("does not judge outcomes' indicators when Indikatorer has no Indikator column", () => {
    const report = validate(
      planSnapshotWith({
        Indikatorer: { headers: ["Aktivitet", "Målvärde"], rows: [{ Aktivitet: "1.1", Målvärde: 8 }] },
        Utfall: {
          rows: [{ Aktivitet: "1.1", Indikator: "Trygghetsvandringar", År: 2026, Period: "T1", Värde: 3 }],
        },
      }),
    );
    expect(report.findings.map((f) => [f.rule, f.table, f.column])).toEqual([
      ["column-missing", "Indikatorer", "Indikator"],
    ]);
  });

  it("passes over an outcome or an indicator without a name", () => {
    const tables = validPlanTables();
    tables.Indikatorer = [
      { Aktivitet: "1.1", Indikator: null, Målvärde: 8 },
      { Aktivitet: "1.1", Indikator: "Trygghetsvandringar", Målvärde: 8 },
    ];
    tables.Utfall = [
      { Aktivitet: "1.1", Indikator: null, År: 2026, Period: "T1", Värde: 3 },
      { Aktivitet: "1.1", Indikator: "Trygghetsvandringar", År: 2026, Period: "T1", Värde: 3 },
    ];
    expect(findingsOf(validate(planSnapshot(tables)), "unknown-reference")).toEqual([]);
  });
});
