/**
 * The summary's edge cases: a plan with only some tables, a plan without År or district,
 * file names with folders, the year most plans are for, errors that are and are not the
 * workbook's fault, and an empty folder.
 */
import { describe, expect, it } from "vitest";
import {
  fileStem,
  summarizePlan,
  summarizePlans,
  type PlanSource,
  type TableName,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { districtSnapshot } from "../../helpers/district-plans";
import { snapshotOf } from "../../helpers/snapshot-builder";

function source(name: string, snapshot: WorkbookSnapshot): PlanSource {
  const refuse = async () => {
    throw new Error("a plan summarised must never be written");
  };
  const port: WorkbookPort = {
    readSnapshot: async () => snapshot,
    createTables: refuse,
    appendRows: refuse,
    writeSheet: refuse,
    writeRows: refuse,
  };
  return { name, open: async () => port };
}

/** A source whose opening fails with `error`. */
function failing(name: string, error: unknown): PlanSource {
  return { name, open: async () => Promise.reject(error) };
}

function without(snapshot: WorkbookSnapshot, ...tables: TableName[]): WorkbookSnapshot {
  return {
    sheets: snapshot.sheets.filter((s) => !s.tables.some((t) => tables.includes(t.name as TableName))),
  };
}

/** A plan of `year` by a file named after the year. */
const ofYear = (year: number, i: number) =>
  source(`${i}-${year}.xlsx`, districtSnapshot(`Stadsdel ${i}`, { year }));

describe("summarizePlan", () => {
  it("leaves out a workbook with only some of the plan's tables as incomplete, naming each table missing", () => {
    const one = summarizePlan("kista.xlsx", without(districtSnapshot("Kista"), "Deltagare"), "T2", 2026);
    expect(one).toEqual({
      kind: "skipped",
      skipped: {
        file: "kista.xlsx",
        kind: "not-plan",
        reason: "planen är ofullständig: tabellen Deltagare saknas",
      },
    });
    const two = summarizePlan(
      "kista.xlsx",
      without(districtSnapshot("Kista"), "Deltagare", "Uppfoljning"),
      "T2",
      2026,
    );
    expect(two.kind === "skipped" && two.skipped.reason).toBe(
      "planen är ofullständig: tabellen Deltagare saknas; tabellen Uppföljning saknas",
    );
  });

  it("summarises a plan without a Plan table for the year asked, named by its file", () => {
    const noPlanTable = without(districtSnapshot("Kista"), "Plan");
    const outcome = summarizePlan("planer/Kista.xlsx", noPlanTable, "T2", 2026);
    if (outcome.kind !== "summarized") throw new Error(`skipped: ${JSON.stringify(outcome)}`);
    expect([outcome.summary.district, outcome.summary.year, outcome.summary.file]).toEqual([
      "Kista",
      2026,
      "planer/Kista.xlsx",
    ]);
  });
});

describe("fileStem", () => {
  it.each([
    ["kista.xlsx", "kista"],
    ["planer/Kista.XLSX", "Kista"],
    ["C:\\planer\\Rinkeby.xlsx", "Rinkeby"],
    ["planer/kista.xlsx.bak.xlsx", "kista.xlsx.bak"],
    ["planer/kista", "kista"],
  ])("%s is named %s", (file, stem) => {
    expect(fileStem(file)).toBe(stem);
  });
});

describe("summarizePlans: the year most plans are for", () => {
  it.each([
    [[2025, 2026, 2026], 2026],
    [[2025, 2025, 2026], 2025],
    [[2026, 2025], 2026],
    [[2025, 2026], 2026],
  ])("plans of %j give %i", async (years, year) => {
    const summary = await summarizePlans(
      years.map((y, i) => ofYear(y, i)),
      { period: "T1", source: "planer" },
    );
    expect(summary.year).toBe(year);
    expect(summary.skipped.map((s) => [s.kind, s.reason])).toEqual(
      years.filter((y) => y !== year).map((y) => ["other-year", `planen gäller ${y}, inte ${year}`]),
    );
  });
});

describe("summarizePlans: what is the workbook's fault", () => {
  it("lists a workbook whose error has a message on several lines, on one line", async () => {
    const error = Object.assign(new Error("download failed"), {
      userMessage: "Filen kunde inte hämtas.\nKontrollera adressen. \n  Försök igen.\n",
    });
    const summary = await summarizePlans(
      [failing("a.xlsx", error), source("b.xlsx", districtSnapshot("Kista"))],
      {
        period: "T1",
        source: "planer",
      },
    );
    expect(summary.skipped).toEqual([
      {
        file: "a.xlsx",
        kind: "unreadable",
        reason: "kunde inte läsas: Filen kunde inte hämtas. Kontrollera adressen. Försök igen.",
      },
    ]);
  });

  it.each([
    ["an object that is no Error", { userMessage: "Inte ett fel." }],
    ["an Error whose userMessage is no text", Object.assign(new Error("fel i koden"), { userMessage: 42 })],
  ])("lets %s through as it was thrown", async (_, thrown) => {
    const sources = [failing("a.xlsx", thrown), source("b.xlsx", districtSnapshot("Kista"))];
    const error = await summarizePlans(sources, { period: "T1", source: "planer" }).catch((e: unknown) => e);
    expect(error).toBe(thrown);
  });
});

describe("summarizePlans: nothing to summarise", () => {
  it("says the folder has no workbooks when it is empty", async () => {
    const error = await summarizePlans([], { period: "T1", source: "planer" }).catch((e: unknown) => e);
    expect((error as { userMessage?: unknown }).userMessage).toBe(
      "Mappen innehåller inga arbetsböcker (.xlsx) att sammanställa.",
    );
  });

  it("lists why each workbook is left out when none is a plan and no year is asked", async () => {
    const budget = snapshotOf([{ name: "Budget", rows: [{ Konto: 1 }], headers: ["Konto"] }]);
    const error = await summarizePlans([source("budget.xlsx", budget)], {
      period: "T1",
      source: "planer",
    }).catch((e: unknown) => e);
    expect((error as { userMessage?: unknown }).userMessage).toBe(
      [
        "Ingen plan kunde sammanställas, så ingen sammanställning skrevs:",
        "  budget.xlsx: ingen plan: tabellerna Områden, Aktiviteter, Deltagare och Uppföljning saknas",
      ].join("\n"),
    );
  });
});
