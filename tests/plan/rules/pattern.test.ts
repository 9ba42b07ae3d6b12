import { describe, expect, it } from "vitest";
import { activityRow, coreParticipants, planSnapshot, validPlanTables } from "../../helpers/snapshot-builder";
import { allFields, fieldsOf, findingsOf, onlyFinding, validate } from "../support";

function withThirdActivity(overrides: Parameters<typeof activityRow>[0]) {
  const tables = validPlanTables();
  tables.Aktiviteter = [...tables.Aktiviteter, activityRow({ Nr: "1.3", ...overrides })];
  tables.Deltagare = [...tables.Deltagare, ...coreParticipants("1.3")];
  return planSnapshot(tables);
}

describe("validatePlan", () => {
  it("reports an activity Nr that is not N.M, showing the expected form", () => {
    const report = validate(withThirdActivity({ Nr: "1:3" }));

    // Deltagare still names 1.3, which no longer exists.
    expect(findingsOf(report, "pattern").map(fieldsOf)).toEqual([
      {
        rule: "pattern",
        severity: "error",
        table: "Aktiviteter",
        column: "Nr",
        row: 3,
        address: "Aktiviteter!A4",
        value: "1:3",
      },
    ]);
    expect(onlyFinding(report, "pattern").message).toBe(
      '"Nr" ska vara ett aktivitetsnummer i formen N.M, till exempel "1.1" eller "3.10" ' +
        '(områdets nummer, punkt, löpnummer), men är "1:3".',
    );
  });

  it("reports a Löptid that is neither Tillsvidare nor a date range", () => {
    const report = validate(withThirdActivity({ Löptid: "Ett år" }));

    expect(allFields(report)).toEqual([
      {
        rule: "pattern",
        severity: "error",
        table: "Aktiviteter",
        column: "Löptid",
        row: 3,
        address: "Aktiviteter!E4",
        value: "Ett år",
      },
    ]);
    expect(onlyFinding(report, "pattern").message).toBe(
      '"Löptid" ska vara "Tillsvidare" eller ett datumintervall som "2026-01-01–2026-12-31" ' +
        '(tankstreck, " - " eller "till" mellan datumen, slutdatum inte före startdatum), men är "Ett år".',
    );
  });

  it.each([
    ["a range that ends before it starts", "2026-12-31–2026-01-01"],
    ["an unspaced hyphen between the dates", "2026-01-01-2026-12-31"],
    ["an impossible date", "2026-02-30–2026-12-31"],
    ["a single date", "2026-12-31"],
  ])("reports %s in Löptid", (_case, text) => {
    const finding = onlyFinding(validate(withThirdActivity({ Löptid: text })), "pattern");

    expect(finding.address).toBe("Aktiviteter!E4");
    expect(finding.value).toBe(text);
  });

  it.each([
    "Tillsvidare",
    "Tills vidare",
    "TILLSVIDARE",
    "2026-01-01–2026-12-31",
    "2026-01-01 – 2026-12-31",
    "2026-01-01 - 2026-12-31",
    "2026-01-01 till 2026-12-31",
  ])("does not report Löptid %j", (text) => {
    expect(validate(withThirdActivity({ Löptid: text })).findings).toEqual([]);
  });

  it('does not report a two-digit activity number such as "1.10"', () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [...tables.Aktiviteter, activityRow({ Nr: "1.10" })];
    tables.Deltagare = [...tables.Deltagare, ...coreParticipants("1.10")];

    expect(validate(planSnapshot(tables)).findings).toEqual([]);
  });
});
