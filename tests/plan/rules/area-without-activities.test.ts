import { describe, expect, it } from "vitest";
import { activityRow, coreParticipants, planSnapshot, validPlanTables } from "../../helpers/snapshot-builder";
import { allFields, onlyFinding, validate } from "../support";

const area = (nr: number, name: string) => ({
  Nr: nr,
  Område: name,
  "Övergripande mål och syfte": "Ökad trygghet.",
});

describe("validatePlan", () => {
  it("reports an area no activity is numbered under, at the area's Nr", () => {
    const tables = validPlanTables();
    tables.Omraden = [...tables.Omraden, area(2, "Riktat arbete mot avgränsade platser")];
    const report = validate(planSnapshot(tables));

    expect(allFields(report)).toEqual([
      {
        rule: "area-without-activities",
        severity: "warning",
        table: "Omraden",
        column: "Nr",
        row: 2,
        address: "'Områden'!A3",
        value: "2",
      },
    ]);
    expect(onlyFinding(report, "area-without-activities").message).toBe(
      "Område 2 (Riktat arbete mot avgränsade platser) har inga aktiviteter. " +
        "Lägg till aktiviteter numrerade 2.1, 2.2 … eller ta bort området.",
    );
  });

  it("does not report an area whose activities are numbered N.10 and up", () => {
    const tables = validPlanTables();
    tables.Omraden = [...tables.Omraden, area(3, "Unga i risk för kriminalitet")];
    tables.Aktiviteter = [...tables.Aktiviteter, activityRow({ Nr: "3.10" })];
    tables.Deltagare = [...tables.Deltagare, ...coreParticipants("3.10")];

    expect(validate(planSnapshot(tables)).findings).toEqual([]);
  });
});
