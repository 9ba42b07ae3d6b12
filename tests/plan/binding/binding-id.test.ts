import { describe, expect, it } from "vitest";
import {
  bindingIdOfName,
  bindingNameOf,
  resolveBindings,
  tableOfBindingId,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { planSnapshotWith } from "../../helpers/snapshot-builder";

describe("tableOfBindingId", () => {
  it.each([
    ["atgardsplan.Aktiviteter", "Aktiviteter"],
    ["ATGARDSPLAN.uppfoljning", "Uppfoljning"],
    ["atgardsplan.Okänd", null],
    ["atgardsplan.", null],
    // As long as the prefix, but someone else's: the text after it must not count.
    ["annatprogramAktiviteter", null],
    ["annat.tillagg", null],
  ])("%s is for %s", (id, table) => {
    expect(tableOfBindingId(id)).toBe(table);
  });
});

describe("bindingNameOf", () => {
  it("is the defined name that keeps the binding, in the contract's spelling", () => {
    expect(bindingNameOf("atgardsplan.Deltagare")).toBe("_atgardsplan_bind_Deltagare");
    expect(bindingNameOf("Atgardsplan.deltagare")).toBe("_atgardsplan_bind_Deltagare");
  });

  it("refuses an id that is not the plan's", () => {
    expect(() => bindingNameOf("annat.Deltagare")).toThrow("Not a plan binding id: annat.Deltagare");
    expect(() => bindingNameOf("atgardsplan.Okänd")).toThrow("Not a plan binding id: atgardsplan.Okänd");
  });
});

describe("bindingIdOfName", () => {
  it.each([
    ["_atgardsplan_bind_Aktiviteter", "atgardsplan.Aktiviteter"],
    ["_ATGARDSPLAN_BIND_bedomning", "atgardsplan.Bedomning"],
    ["_atgardsplan_bind_Okänd", null],
    ["_atgardsplan_bind_", null],
    // As long as the prefix, but another name: the text after it must not count.
    ["_annat_namn_boken_Aktiviteter", null],
    ["Utskriftsområde", null],
  ])("%s keeps %s", (name, id) => {
    expect(bindingIdOfName(name)).toBe(id);
  });

  it("reads back every name bindingNameOf writes", () => {
    for (const id of ["atgardsplan.Plan", "atgardsplan.Omraden", "atgardsplan.Utfall"]) {
      expect(bindingIdOfName(bindingNameOf(id))).toBe(id);
    }
  });
});

describe("resolveBindings", () => {
  const snapshot = planSnapshotWith({ Aktiviteter: { excelTable: "Tabell1" } });
  const withBindings = (bindings: WorkbookSnapshot["bindings"]): WorkbookSnapshot => ({
    ...snapshot,
    bindings,
  });

  it("is not broken when a later binding for the same table resolves", () => {
    const resolved = resolveBindings(
      withBindings([
        { id: "atgardsplan.Aktiviteter", table: "Borttagen" },
        { id: "ATGARDSPLAN.aktiviteter", table: "TABELL1" },
      ]),
    );

    expect([...resolved.bound]).toEqual([["Aktiviteter", "Tabell1"]]);
    expect(resolved.broken).toEqual([]);
  });

  it("keeps the first binding of a table that resolves, and ignores other programs' bindings", () => {
    const resolved = resolveBindings(
      withBindings([
        { id: "annat.Aktiviteter", table: "Deltagare" },
        { id: "atgardsplan.Aktiviteter", table: "Tabell1" },
        { id: "atgardsplan.Aktiviteter", table: "Deltagare" },
        { id: "atgardsplan.Utfall", table: null },
      ]),
    );

    expect([...resolved.bound]).toEqual([["Aktiviteter", "Tabell1"]]);
    expect(resolved.broken).toEqual([{ id: "atgardsplan.Utfall", table: "Utfall" }]);
  });

  it("has nothing bound and nothing broken without bindings", () => {
    for (const bindings of [undefined, []]) {
      const resolved = resolveBindings(withBindings(bindings));
      expect([...resolved.bound]).toEqual([]);
      expect(resolved.broken).toEqual([]);
    }
  });
});
