import { describe, expect, it } from "vitest";
import {
  activityRow,
  coreParticipants,
  followUpRow,
  planSnapshot,
  validPlanTables,
} from "../../helpers/snapshot-builder";
import { rawDate } from "../../../src/plan";
import { allFields, findingsOf, onlyFinding, validate } from "../support";

describe("validatePlan", () => {
  it("reports an activity Nr stored as a number in Deltagare, and still resolves it as 1.1", () => {
    const tables = validPlanTables();
    tables.Deltagare = tables.Deltagare.map((row, i) => (i === 0 ? { ...row, Aktivitet: 1.1 } : row));
    const report = validate(planSnapshot(tables));

    // The number 1.1 is read as "1.1": no unknown-reference and no core-party-missing follow.
    expect(allFields(report)).toEqual([
      {
        rule: "nr-not-text",
        severity: "error",
        table: "Deltagare",
        column: "Aktivitet",
        row: 1,
        address: "Deltagare!A2",
        value: "1.1",
      },
    ]);
    expect(onlyFinding(report, "nr-not-text").message).toBe(
      '"Aktivitet" är lagrat som ett tal (1.1), inte som text. Excel gör då 1.10 till 1.1 och kan göra ' +
        "1.1 till ett datum. Formatera kolumnen som Text och skriv in numret igen.",
    );
  });

  it("reports an activity Nr stored as a number in Uppfoljning", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [followUpRow({ Aktivitet: "1.1" }), followUpRow({ Aktivitet: 1.2 })];

    expect(allFields(validate(planSnapshot(tables)))).toEqual([
      {
        rule: "nr-not-text",
        severity: "error",
        table: "Uppfoljning",
        column: "Aktivitet",
        row: 2,
        address: "'Uppföljning'!A3",
        value: "1.2",
      },
    ]);
  });

  it("reports an activity Nr that Excel turned into a date, naming it a date", () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [activityRow({ Nr: "1.1" }), activityRow({ Nr: rawDate("2026-02-01") })];
    const report = validate(planSnapshot(tables));

    const finding = onlyFinding(report, "nr-not-text");
    expect(finding).toEqual(
      expect.objectContaining({
        severity: "error",
        table: "Aktiviteter",
        column: "Nr",
        row: 2,
        address: "Aktiviteter!A3",
        value: "2026-02-01",
      }),
    );
    expect(finding.message.startsWith('"Nr" är lagrat som ett datum (2026-02-01), inte som text.')).toBe(
      true,
    );
  });

  it('does not report Nr stored as text, and keeps "1.1" and "1.10" apart', () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [...tables.Aktiviteter, activityRow({ Nr: "1.10" })];
    tables.Deltagare = [...tables.Deltagare, ...coreParticipants("1.10")];
    const report = validate(planSnapshot(tables));

    expect(findingsOf(report, "nr-not-text")).toEqual([]);
    expect(findingsOf(report, "duplicate-key")).toEqual([]);
    expect(report.findings).toEqual([]);
  });
});
