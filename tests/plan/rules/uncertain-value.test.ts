import { describe, expect, it } from "vitest";
import { activityRow, planSnapshot, validPlanTables } from "../../helpers/snapshot-builder";
import { allFields, findingsOf, onlyFinding, validate } from "../support";

const OPEN_CONVENER = "SDF Preventionsstrateg, enhetschef stadsmiljö, civilsamhälle och kultur?";

describe("validatePlan", () => {
  it("reports a Sammankallande left as a question in the draft (seed 2.3), at its cell", () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [
      activityRow({ Nr: "1.1" }),
      activityRow({ Nr: "1.2", Sammankallande: OPEN_CONVENER }),
    ];
    const report = validate(planSnapshot(tables));

    expect(allFields(report)).toEqual([
      {
        rule: "uncertain-value",
        severity: "warning",
        table: "Aktiviteter",
        column: "Sammankallande",
        row: 2,
        address: "Aktiviteter!G3",
        value: OPEN_CONVENER,
      },
    ]);
    expect(report.valid).toBe(true);
    expect(onlyFinding(report, "uncertain-value").message).toBe(
      `"Sammankallande" för aktivitet 1.2 är en öppen fråga: "${OPEN_CONVENER}". ` +
        "Bestäm svaret och skriv det utan frågetecken.",
    );
  });

  it("reports Kontakt in Deltagare, naming the activity and the party", () => {
    const tables = validPlanTables();
    tables.Deltagare = tables.Deltagare.map((r, i) => (i === 4 ? { ...r, Kontakt: "Kommunpolis?" } : r));

    const finding = onlyFinding(validate(planSnapshot(tables)), "uncertain-value");
    expect([finding.address, finding.message]).toEqual([
      "Deltagare!C6",
      '"Kontakt" för aktivitet 1.2, Polisen är en öppen fråga: "Kommunpolis?". ' +
        "Bestäm svaret och skriv det utan frågetecken.",
    ]);
  });

  it("reports Löptid and Finansiering ending in a question mark, and reads the Löptid as a duration", () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [
      activityRow({ Nr: "1.1", Löptid: "Tillsvidare ?", Finansiering: "Respektive part?  " }),
      activityRow({ Nr: "1.2" }),
    ];
    const report = validate(planSnapshot(tables));

    // "Tillsvidare ?" is an open question, not a wrong form: no pattern error.
    expect(report.findings.map((f) => [f.rule, f.address, f.value])).toEqual([
      ["uncertain-value", "Aktiviteter!E2", "Tillsvidare ?"],
      ["uncertain-value", "Aktiviteter!I2", "Respektive part?"],
    ]);
  });

  it("reports a question mark followed by spaces", () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [
      activityRow({ Nr: "1.1", Sammankallande: "Polisen? " }),
      activityRow({ Nr: "1.2" }),
    ];

    expect(findingsOf(validate(planSnapshot(tables)), "uncertain-value").map((f) => f.address)).toEqual([
      "Aktiviteter!G2",
    ]);
  });

  it("does not report a question mark inside the text, nor other columns", () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [
      activityRow({
        Nr: "1.1",
        Sammankallande: "Vem? Preventionsstrategen",
        Kommunikation: "Via nyhetsbrev?",
      }),
      activityRow({ Nr: "1.2", "Beskrivning och syfte": "Hur blir det tryggare?" }),
    ];

    expect(findingsOf(validate(planSnapshot(tables)), "uncertain-value")).toEqual([]);
  });
});
