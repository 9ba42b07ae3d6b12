import { describe, expect, it } from "vitest";
import {
  BindingPlanError,
  defaultBindingPlan,
  newTable,
  PLAN_TABLES,
  planBinding,
  proposeBinding,
  tableDef,
  type BindingOperation,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { districtPlan, snapshotOfSheets, untidyPlan } from "../../helpers/binding-fixtures";
import { planSnapshot, planSnapshotWith } from "../../helpers/snapshot-builder";

function defaultOperations(snapshot: WorkbookSnapshot): BindingOperation[] {
  const proposal = proposeBinding(snapshot);
  return planBinding(proposal, defaultBindingPlan(proposal));
}

const created = (name: "Indikatorer" | "Utfall" | "Deltagare" | "Bedomning"): BindingOperation => ({
  kind: "createTable",
  table: newTable(tableDef(name)),
});
const bind = (name: string, table = name): BindingOperation => ({
  kind: "recordBinding",
  id: `atgardsplan.${name}`,
  table,
});

/** The snapshot with every contract table bound to the Excel table of its own name. */
function boundAsTheyAre(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return { ...snapshot, bindings: PLAN_TABLES.map((t) => ({ id: `atgardsplan.${t.name}`, table: t.name })) };
}

describe("planBinding", () => {
  it("turns each chosen range into a table, formats Nr columns as text and binds every table", () => {
    expect(defaultOperations(snapshotOfSheets(districtPlan()))).toEqual([
      { kind: "convertRangeToTable", sheet: "Info", range: "A1:C2", name: "Plan" },
      bind("Plan"),
      { kind: "convertRangeToTable", sheet: "Blad1", range: "A1:D3", name: "Omraden" },
      bind("Omraden"),
      { kind: "convertRangeToTable", sheet: "Våra aktiviteter", range: "A1:H4", name: "Aktiviteter" },
      { kind: "formatColumnsAsText", table: "Aktiviteter", columns: [1] },
      bind("Aktiviteter"),
      { kind: "convertRangeToTable", sheet: "Parter", range: "A1:C10", name: "Deltagare" },
      { kind: "formatColumnsAsText", table: "Deltagare", columns: [0] },
      bind("Deltagare"),
      created("Indikatorer"),
      bind("Indikatorer"),
      { kind: "convertRangeToTable", sheet: "Uppföljning 2026", range: "A1:G4", name: "Uppfoljning" },
      { kind: "formatColumnsAsText", table: "Uppfoljning", columns: [0] },
      bind("Uppfoljning"),
      created("Utfall"),
      bind("Utfall"),
      created("Bedomning"),
      bind("Bedomning"),
    ]);
  });

  it("adds missing required columns at the right edge and creates a missing required table", () => {
    const ops = defaultOperations(snapshotOfSheets(untidyPlan()));

    expect(ops.filter((op) => op.kind !== "recordBinding" && op.kind !== "createTable")).toContainEqual({
      kind: "addColumns",
      table: "Aktiviteter",
      headers: ["Löptid"],
    });
    expect(ops).toContainEqual({
      kind: "convertRangeToTable",
      sheet: "Våra aktiviteter",
      range: "A3:G6",
      name: "Aktiviteter",
    });
    expect(ops).toContainEqual(created("Deltagare"));
  });

  it("formats an added Nr column as text too", () => {
    const snapshot = snapshotOfSheets([
      {
        name: "Blad1",
        rows: [
          ["Aktivitet", "Beskrivning och syfte", "Löptid", "Sammankallande"],
          ["Platssamverkan", "Öka tryggheten.", "Tillsvidare", "Polisen"],
        ],
      },
    ]);

    const ops = defaultOperations(snapshot);
    const first = ops.findIndex((op) => op.kind === "convertRangeToTable");
    expect(ops.slice(first, first + 4)).toEqual([
      { kind: "convertRangeToTable", sheet: "Blad1", range: "A1:D2", name: "Aktiviteter" },
      { kind: "addColumns", table: "Aktiviteter", headers: ["Nr"] },
      { kind: "formatColumnsAsText", table: "Aktiviteter", columns: [4] },
      bind("Aktiviteter"),
    ]);
  });

  it("renames an existing table only when allowed, else binds it under its own name", () => {
    const snapshot = planSnapshotWith({ Aktiviteter: { sheet: "Blad2", excelTable: "Tabell1" } });
    const proposal = proposeBinding(snapshot);
    const plan = defaultBindingPlan(proposal);

    const kept = planBinding(proposal, plan).filter((op) => JSON.stringify(op).includes("Tabell1"));
    expect(kept).toEqual([
      { kind: "formatColumnsAsText", table: "Tabell1", columns: [0] },
      bind("Aktiviteter", "Tabell1"),
    ]);

    const renamed = planBinding(proposal, { ...plan, allowRename: true });
    expect(renamed.slice(renamed.findIndex((op) => op.kind === "renameTable")).slice(0, 3)).toEqual([
      { kind: "renameTable", from: "Tabell1", to: "Aktiviteter" },
      { kind: "formatColumnsAsText", table: "Aktiviteter", columns: [0] },
      bind("Aktiviteter"),
    ]);
  });

  it("binds a plan whose tables already have their names in place, changing nothing else", () => {
    const ops = defaultOperations(planSnapshot());

    expect(ops.filter((op) => op.kind !== "recordBinding" && op.kind !== "formatColumnsAsText")).toEqual([]);
    expect(ops.filter((op) => op.kind === "recordBinding")).toHaveLength(8);
  });

  it("has nothing to do for a workbook already bound: no formatting again, no binding again", () => {
    const bound = boundAsTheyAre(planSnapshot());

    expect(defaultOperations(bound)).toEqual([]);
  });

  it("only adds what a bound table lacks, and binds it again then", () => {
    const headers = tableDef("Uppfoljning")
      .columns.map((c) => c.header)
      .filter((h) => h !== "Genomförda aktiviteter");
    const snapshot = planSnapshotWith({ Uppfoljning: { headers } });
    const bound = boundAsTheyAre(snapshot);

    expect(defaultOperations(bound)).toEqual([
      { kind: "addColumns", table: "Uppfoljning", headers: ["Genomförda aktiviteter"] },
      bind("Uppfoljning"),
    ]);
  });

  it("leaves out a table the user skips and creates one where the user asks", () => {
    const proposal = proposeBinding(snapshotOfSheets(districtPlan()));
    const ops = planBinding(proposal, { choices: { Utfall: "skip", Deltagare: "new" }, allowRename: false });

    expect(ops.some((op) => JSON.stringify(op).includes("Utfall"))).toBe(false);
    expect(ops).toContainEqual(created("Deltagare"));
    expect(ops.some((op) => op.kind === "convertRangeToTable" && op.name === "Deltagare")).toBe(false);
  });

  it("refuses two tables on the same cells, a taken table name and an unknown choice", () => {
    const proposal = proposeBinding(snapshotOfSheets(districtPlan()));
    const old = "range:'Gammal uppföljning'!A1:D2";
    expect(() =>
      planBinding(proposal, { choices: { Uppfoljning: old, Utfall: old }, allowRename: false }),
    ).toThrow(/Uppfoljning och Utfall kan inte kopplas till samma celler/);
    expect(() =>
      planBinding(proposal, { choices: { Plan: "range:Blad9!A1:B2" }, allowRename: false }),
    ).toThrow(/Valet för tabellen Plan finns inte/);

    expect(() =>
      planBinding(proposal, { choices: { Utfall: old, Uppfoljning: old }, allowRename: false }),
    ).toThrow(BindingPlanError);

    const named = proposeBinding(planSnapshotWith({ Aktiviteter: { sheet: "Blad2" } }));
    expect(() => planBinding(named, { choices: { Aktiviteter: "new" }, allowRename: false })).toThrow(
      /Det finns redan en annan tabell som heter Aktiviteter/,
    );
  });
});

describe("planBinding: refusals in full", () => {
  /** The Swedish message a refused plan gives, or null when it is carried out. */
  function refusal(run: () => unknown): string | null {
    try {
      run();
      return null;
    } catch (error) {
      if (!(error instanceof BindingPlanError)) throw error;
      return error.userMessage;
    }
  }

  it("names both tables and both places when two tables would share cells", () => {
    const proposal = proposeBinding(snapshotOfSheets(districtPlan()));
    const old = "range:'Gammal uppföljning'!A1:D2";

    expect(
      refusal(() =>
        planBinding(proposal, { choices: { Uppfoljning: old, Utfall: old }, allowRename: false }),
      ),
    ).toBe(
      "Tabellerna Uppfoljning och Utfall kan inte kopplas till samma celler " +
        "('Gammal uppföljning'!A1:D2 och 'Gammal uppföljning'!A1:D2). Välj ett annat område för en av dem.",
    );
  });

  it("refuses to rename a table to the name another table has, and says what to do", () => {
    const snapshot = planSnapshotWith({ Aktiviteter: { sheet: "Blad2", excelTable: "Tabell1" } });
    const named = planSnapshotWith({
      Aktiviteter: { sheet: "Gamla", headers: ["Nr", "Aktivitet"], rows: [] },
    });
    const both: WorkbookSnapshot = {
      sheets: [...snapshot.sheets, ...named.sheets.filter((s) => s.name === "Gamla")],
    };
    const proposal = proposeBinding(both);
    const choices = { Aktiviteter: "table:Tabell1" };
    const message =
      "Det finns redan en annan tabell som heter Aktiviteter. Koppla Aktiviteter till den tabellen, " +
      "eller byt namn på den i Excel först.";

    expect(refusal(() => planBinding(proposal, { choices, allowRename: true }))).toBe(message);
    expect(
      refusal(() => planBinding(proposal, { choices: { Aktiviteter: "new" }, allowRename: false })),
    ).toBe(message);
    // Kept under its own name, Tabell1 takes no one's name.
    expect(refusal(() => planBinding(proposal, { choices, allowRename: false }))).toBeNull();
  });
});
