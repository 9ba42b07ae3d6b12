import { describe, expect, it } from "vitest";
import { followUpRow, planSnapshot, validPlanTables } from "../../helpers/snapshot-builder";
import { rawDate } from "../../../src/plan";
import { allFields, onlyFinding, validate } from "../support";

function withFollowUp(overrides: Parameters<typeof followUpRow>[0]) {
  const tables = validPlanTables();
  tables.Uppfoljning = [followUpRow({ Aktivitet: "1.1", ...overrides }), followUpRow({ Aktivitet: "1.2" })];
  return planSnapshot(tables);
}

describe("validatePlan", () => {
  it("reports text in Antal möten, saying a number of meetings is expected", () => {
    const report = validate(withFollowUp({ "Antal möten": "fyra" }));

    expect(allFields(report)).toEqual([
      {
        rule: "type",
        severity: "error",
        table: "Uppfoljning",
        column: "Antal möten",
        row: 1,
        address: "'Uppföljning'!G2",
        value: "fyra",
      },
    ]);
    expect(onlyFinding(report, "type").message).toBe(
      '"Antal möten" ska vara ett antal möten, ett heltal från 0 och uppåt (till exempel 4), men är "fyra".',
    );
  });

  it.each([
    ["Uppfoljning", "År", "tjugo", '"År" ska vara ett årtal, till exempel 2026, men är "tjugo".'],
    [
      "Indikatorer",
      "Utgångsår",
      "i fjol",
      '"Utgångsår" ska vara ett årtal, till exempel 2025, men är "i fjol".',
    ],
    [
      "Indikatorer",
      "Målvärde",
      "åtta",
      '"Målvärde" ska vara ett tal, till exempel 12 eller 2,5, men är "åtta".',
    ],
    [
      "Omraden",
      "Nr",
      "ett",
      '"Nr" ska vara ett områdesnummer, ett heltal från 1 och uppåt (till exempel 2), men är "ett".',
    ],
  ] as const)("words a type error in %s.%s as the column means it", (table, header, value, message) => {
    const tables = validPlanTables();
    if (table === "Uppfoljning")
      tables.Uppfoljning = [followUpRow({ År: value }), followUpRow({ Aktivitet: "1.2" })];
    if (table === "Indikatorer")
      tables.Indikatorer = [{ Aktivitet: "1.1", Indikator: "Möten", [header]: value }];
    if (table === "Omraden") tables.Omraden = [...tables.Omraden, { ...tables.Omraden[0], Nr: value }];

    expect(onlyFinding(validate(planSnapshot(tables)), "type").message).toBe(message);
  });

  it("reports a negative Antal möten (the contract says integer ≥ 0)", () => {
    const finding = onlyFinding(validate(withFollowUp({ "Antal möten": -2 })), "type");

    expect(finding.address).toBe("'Uppföljning'!G2");
    expect(finding.value).toBe("-2");
  });

  it("reports a plan year outside 2000–2100 in the Plan table", () => {
    const tables = validPlanTables();
    tables.Plan = [{ ...tables.Plan[0], År: 1999 }];
    const report = validate(planSnapshot(tables));

    expect(allFields(report)).toEqual([
      {
        rule: "type",
        severity: "error",
        table: "Plan",
        column: "År",
        row: 1,
        address: "Plan!D2",
        value: "1999",
      },
    ]);
    expect(onlyFinding(report, "type").message).toBe(
      '"År" ska vara ett årtal mellan 2000 och 2100, till exempel 2026, men är "1999".',
    );
  });

  it("reports a date that is not a date in Rapportdatum", () => {
    const report = validate(withFollowUp({ Rapportdatum: "15 maj" }));

    expect(allFields(report)).toEqual([
      {
        rule: "type",
        severity: "error",
        table: "Uppfoljning",
        column: "Rapportdatum",
        row: 1,
        address: "'Uppföljning'!I2",
        value: "15 maj",
      },
    ]);
    expect(onlyFinding(report, "type").message).toBe(
      '"Rapportdatum" ska vara ett datum, som datumcell eller skrivet ÅÅÅÅ-MM-DD (till exempel 2026-05-15), ' +
        'men är "15 maj".',
    );
  });

  it("does not report numbers stored as text, a date cell or ISO text, or a decimal comma in Målvärde", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [
      followUpRow({
        Aktivitet: "1.1",
        År: "2026",
        "Antal möten": " 4 ",
        Rapportdatum: rawDate("2026-05-12"),
      }),
      followUpRow({ Aktivitet: "1.2", Rapportdatum: "2026-05-12" }),
    ];
    tables.Indikatorer = [{ Aktivitet: "1.1", Indikator: "Trygghetsindex", Målvärde: "2,5" }];
    tables.Omraden = [{ ...tables.Omraden[0], Nr: "1" }];

    expect(validate(planSnapshot(tables)).findings).toEqual([]);
  });
});

describe("validatePlan on text longer than an Excel cell holds", () => {
  it("reports a type error saying Excel cannot hold it, and reads the rest of the row", () => {
    const long = `${"Möte med fastighetsägarna. ".repeat(1300)}Slut.`;
    expect(long.length).toBeGreaterThan(32_767);
    const report = validate(withFollowUp({ "Genomförda aktiviteter": long }));
    const finding = onlyFinding(report, "type");
    expect(finding).toMatchObject({
      severity: "error",
      column: "Genomförda aktiviteter",
      address: "'Uppföljning'!F2",
    });
    expect(finding.message).toBe(
      `"Genomförda aktiviteter" har ${String(long.length).replace(/\B(?=(\d{3})+(?!\d))/g, " ")} tecken, men en cell i Excel rymmer högst 32 767: ` +
        "Excel kortar texten när filen öppnas, och resten går förlorad. Korta texten eller dela upp den på flera rader.",
    );
    expect(report.findings.filter((f) => f.rule === "required")).toEqual([]);
  });

  it("accepts text of exactly 32,767 characters", () => {
    const report = validate(withFollowUp({ "Genomförda aktiviteter": "x".repeat(32_767) }));
    expect(report.findings.filter((f) => f.rule === "type")).toEqual([]);
  });
});
