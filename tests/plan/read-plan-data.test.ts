import { describe, expect, it } from "vitest";
import {
  PlanStructureError,
  assertPlanStructure,
  locatePlanTables,
  readPlanData,
  resolvePlanYear,
  structureProblems,
  type Finding,
} from "../../src/plan";
import { planInputs, snapshotOf, validPlanTables, type TableInput } from "../helpers/snapshot-builder";

const HEADERS = {
  Aktiviteter: ["Nr", "Aktivitet", "Beskrivning och syfte", "Löptid", "Sammankallande"],
  Uppfoljning: ["Aktivitet", "År", "Period", "Målet nått", "Kommentar", "Egen anteckning"],
};

/** The small valid plan with `change` made to some of its tables. */
function located(change: Record<string, Partial<TableInput>>) {
  const tables = Object.entries(validPlanTables()).map(([name, rows]) => ({ name, rows, ...change[name] }));
  return locatePlanTables(snapshotOf(tables));
}

describe("readPlanData", () => {
  it("reads a column the table lacks as null in every row", () => {
    const data = readPlanData(located({ Aktiviteter: { headers: HEADERS.Aktiviteter } }));

    expect(data.activities.map((a) => [a.nr, a.measurableGoals, a.meetingFrequency])).toEqual([
      ["1.1", null, null],
      ["1.2", null, null],
    ]);
  });

  it("reads without findings, skipping a blank row", () => {
    const rows = validPlanTables().Aktiviteter;
    const data = readPlanData(located({ Aktiviteter: { rows: [rows[0]!, {}, rows[1]!] } }));

    expect(data.activities.map((a) => [a.row, a.nr])).toEqual([
      [1, "1.1"],
      [3, "1.2"],
    ]);
  });

  it("reports what a row with its key and a column of the user's own owes, and a prepared row's wrong Period", () => {
    const findings: Finding[] = [];
    readPlanData(
      located({
        Uppfoljning: {
          headers: HEADERS.Uppfoljning,
          rows: [
            { Aktivitet: "1.1", År: 2026, Period: "T1", "Egen anteckning": "Ring Kim" },
            { Aktivitet: "1.2", År: 2026, Period: "T4" },
          ],
        },
      }),
      findings,
    );

    expect(findings.map((f) => [f.rule, f.row, f.column])).toEqual([
      ["required", 1, "Målet nått"],
      ["enum", 2, "Period"],
    ]);
  });
});

describe("structureProblems and assertPlanStructure", () => {
  const lacking = (headers: string[]) => located({ Aktiviteter: { headers } });

  it("names one missing column and several", () => {
    expect(structureProblems(lacking(["Nr", "Aktivitet", "Beskrivning och syfte", "Löptid"]), [])).toEqual([
      'tabellen Aktiviteter saknar kolumnen "Sammankallande"',
    ]);
    expect(structureProblems(lacking(["Beskrivning och syfte", "Löptid", "Sammankallande"]), [])).toEqual([
      'tabellen Aktiviteter saknar kolumnerna "Nr" och "Aktivitet"',
    ]);
  });

  it("throws a structure error naming the task and every problem", () => {
    const plan = locatePlanTables(snapshotOf(planInputs({ Deltagare: null })));

    const error = (() => {
      try {
        assertPlanStructure(plan, ["Deltagare"], "skapa rapporten");
      } catch (e) {
        return e;
      }
    })();

    expect(error).toBeInstanceOf(PlanStructureError);
    expect((error as PlanStructureError).problem).toBe("structure");
    expect((error as PlanStructureError).userMessage).toBe(
      "Det går inte att skapa rapporten: tabellen Deltagare saknas. " +
        "Rätta planen (valideringen visar var) och försök igen.",
    );
  });
});

describe("resolvePlanYear", () => {
  it("takes the year given, else the Plan's År, else says the year is missing", () => {
    expect(resolvePlanYear(2027, 2026)).toBe(2027);
    expect(resolvePlanYear(undefined, 2026)).toBe(2026);
    expect(() => resolvePlanYear(undefined, null)).toThrow(
      expect.objectContaining({
        problem: "year-missing",
        userMessage: "Året saknas: tabellen Plan har inget År. Fyll i År i tabellen Plan eller ange året.",
      }),
    );
  });
});
