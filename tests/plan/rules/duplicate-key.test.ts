import { describe, expect, it } from "vitest";
import {
  activityRow,
  assessmentRow,
  followUpRow,
  planSnapshot,
  validPlanTables,
} from "../../helpers/snapshot-builder";
import { allFields, findingsOf, validate } from "../support";

describe("validatePlan", () => {
  it("reports both rows of a repeated (Aktivitet, År, Period) in Uppfoljning, with one message naming both", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [
      ...tables.Uppfoljning,
      followUpRow({ Aktivitet: "1.1", "Genomförda aktiviteter": "Två möten." }),
    ];
    const report = validate(planSnapshot(tables));

    expect(allFields(report)).toEqual([
      {
        rule: "duplicate-key",
        severity: "error",
        table: "Uppfoljning",
        column: "Period",
        row: 1,
        address: "'Uppföljning'!C2",
        value: "T1",
      },
      {
        rule: "duplicate-key",
        severity: "error",
        table: "Uppfoljning",
        column: "Period",
        row: 3,
        address: "'Uppföljning'!C4",
        value: "T1",
      },
    ]);
    // One problem, so one message for both rows; the rows are Excel's (header row 1).
    expect(findingsOf(report, "duplicate-key").map((f) => f.message)).toEqual([
      "Aktivitet, År och Period (1.1, 2026, T1) finns på flera rader i Uppföljning: rad 2 och 4. " +
        "Slå ihop raderna eller ändra en av dem.",
      "Aktivitet, År och Period (1.1, 2026, T1) finns på flera rader i Uppföljning: rad 2 och 4. " +
        "Slå ihop raderna eller ändra en av dem.",
    ]);
  });

  it("compares Part case-insensitively in Deltagare", () => {
    const tables = validPlanTables();
    tables.Deltagare = [...tables.Deltagare, { Aktivitet: "1.1", Part: "POLISEN", Kontakt: "Områdespolis" }];
    const report = validate(planSnapshot(tables));

    // Deltagare rows: 1.1 SDF, 1.1 Polisen, 1.1 UF, 1.2 ×3, then the new row 7.
    expect(allFields(report)).toEqual([
      {
        rule: "duplicate-key",
        severity: "error",
        table: "Deltagare",
        column: "Part",
        row: 2,
        address: "Deltagare!B3",
        value: "Polisen",
      },
      {
        rule: "duplicate-key",
        severity: "error",
        table: "Deltagare",
        column: "Part",
        row: 7,
        address: "Deltagare!B8",
        value: "POLISEN",
      },
    ]);
  });

  it("reports a repeated activity Nr and a repeated area Nr", () => {
    const tables = validPlanTables();
    tables.Omraden = [...tables.Omraden, { ...tables.Omraden[0], Område: "Samma nummer" }];
    tables.Aktiviteter = [...tables.Aktiviteter, activityRow({ Nr: "1.2", Aktivitet: "Kopia" })];
    const report = validate(planSnapshot(tables));

    expect(findingsOf(report, "duplicate-key").map((f) => [f.address, f.value])).toEqual([
      ["'Områden'!A2", "1"],
      ["'Områden'!A3", "1"],
      ["Aktiviteter!A3", "1.2"],
      ["Aktiviteter!A4", "1.2"],
    ]);
    expect([...new Set(findingsOf(report, "duplicate-key").map((f) => f.message))]).toEqual([
      "Nr (1) finns på flera rader i Områden: rad 2 och 3. Slå ihop raderna eller ändra en av dem.",
      "Nr (1.2) finns på flera rader i Aktiviteter: rad 3 och 4. Slå ihop raderna eller ändra en av dem.",
    ]);
  });

  it("reports a repeated indicator of an activity and a repeated outcome", () => {
    const tables = validPlanTables();
    const indicator = { Aktivitet: "1.1", Indikator: "Trygghetsvandringar", Målvärde: 8 };
    const outcome = { Aktivitet: "1.1", Indikator: "Trygghetsvandringar", År: 2026, Period: "T1", Värde: 3 };
    tables.Indikatorer = [indicator, { ...indicator, Indikator: "trygghetsvandringar ", Målvärde: 6 }];
    tables.Utfall = [outcome, { ...outcome, Värde: 4 }];
    const report = validate(planSnapshot(tables));

    expect(findingsOf(report, "duplicate-key").map((f) => [f.table, f.row])).toEqual([
      ["Indikatorer", 1],
      ["Indikatorer", 2],
      ["Utfall", 1],
      ["Utfall", 2],
    ]);
  });

  it("lists a few of the other rows of a large group, not all of them", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = Array.from({ length: 12 }, () => followUpRow({ Aktivitet: "1.1" }));
    const found = findingsOf(validate(planSnapshot(tables)), "duplicate-key");

    expect(found).toHaveLength(12);
    expect(found[0]?.message).toBe(
      "Aktivitet, År och Period (1.1, 2026, T1) finns på flera rader i Uppföljning: " +
        "rad 2, 3, 4, 5, 6, 7 och 6 rader till. Slå ihop raderna eller ändra en av dem.",
    );
  });

  it("does not report the same key in different years, periods or activities", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [
      ...tables.Uppfoljning,
      followUpRow({ Aktivitet: "1.1", År: 2025 }),
      followUpRow({ Aktivitet: "1.1", Period: "T2", "Genomförda aktiviteter": "Sommarens arbete." }),
    ];
    tables.Indikatorer = [
      { Aktivitet: "1.1", Indikator: "Trygghetsvandringar", Målvärde: 8 },
      { Aktivitet: "1.2", Indikator: "Trygghetsvandringar", Målvärde: 8 },
    ];

    expect(findingsOf(validate(planSnapshot(tables)), "duplicate-key")).toEqual([]);
  });
});

describe("validatePlan on Bedömning", () => {
  it("reports both rows of a repeated (Område, År, Period) in Bedomning", () => {
    const tables = validPlanTables();
    tables.Bedomning = [
      assessmentRow(),
      assessmentRow({ Period: "T2" }),
      assessmentRow({ "Samlad bedömning": "Andra raden för samma tertial." }),
    ];
    const report = validate(planSnapshot(tables));

    expect(allFields(report)).toEqual([
      {
        rule: "duplicate-key",
        severity: "error",
        table: "Bedomning",
        column: "Period",
        row: 1,
        address: "'Bedömning'!C2",
        value: "T1",
      },
      {
        rule: "duplicate-key",
        severity: "error",
        table: "Bedomning",
        column: "Period",
        row: 3,
        address: "'Bedömning'!C4",
        value: "T1",
      },
    ]);
    // The message whole: a small group lists its rows and nothing more ("… och 0 rader till").
    expect(findingsOf(report, "duplicate-key").map((f) => f.message)).toEqual([
      "Område, År och Period (1, 2026, T1) finns på flera rader i Bedömning: rad 2 och 4. " +
        "Slå ihop raderna eller ändra en av dem.",
      "Område, År och Period (1, 2026, T1) finns på flera rader i Bedömning: rad 2 och 4. " +
        "Slå ihop raderna eller ändra en av dem.",
    ]);
  });

  it("does not report the same area and period in two years", () => {
    const tables = validPlanTables();
    tables.Bedomning = [assessmentRow(), assessmentRow({ År: 2025 })];

    expect(validate(planSnapshot(tables)).findings).toEqual([]);
  });
});
