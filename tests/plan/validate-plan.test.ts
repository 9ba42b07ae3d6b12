import { describe, expect, it } from "vitest";
import { columnNumber, rawError, tableDef, type Finding, type TableName } from "../../src/plan";
import {
  activityRow,
  coreParticipants,
  followUpRow,
  planInputs,
  planSnapshot,
  snapshotOf,
  validPlanTables,
  withMerges,
  type TableInput,
} from "../helpers/snapshot-builder";
import { validate } from "./support";

describe("validatePlan", () => {
  it("reports nothing for the valid plan before the T1 deadline", () => {
    expect(validate(planSnapshot(), "2026-05-10")).toEqual({
      valid: true,
      stats: { errors: 0, warnings: 0, info: 0 },
      findings: [],
    });
  });

  it("collects every finding, sorted by table in contract order, then row, then column", () => {
    const tables = validPlanTables();
    const inputs = planInputs({
      Plan: { rows: [{ ...tables.Plan[0], År: "tjugo" }] },
      Omraden: { headers: ["Nr", "Område", "Övergripande mål och syfte", "Ansvarig"] },
      Aktiviteter: {
        rows: [
          activityRow({ Nr: "1.1", Löptid: "snart", Mötesfrekvens: "?", Sammankallande: null }),
          activityRow({ Nr: "1.2", "Mätbara mål": "Under framtagande." }),
        ],
      },
      Deltagare: { rows: [...tables.Deltagare, { Aktivitet: "1.9", Part: "MTR", Kontakt: "Trygghetschef" }] },
      Uppfoljning: {
        rows: [followUpRow({ Aktivitet: "1.1" }), followUpRow({ Aktivitet: "1.2", Period: "T3" })],
      },
      Utfall: {
        rows: [{ Aktivitet: "1.1", Indikator: "Trygghetsvandringar", År: 2026, Period: "T1", Värde: "tre" }],
      },
    });
    const report = validate(snapshotOf(inputs));

    expect(report.findings.map((f) => [f.rule, f.table, f.row, f.address])).toEqual([
      ["type", "Plan", 1, "Plan!D2"],
      ["column-unknown", "Omraden", null, "'Områden'!D1"],
      ["pattern", "Aktiviteter", 1, "Aktiviteter!E2"],
      ["meeting-frequency-unset", "Aktiviteter", 1, "Aktiviteter!F2"],
      ["required", "Aktiviteter", 1, "Aktiviteter!G2"],
      ["measurable-goal-missing", "Aktiviteter", 2, "Aktiviteter!D3"],
      ["unknown-reference", "Deltagare", 7, "Deltagare!A8"],
      ["enum", "Uppfoljning", 2, "'Uppföljning'!C3"],
      ["unknown-reference", "Utfall", 1, "Utfall!B2"],
      ["type", "Utfall", 1, "Utfall!E2"],
    ]);
    expect(report.stats).toEqual({ errors: 7, warnings: 2, info: 1 });
    expect(report.valid).toBe(false);
  });

  it("puts a table's header findings before its rows, and missing columns before present ones", () => {
    const inputs = planInputs({
      Aktiviteter: {
        headers: [
          "Nr",
          "Aktivitet",
          "Beskrivning och syfte",
          "Mätbara mål",
          "Mötesfrekvens",
          "Sammankallande",
          "X",
        ],
        rows: [activityRow({ Nr: "1.1", Sammankallande: null }), activityRow({ Nr: "1.2" })],
      },
    });
    const report = validate(snapshotOf(inputs));

    expect(report.findings.map((f) => [f.rule, f.row, f.address])).toEqual([
      ["column-missing", null, null],
      ["column-unknown", null, "Aktiviteter!G1"],
      ["required", 1, "Aktiviteter!F2"],
    ]);
  });

  it("orders a row's findings by column past Z as well (Z before AC before AD)", () => {
    const inputs = planInputs({
      Aktiviteter: {
        left: 25,
        rows: [
          activityRow({ Nr: "1.1", Aktivitet: null, Löptid: "snart", Mötesfrekvens: "?" }),
          activityRow({ Nr: "1.2" }),
        ],
      },
    });
    const report = validate(snapshotOf(inputs));

    // Y is Nr; rule names alone would put meeting-frequency-unset first.
    expect(report.findings.map((f) => [f.rule, f.address])).toEqual([
      ["required", "Aktiviteter!Z2"],
      ["pattern", "Aktiviteter!AC2"],
      ["meeting-frequency-unset", "Aktiviteter!AD2"],
    ]);
  });

  it("puts a missing column before an unknown one in the table's first column", () => {
    const inputs = planInputs({
      Aktiviteter: {
        headers: [
          "X",
          ...tableDef("Aktiviteter")
            .columns.map((c) => c.header)
            .filter((h) => h !== "Löptid"),
        ],
      },
    });
    const report = validate(snapshotOf(inputs));

    expect(report.findings.map((f) => [f.rule, f.address])).toEqual([
      ["column-missing", null],
      ["column-unknown", "Aktiviteter!A1"],
    ]);
  });

  it("counts warnings and info without making the plan invalid", () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [activityRow({ Nr: "1.1", "Mätbara mål": null }), activityRow({ Nr: "1.2" })];
    tables.Uppfoljning = [
      followUpRow({ Aktivitet: "1.1", "Antal möten": 0 }),
      followUpRow({ Aktivitet: "1.2" }),
    ];
    const report = validate(planSnapshot(tables));

    expect(report.stats).toEqual({ errors: 0, warnings: 1, info: 1 });
    expect(report.valid).toBe(true);
  });

  it("makes the plan invalid with one error among warnings", () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [
      activityRow({ Nr: "1.1", "Mätbara mål": null }),
      activityRow({ Nr: "1.2", Finansiering: rawError("#N/A") }),
    ];
    const report = validate(planSnapshot(tables));

    expect(report.stats).toEqual({ errors: 1, warnings: 1, info: 0 });
    expect(report.valid).toBe(false);
  });

  it("points every finding with an address at a cell inside its table (header row and data rows)", () => {
    const tables = validPlanTables();
    const change: Partial<Record<TableName, Partial<TableInput>>> = {
      Omraden: { rows: [...tables.Omraden, { Nr: 2, Område: "Tom", "Övergripande mål och syfte": "x" }] },
      Aktiviteter: {
        top: 3,
        left: 2,
        headers: [...(Object.keys(activityRow()) as string[]), "Finansiering", "Namn", "Extra"],
        rows: [
          activityRow({ Nr: "1.1", Löptid: "snart" }),
          {},
          activityRow({ Nr: "1.2", Mötesfrekvens: null, "Mätbara mål": null }),
          activityRow({ Nr: "3.1", Finansiering: rawError("#REF!") }),
          activityRow({ Nr: 1.3 }),
        ],
      },
      Deltagare: { rows: [...coreParticipants("1.1"), { Aktivitet: "1.1", Part: "polisen", Kontakt: "x" }] },
      Uppfoljning: {
        sheet: "Kim's uppföljning",
        excelTable: null,
        top: 2,
        rows: [
          followUpRow({ Aktivitet: "1.1", "Målet nått": "Ej uppfyllt", "Antal möten": 0 }),
          followUpRow({ Aktivitet: "1.1", Period: "T2", Rapportdatum: "2027-01-01" }),
        ],
      },
      Utfall: { rows: [{ Aktivitet: "1.1", Indikator: "Okänd", År: 2026, Period: "T1", Värde: 1 }] },
    };
    const inputs = planInputs(change);
    const snapshot = withMerges(snapshotOf(inputs), "Aktiviteter", [
      { top: 5, left: 1, bottom: 6, right: 3 },
    ]);
    const report = validate(snapshot, "2027-02-01");

    const rules = new Set(report.findings.map((f) => f.rule));
    for (const rule of [
      "merged-cells",
      "blank-row",
      "column-duplicate",
      "column-unknown",
      "follow-up-missing",
    ]) {
      expect(rules).toContain(rule);
    }
    const outside = report.findings.filter((f) => f.address !== null && !insideTable(f, inputs));
    expect(outside).toEqual([]);
    // The check itself tells inside from outside: the Aktiviteter header row is row 3 here.
    const probe = report.findings.find((f) => f.table === "Aktiviteter") as Finding;
    expect(insideTable({ ...probe, address: "Aktiviteter!B3" }, inputs)).toBe(true);
    expect(insideTable({ ...probe, address: "Aktiviteter!A3" }, inputs)).toBe(false);
    expect(insideTable({ ...probe, address: "Aktiviteter!B2" }, inputs)).toBe(false);
  });
});

/** Whether a finding's address lies in its table's header row or data rows, as laid out by the test. */
function insideTable(finding: Finding, inputs: readonly TableInput[]): boolean {
  const input = inputs.find((i) => i.name === finding.table);
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!([A-Z]+)(\d+)$/.exec(finding.address ?? "");
  if (!input || !match) return false;
  const sheet = (match[1] ?? match[2] ?? "").replace(/''/g, "'");
  const column = columnNumber(match[3] ?? "");
  const row = Number(match[4]);
  const top = input.top ?? 1;
  const left = input.left ?? 1;
  const def = tableDef(finding.table);
  const width = (input.headers ?? def.columns).length;
  return (
    sheet === (input.sheet ?? def.sheet) &&
    row >= top &&
    row <= top + input.rows.length &&
    column >= left &&
    column < left + width
  );
}
