import { describe, expect, it } from "vitest";
import { followUpRow, planSnapshot, validPlanTables } from "../../helpers/snapshot-builder";
import { allFields, findingsOf, onlyFinding, validate } from "../support";

const T1_TEXT = "Fyra möten och en trygghetsvandring.";

function withRows(...rows: ReturnType<typeof followUpRow>[]) {
  const tables = validPlanTables();
  tables.Uppfoljning = [...tables.Uppfoljning, ...rows];
  return planSnapshot(tables);
}

describe("validatePlan", () => {
  it("reports a T2 Genomförda aktiviteter identical to the same activity's T1, at the T2 row", () => {
    // Uppfoljning rows 1 and 2 are 1.1 and 1.2 for T1, both with T1_TEXT.
    const report = validate(
      withRows(followUpRow({ Aktivitet: "1.1", Period: "T2", "Genomförda aktiviteter": T1_TEXT })),
    );

    expect(allFields(report)).toEqual([
      {
        rule: "copied-follow-up",
        severity: "warning",
        table: "Uppfoljning",
        column: "Genomförda aktiviteter",
        row: 3,
        address: "'Uppföljning'!F4",
        value: T1_TEXT,
      },
    ]);
    const { message } = onlyFinding(report, "copied-follow-up");
    expect(message).toContain("1.1 T2 2026");
    expect(message).toContain("T1 (rad 1)");
    expect(message).toContain("Beskriv vad som gjorts");
  });

  it("reports a copy that differs only in case and whitespace", () => {
    const report = validate(
      withRows(
        followUpRow({
          Aktivitet: "1.2",
          Period: "T2",
          "Genomförda aktiviteter": "  fyra möten och en\ntrygghetsvandring. ",
        }),
      ),
    );

    expect(onlyFinding(report, "copied-follow-up").address).toBe("'Uppföljning'!F4");
  });

  it("compares VB with T2, and with T1 when there is no T2", () => {
    const report = validate(
      withRows(
        followUpRow({
          Aktivitet: "1.1",
          Period: "T2",
          "Genomförda aktiviteter": "Sommarens arbete.",
          "Antal möten": 4,
        }),
        followUpRow({
          Aktivitet: "1.1",
          Period: "VB",
          "Genomförda aktiviteter": "Sommarens arbete.",
          "Antal möten": 12,
        }),
        followUpRow({ Aktivitet: "1.2", Period: "VB", "Genomförda aktiviteter": T1_TEXT, "Antal möten": 12 }),
      ),
    );

    expect(
      findingsOf(report, "copied-follow-up").map((f) => [
        f.row,
        f.message.match(/som för (\S+ \(rad \d+\))/)?.[1],
      ]),
    ).toEqual([
      [4, "T2 (rad 3)"],
      [5, "T1 (rad 2)"],
    ]);
  });

  it("does not report the same text for another activity, another year, or an earlier period than T2", () => {
    const report = validate(
      withRows(
        followUpRow({ Aktivitet: "1.1", År: 2025, Period: "T2", "Genomförda aktiviteter": T1_TEXT }),
        // VB is compared with T2 (its previous period), which differs, not with T1.
        followUpRow({ Aktivitet: "1.2", Period: "T2", "Genomförda aktiviteter": "Nya trygghetsvandringar." }),
        followUpRow({ Aktivitet: "1.2", Period: "VB", "Genomförda aktiviteter": T1_TEXT, "Antal möten": 12 }),
      ),
    );

    expect(findingsOf(report, "copied-follow-up")).toEqual([]);
  });
});
