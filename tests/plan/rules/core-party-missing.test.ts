import { describe, expect, it } from "vitest";
import { activityRow, planSnapshot, planSnapshotWith, validPlanTables } from "../../helpers/snapshot-builder";
import { allFields, findingsOf, onlyFinding, validate } from "../support";

/** The valid plan with activity 1.2's Deltagare rows replaced. */
function withParticipantsOf12(rows: Record<string, string | null>[]) {
  const tables = validPlanTables();
  tables.Deltagare = [
    ...tables.Deltagare.filter((r) => r.Aktivitet !== "1.2"),
    ...rows.map((r) => ({ Aktivitet: "1.2", ...r })),
  ];
  return planSnapshot(tables);
}

describe("validatePlan", () => {
  it("reports an activity without Polisen as a warning at its Nr", () => {
    const report = validate(
      withParticipantsOf12([
        { Part: "Stadsdelsförvaltningen", Kontakt: "Preventionsstrateg" },
        { Part: "Utbildningsförvaltningen", Kontakt: "Biträdande rektor Bredängsskolan" },
      ]),
    );

    expect(allFields(report)).toEqual([
      {
        rule: "core-party-missing",
        severity: "warning",
        table: "Aktiviteter",
        column: "Nr",
        row: 2,
        address: "Aktiviteter!A3",
        value: "1.2",
      },
    ]);
    expect(onlyFinding(report, "core-party-missing").message).toBe(
      'Aktivitet 1.2 har ingen kontakt hos Polisen. Lägg till en rad i Deltagare med Aktivitet 1.2, Part "Polisen" och en Kontakt.',
    );
  });

  it("reports Utbildningsförvaltningen without Kontakt (seed 2.2) as info", () => {
    const report = validate(
      withParticipantsOf12([
        { Part: "Stadsdelsförvaltningen", Kontakt: "Preventionsstrateg" },
        { Part: "Polisen", Kontakt: "Kommunpoliser" },
        { Part: "Utbildningsförvaltningen", Kontakt: null },
      ]),
    );

    expect(allFields(report)).toEqual([
      {
        rule: "core-party-missing",
        severity: "info",
        table: "Aktiviteter",
        column: "Nr",
        row: 2,
        address: "Aktiviteter!A3",
        value: "1.2",
      },
    ]);
    expect(onlyFinding(report, "core-party-missing").message).toContain("Utbildningsförvaltningen");
  });

  it("reports every core party of an activity with no Deltagare rows at all, besides activity-without-participants", () => {
    const report = validate(withParticipantsOf12([]));

    const found = findingsOf(report, "core-party-missing");
    expect(found.map((f) => [f.severity, f.address, f.value])).toEqual([
      ["warning", "Aktiviteter!A3", "1.2"],
      ["warning", "Aktiviteter!A3", "1.2"],
      ["info", "Aktiviteter!A3", "1.2"],
    ]);
    expect(found.map((f) => f.message.match(/hos (\S+)\./)?.[1])).toEqual([
      "Stadsdelsförvaltningen",
      "Polisen",
      "Utbildningsförvaltningen",
    ]);
    expect(findingsOf(report, "activity-without-participants")).toHaveLength(1);
  });

  it("reports an activity Nr that appears twice once, at its first row", () => {
    const tables = validPlanTables();
    tables.Deltagare = tables.Deltagare.filter((r) => r.Aktivitet !== "1.2");
    tables.Aktiviteter = [...tables.Aktiviteter, activityRow({ Nr: "1.2", Aktivitet: "Kopia" })];

    expect(findingsOf(validate(planSnapshot(tables)), "core-party-missing").map((f) => f.address)).toEqual([
      "Aktiviteter!A3",
      "Aktiviteter!A3",
      "Aktiviteter!A3",
    ]);
  });

  it("reports all three when only other organisations take part", () => {
    const report = validate(withParticipantsOf12([{ Part: "MTR", Kontakt: "Trygghetschef" }]));

    expect(findingsOf(report, "core-party-missing")).toHaveLength(3);
    expect(findingsOf(report, "activity-without-participants")).toEqual([]);
  });

  it("does not report parties written in another case, with other organisations alongside", () => {
    const report = validate(
      withParticipantsOf12([
        { Part: "stadsdelsförvaltningen", Kontakt: "Preventionsstrateg" },
        { Part: " POLISEN ", Kontakt: "Kommunpoliser" },
        { Part: "Utbildningsförvaltningen", Kontakt: "Rektor" },
        { Part: "Stena Fastigheter", Kontakt: null },
      ]),
    );

    expect(report.findings).toEqual([]);
  });

  it("does not report when Deltagare has no Part column: column-missing says it", () => {
    const report = validate(planSnapshotWith({ Deltagare: { headers: ["Aktivitet", "Kontakt"] } }));

    expect(report.findings.map((f) => [f.rule, f.column])).toEqual([["column-missing", "Part"]]);
  });
});

describe("validatePlan, core-party-missing and a participant without a Part", () => {
  it("passes over the row: it names no party", () => {
    const tables = validPlanTables();
    tables.Deltagare = [{ Aktivitet: "1.1", Part: null, Kontakt: "Kim Andersson" }, ...tables.Deltagare];
    expect(findingsOf(validate(planSnapshot(tables)), "core-party-missing")).toEqual([]);
  });
});
