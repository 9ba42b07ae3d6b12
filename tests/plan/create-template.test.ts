import { describe, expect, it } from "vitest";
import {
  PlanWriteRefused,
  createPlanTables,
  planTemplate,
  tablesWithData,
  type NewTable,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "../../src/plan";
import { planSnapshot, snapshotOf } from "../helpers/snapshot-builder";

/** A port over `snapshot` that records the tables it is asked to create; other writes fail. */
function recordingPort(snapshot: WorkbookSnapshot) {
  const created: NewTable[][] = [];
  const refuse = async () => {
    throw new Error("the template writes only new tables");
  };
  const port: WorkbookPort = {
    readSnapshot: async () => snapshot,
    createTables: async (tables) => {
      created.push([...tables]);
    },
    appendRows: refuse,
    writeSheet: refuse,
    writeRows: refuse,
  };
  return { port, created };
}

const emptyWorkbook: WorkbookSnapshot = {
  sheets: [{ name: "Blad1", visibility: "visible", tables: [], merges: [], usedRange: null }],
};

describe("tablesWithData", () => {
  it("names the plan tables that hold data rows, in the contract's order", async () => {
    const snapshot = planSnapshot({ Indikatorer: [], Utfall: [] });

    const { port } = recordingPort(snapshot);

    expect(await tablesWithData(port)).toEqual([
      "Plan",
      "Omraden",
      "Aktiviteter",
      "Deltagare",
      "Uppfoljning",
      "Bedomning",
    ]);
  });

  it("names none in a workbook without plan tables, or whose plan tables are empty", async () => {
    expect(await tablesWithData(recordingPort(emptyWorkbook).port)).toEqual([]);
    const emptyTables = snapshotOf([
      { name: "Aktiviteter", rows: [] },
      { name: "Deltagare", rows: [] },
    ]);
    expect(await tablesWithData(recordingPort(emptyTables).port)).toEqual([]);
  });
});

describe("createPlanTables", () => {
  it("creates the template's tables in a workbook without plan tables", async () => {
    const { port, created } = recordingPort(emptyWorkbook);

    await createPlanTables(port);

    expect(created).toEqual([planTemplate()]);
  });

  it("creates the tables it is given", async () => {
    const { port, created } = recordingPort(emptyWorkbook);
    const tables = planTemplate({ Aktiviteter: [["1.1", "Platssamverkan"]] }).slice(2, 3);

    await createPlanTables(port, tables);

    expect(created).toEqual([tables]);
  });

  it("refuses, creating nothing, when the workbook has plan tables, even empty ones", async () => {
    const snapshot = snapshotOf([
      { name: "Aktiviteter", rows: [] },
      { name: "Deltagare", rows: [] },
    ]);
    const { port, created } = recordingPort(snapshot);

    const refusal = await createPlanTables(port).catch((e: unknown) => e);

    expect(refusal).toBeInstanceOf(PlanWriteRefused);
    expect((refusal as PlanWriteRefused).userMessage).toBe(
      "Arbetsboken har redan planens tabeller (Aktiviteter, Deltagare). " +
        "Öppna en tom arbetsbok för att skapa en ny plan, så skrivs inget över.",
    );
    expect(created).toEqual([]);
  });
});
