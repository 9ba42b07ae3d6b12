import { describe, expect, it } from "vitest";
import {
  bindPlan,
  PLAN_TABLES,
  readBindingProposal,
  type BindingOperation,
  type BindingPort,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { districtPlan, snapshotOfSheets } from "../../helpers/binding-fixtures";
import { planSnapshot } from "../../helpers/snapshot-builder";

/** A workbook that can be read and bound; every call to `applyBinding` is kept, any other write fails. */
function bindingPort(snapshot: WorkbookSnapshot) {
  const applied: (readonly BindingOperation[])[] = [];
  const refuse = async () => {
    throw new Error("binding writes nothing but its operations");
  };
  const port: WorkbookPort & BindingPort = {
    readSnapshot: async () => snapshot,
    createTables: refuse,
    appendRows: refuse,
    writeSheet: refuse,
    writeRows: refuse,
    readBindings: refuse,
    applyBinding: async (operations) => {
      applied.push(operations);
    },
  };
  return { port, applied };
}

const bind = (name: string): BindingOperation => ({
  kind: "recordBinding",
  id: `atgardsplan.${name}`,
  table: name,
});

describe("readBindingProposal", () => {
  it("proposes from the workbook as it is now", async () => {
    const { port, applied } = bindingPort(snapshotOfSheets(districtPlan()));

    const proposal = await readBindingProposal(port);

    expect(proposal.tables.map((t) => [t.def.name, t.chosen])).toEqual([
      ["Plan", "range:Info!A1:C2"],
      ["Omraden", "range:Blad1!A1:D3"],
      ["Aktiviteter", "range:'Våra aktiviteter'!A1:H4"],
      ["Deltagare", "range:Parter!A1:C10"],
      ["Indikatorer", null],
      ["Uppfoljning", "range:'Uppföljning 2026'!A1:G4"],
      ["Utfall", null],
      ["Bedomning", null],
    ]);
    expect(applied).toEqual([]);
  });
});

describe("bindPlan", () => {
  it("applies the proposal as it stands, once, and returns what it did", async () => {
    const { port, applied } = bindingPort(snapshotOfSheets(districtPlan()));

    const result = await bindPlan(port);

    expect(result.operations.slice(0, 4)).toEqual([
      { kind: "convertRangeToTable", sheet: "Info", range: "A1:C2", name: "Plan" },
      bind("Plan"),
      { kind: "convertRangeToTable", sheet: "Blad1", range: "A1:D3", name: "Omraden" },
      bind("Omraden"),
    ]);
    expect(result.operations).toHaveLength(19);
    expect(applied).toEqual([result.operations]);
    expect(result.proposal.tables.find((t) => t.def.name === "Deltagare")?.chosen).toBe(
      "range:Parter!A1:C10",
    );
  });

  it("carries out the user's choices instead when given them", async () => {
    const { port, applied } = bindingPort(snapshotOfSheets(districtPlan()));
    const skipAllButPlan = Object.fromEntries(
      PLAN_TABLES.map((t) => [t.name, t.name === "Plan" ? "range:Info!A1:C2" : "skip"]),
    );

    const result = await bindPlan(port, () => ({ choices: skipAllButPlan, allowRename: false }));

    const expected: BindingOperation[] = [
      { kind: "convertRangeToTable", sheet: "Info", range: "A1:C2", name: "Plan" },
      bind("Plan"),
    ];
    expect(result.operations).toEqual(expected);
    expect(applied).toEqual([expected]);
  });

  it("writes nothing to a workbook already bound as asked", async () => {
    const bound: WorkbookSnapshot = {
      ...planSnapshot(),
      bindings: PLAN_TABLES.map((t) => ({ id: `atgardsplan.${t.name}`, table: t.name })),
    };
    const { port, applied } = bindingPort(bound);

    const result = await bindPlan(port);

    expect(result.operations).toEqual([]);
    expect(result.proposal.tables.map((t) => t.chosen)).toEqual(PLAN_TABLES.map((t) => `table:${t.name}`));
    expect(applied).toEqual([]);
  });
});
