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
    expect(onlyFinding(report, "copied-follow-up").message).toBe(
      "Genomförda aktiviteter för aktivitet 1.1, T2 2026 är samma text som för T1 2026 " +
        "(på rad 2 i Uppföljning). Beskriv vad som gjorts under just den här perioden.",
    );
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
        f.message.match(/som för (\S+ \d+ \(på rad \d+ i Uppföljning\))/)?.[1],
      ]),
    ).toEqual([
      [4, "T2 2026 (på rad 4 i Uppföljning)"],
      [5, "T1 2026 (på rad 3 i Uppföljning)"],
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
