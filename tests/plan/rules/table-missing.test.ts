import { describe, expect, it } from "vitest";
import { planSnapshot, planSnapshotWith } from "../../helpers/snapshot-builder";
import { allFields, findingsOf, onlyFinding, validate } from "../support";

describe("validatePlan", () => {
  it("reports a missing required table as an error that names the table, its sheet and columns", () => {
    const report = validate(planSnapshot({ Deltagare: null }));

    // Without Deltagare the rules that need it are skipped: this is the only finding.
    expect(allFields(report)).toEqual([
      {
        rule: "table-missing",
        severity: "error",
        table: "Deltagare",
        column: null,
        row: null,
        address: null,
        value: null,
      },
    ]);
    expect(report.valid).toBe(false);
    expect(onlyFinding(report, "table-missing").message).toBe(
      "Tabellen Deltagare saknas. Planen kan inte kontrolleras utan den. Lägg till en Excel-tabell med " +
        'namnet "Deltagare" på bladet "Deltagare" med kolumnerna Aktivitet och Part, eller skapa en ny ' +
        'plan med "atgardsplan mall".',
    );
  });

  it("names a table by its sheet's name, Uppföljning, and gives the Excel table's name to use", () => {
    const report = validate(planSnapshot({ Uppfoljning: null }));

    expect(onlyFinding(report, "table-missing").message).toBe(
      "Tabellen Uppföljning saknas. Planen kan inte kontrolleras utan den. Lägg till en Excel-tabell med " +
        'namnet "Uppfoljning" på bladet "Uppföljning" med kolumnerna Aktivitet, År, Period, Målet nått och ' +
        'Genomförda aktiviteter, eller skapa en ny plan med "atgardsplan mall".',
    );
  });

  it("reports every table of an empty workbook, required ones as errors and optional ones as info", () => {
    const report = validate({ sheets: [] });

    expect(report.findings.map((f) => [f.table, f.severity])).toEqual([
      ["Plan", "info"],
      ["Omraden", "error"],
      ["Aktiviteter", "error"],
      ["Deltagare", "error"],
      ["Indikatorer", "info"],
      ["Uppfoljning", "error"],
      ["Utfall", "info"],
      ["Bedomning", "info"],
    ]);
    expect(report.findings.every((f) => f.rule === "table-missing")).toBe(true);
  });

  it("reports a missing optional table as info only, leaving the plan valid", () => {
    const report = validate(planSnapshot({ Utfall: null }));

    expect(allFields(report)).toEqual([
      {
        rule: "table-missing",
        severity: "info",
        table: "Utfall",
        column: null,
        row: null,
        address: null,
        value: null,
      },
    ]);
    expect(report.valid).toBe(true);
    expect(onlyFinding(report, "table-missing").message).toBe(
      "Tabellen Utfall saknas. Tabellen är frivillig; kontroller som behöver den hoppas över. Lägg till " +
        'en Excel-tabell med namnet "Utfall" på bladet "Utfall" med kolumnerna Aktivitet, Indikator, År, ' +
        'Period och Värde, eller skapa en ny plan med "atgardsplan mall".',
    );
  });

  it("does not report a table that is found by its headers under another name on another sheet", () => {
    const report = validate(planSnapshotWith({ Deltagare: { sheet: "Blad3", excelTable: "Tabell3" } }));

    expect(findingsOf(report, "table-missing")).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it("does not report a table whose Excel name differs only in case", () => {
    const report = validate(planSnapshotWith({ Uppfoljning: { excelTable: "UPPFOLJNING" } }));

    expect(report.findings).toEqual([]);
  });
});
