import { describe, expect, it } from "vitest";
import { ACTIVITIES_TABLE, FOLLOW_UPS_TABLE } from "../../../src/plan";
import { planSnapshotWith } from "../../helpers/snapshot-builder";
import { allFields, onlyFinding, validate } from "../support";

const headersWithout = (...drop: string[]): string[] =>
  ACTIVITIES_TABLE.columns.map((c) => c.header).filter((h) => !drop.includes(h));

describe("validatePlan", () => {
  it("reports a missing required column with no cell address, naming the column to add", () => {
    const report = validate(planSnapshotWith({ Aktiviteter: { headers: headersWithout("Löptid") } }));

    expect(allFields(report)).toEqual([
      {
        rule: "column-missing",
        severity: "error",
        table: "Aktiviteter",
        column: "Löptid",
        row: null,
        address: null,
        value: null,
      },
    ]);
    expect(onlyFinding(report, "column-missing").message).toBe(
      'Kolumnen "Löptid" saknas i tabellen Aktiviteter. Lägg till en kolumn med rubriken "Löptid".',
    );
  });

  it("names the table by its sheet's name, Uppföljning, never Uppfoljning", () => {
    const headers = FOLLOW_UPS_TABLE.columns.map((c) => c.header).filter((h) => h !== "Målet nått");
    const report = validate(planSnapshotWith({ Uppfoljning: { headers } }));

    expect(onlyFinding(report, "column-missing").message).toBe(
      'Kolumnen "Målet nått" saknas i tabellen Uppföljning. Lägg till en kolumn med rubriken "Målet nått".',
    );
  });

  it("mentions the accepted aliases of the missing column", () => {
    const report = validate(planSnapshotWith({ Aktiviteter: { headers: headersWithout("Aktivitet") } }));

    const finding = onlyFinding(report, "column-missing");
    expect(finding.column).toBe("Aktivitet");
    expect(finding.message).toBe(
      'Kolumnen "Aktivitet" saknas i tabellen Aktiviteter. Lägg till en kolumn med rubriken "Aktivitet" (eller "Namn").',
    );
  });

  it("does not report a missing optional column", () => {
    const report = validate(
      planSnapshotWith({ Aktiviteter: { headers: headersWithout("Finansiering", "Kommunikation") } }),
    );

    expect(report.findings).toEqual([]);
  });

  it("does not let a missing Nr column make every Deltagare and Uppfoljning row an unknown reference", () => {
    const report = validate(planSnapshotWith({ Aktiviteter: { headers: headersWithout("Nr") } }));

    expect(allFields(report)).toEqual([
      {
        rule: "column-missing",
        severity: "error",
        table: "Aktiviteter",
        column: "Nr",
        row: null,
        address: null,
        value: null,
      },
    ]);
  });
});
