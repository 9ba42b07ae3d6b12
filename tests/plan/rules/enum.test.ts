import { describe, expect, it } from "vitest";
import { followUpRow, planSnapshot, validPlanTables } from "../../helpers/snapshot-builder";
import { allFields, findingsOf, onlyFinding, validate } from "../support";

function withFollowUp(overrides: Parameters<typeof followUpRow>[0]) {
  const tables = validPlanTables();
  tables.Uppfoljning = [followUpRow({ Aktivitet: "1.1", ...overrides }), followUpRow({ Aktivitet: "1.2" })];
  return planSnapshot(tables);
}

describe("validatePlan", () => {
  it('reports Period "T3" and points to VB (verksamhetsberättelse)', () => {
    const report = validate(withFollowUp({ Period: "T3" }));

    expect(allFields(report)).toEqual([
      {
        rule: "enum",
        severity: "error",
        table: "Uppfoljning",
        column: "Period",
        row: 1,
        address: "'Uppföljning'!C2",
        value: "T3",
      },
    ]);
    expect(onlyFinding(report, "enum").message).toBe(
      '"T3" är inte ett tillåtet värde för "Period". Tillåtna värden: "T1", "T2" och "VB". ' +
        'Tertial 3 redovisas i verksamhetsberättelsen: skriv "VB".',
    );
  });

  it.each([
    ["T 3", true],
    ["t3", true],
    ["T33", false],
    ["T3a", false],
    ["AT3", false],
  ])("points %j to VB only when it is T3 written another way: %s", (period, toVb) => {
    const message = onlyFinding(validate(withFollowUp({ Period: period })), "enum").message;
    expect(message.endsWith('Tertial 3 redovisas i verksamhetsberättelsen: skriv "VB".')).toBe(toVb);
  });

  it("does not point a Målet nått of T3 to VB", () => {
    const message = onlyFinding(validate(withFollowUp({ "Målet nått": "T3" })), "enum").message;
    expect(message).not.toContain("verksamhetsberättelsen");
  });

  it("reports a misspelt Målet nått, listing the allowed values and the nearest one", () => {
    const report = validate(withFollowUp({ "Målet nått": "Delvis uppfylt", Kommentar: "Halvvägs." }));

    expect(allFields(report)).toEqual([
      {
        rule: "enum",
        severity: "error",
        table: "Uppfoljning",
        column: "Målet nått",
        row: 1,
        address: "'Uppföljning'!D2",
        value: "Delvis uppfylt",
      },
    ]);
    expect(onlyFinding(report, "enum").message).toBe(
      '"Delvis uppfylt" är inte ett tillåtet värde för "Målet nått". Tillåtna värden: "Uppfyllt", ' +
        '"Delvis uppfyllt", "Ej uppfyllt" och "Ej bedömt". Menade du "Delvis uppfyllt"?',
    );
  });

  it.each([
    ["Delvis", "Delvis uppfyllt"],
    ["delvis", "Delvis uppfyllt"],
    ["ej upp", "Ej uppfyllt"],
    ["bedömt", "Ej bedömt"],
    ["Ej uppfyll", "Ej uppfyllt"],
  ])("suggests the value %j begins or is contained in: %j", (typed, suggested) => {
    const { message } = onlyFinding(
      validate(withFollowUp({ "Målet nått": typed, Kommentar: "Se ovan." })),
      "enum",
    );

    expect(message.endsWith(` Menade du "${suggested}"?`)).toBe(true);
  });

  it("names the nearest period for a period typo", () => {
    const { message } = onlyFinding(validate(withFollowUp({ Period: "VBB" })), "enum");

    expect(message.endsWith(' Menade du "VB"?')).toBe(true);
  });

  it("reports an outcome's Period too", () => {
    const tables = validPlanTables();
    tables.Indikatorer = [{ Aktivitet: "1.1", Indikator: "Trygghetsvandringar", Målvärde: 8 }];
    tables.Utfall = [
      { Aktivitet: "1.1", Indikator: "Trygghetsvandringar", År: 2026, Period: "Helår", Värde: 3 },
    ];
    const finding = onlyFinding(validate(planSnapshot(tables)), "enum");

    expect(finding.address).toBe("Utfall!D2");
    expect(finding.column).toBe("Period");
  });

  it("does not report values that differ only in case or whitespace", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [
      followUpRow({
        Aktivitet: "1.1",
        Period: " t1 ",
        "Målet nått": "delvis  UPPFYLLT",
        Kommentar: "Halvvägs.",
      }),
      followUpRow({ Aktivitet: "1.2", Period: "T 1", "Målet nått": "ej\u00a0bedömt" }),
    ];
    const report = validate(planSnapshot(tables));

    expect(findingsOf(report, "enum")).toEqual([]);
    expect(report.findings).toEqual([]);
  });
});
