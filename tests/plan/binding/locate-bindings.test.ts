import { describe, expect, it } from "vitest";
import { locatePlanTables, type WorkbookSnapshot } from "../../../src/plan";
import { planSnapshot, planSnapshotWith } from "../../helpers/snapshot-builder";
import { allFields, validate } from "../support";

function withBindings(snapshot: WorkbookSnapshot, bindings: WorkbookSnapshot["bindings"]): WorkbookSnapshot {
  return { ...snapshot, bindings };
}

describe("locatePlanTables with bindings", () => {
  it("finds a bound table by the binding, whatever the table and its sheet are called now", () => {
    // Without the Part header, nothing but the binding finds this table.
    const snapshot = planSnapshotWith({
      Deltagare: {
        sheet: "Omdöpt blad",
        excelTable: "Tabell7",
        headers: ["Aktivitet", "Organisation", "Kontakt"],
        rows: [["1.1", "Polisen", "Kommunpoliser"]],
      },
    });
    expect(locatePlanTables(snapshot).tables.has("Deltagare")).toBe(false);
    const located = locatePlanTables(
      withBindings(snapshot, [{ id: "ATGARDSPLAN.deltagare", table: "tabell7" }]),
    );

    expect(located.tables.get("Deltagare")?.location).toEqual(
      expect.objectContaining({ sheet: "Omdöpt blad", excelTable: "Tabell7" }),
    );
    expect(located.brokenBindings).toBeUndefined();
  });

  it("takes the bound table over one that merely has the contract's name", () => {
    const snapshot = planSnapshotWith({ Aktiviteter: { sheet: "Bunden", excelTable: "Mina aktiviteter" } });
    const decoy = planSnapshotWith({ Aktiviteter: { sheet: "Gammal", excelTable: "Aktiviteter", rows: [] } });
    const both: WorkbookSnapshot = {
      sheets: [...snapshot.sheets, ...decoy.sheets.filter((s) => s.name === "Gammal")],
      bindings: [{ id: "atgardsplan.Aktiviteter", table: "Mina aktiviteter" }],
    };

    const located = locatePlanTables(both);
    expect(located.tables.get("Aktiviteter")?.location.sheet).toBe("Bunden");
    expect(located.tables.get("Aktiviteter")?.rows).toHaveLength(2);
  });

  it("lists a broken binding and still finds the table by its name", () => {
    const located = locatePlanTables(
      withBindings(planSnapshot(), [
        { id: "atgardsplan.Uppfoljning", table: null },
        { id: "atgardsplan.Omraden", table: "Borttagen" },
      ]),
    );

    expect(located.brokenBindings).toEqual([
      { id: "atgardsplan.Uppfoljning", table: "Uppfoljning" },
      { id: "atgardsplan.Omraden", table: "Omraden" },
    ]);
    expect(located.tables.get("Uppfoljning")?.location.excelTable).toBe("Uppfoljning");
  });

  it("validates a plan the same with bindings to where its tables already are", () => {
    const snapshot = planSnapshotWith({ Aktiviteter: { sheet: "Blad2", excelTable: "Tabell1" } });
    const bound = withBindings(snapshot, [
      { id: "atgardsplan.Aktiviteter", table: "Tabell1" },
      { id: "atgardsplan.Deltagare", table: "Deltagare" },
    ]);

    expect(allFields(validate(bound))).toEqual(allFields(validate(snapshot)));
    expect([...locatePlanTables(bound).tables.keys()]).toEqual([...locatePlanTables(snapshot).tables.keys()]);
  });
});
