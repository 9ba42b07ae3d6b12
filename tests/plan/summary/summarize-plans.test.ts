import { describe, expect, it } from "vitest";
import {
  NothingToSummarize,
  PlanError,
  summarizePlans,
  type PlanSource,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { districtSnapshot, FIXTURE_T2, FIXTURE_T2_DEVIATIONS } from "../../helpers/district-plans";
import { snapshotOf } from "../../helpers/snapshot-builder";

/** What happened, in order: each source's opening and reading. */
let events: string[] = [];

function source(name: string, snapshot: WorkbookSnapshot | (() => never)): PlanSource {
  const refuse = async () => {
    throw new Error("a plan summarised must never be written");
  };
  return {
    name,
    open: async () => {
      events.push(`öppna ${name}`);
      if (typeof snapshot === "function") snapshot();
      const port: WorkbookPort = {
        readSnapshot: async () => {
          events.push(`läs ${name}`);
          return snapshot as WorkbookSnapshot;
        },
        createTables: refuse,
        appendRows: refuse,
        writeSheet: refuse,
        writeRows: refuse,
      };
      return port;
    },
  };
}

const broken = () => {
  throw new PlanError("Filen trasig.xlsx är ingen Excel-arbetsbok.");
};

const noPlan = snapshotOf([{ name: "Budget", rows: [{ Konto: 1 }], headers: ["Konto"] }]);

function folder(): PlanSource[] {
  events = [];
  return [
    source("hagersten.xlsx", districtSnapshot("Hägersten-Älvsjö", { reportedT2On: "2026-09-20" })),
    source("budget.xlsx", noPlan),
    source("skarholmen-2025.xlsx", districtSnapshot("Skärholmen", { year: 2025 })),
    source("skarholmen.xlsx", districtSnapshot("Skärholmen")),
    source("trasig.xlsx", broken),
  ];
}

describe("summarizePlans", () => {
  it("summarises each district as its report counts it, with its late reports", async () => {
    const summary = await summarizePlans(folder(), { period: "T2", year: 2026, source: "planer" });
    expect(summary.year).toBe(2026);
    expect(summary.districts.map((d) => [d.file, d.district])).toEqual([
      ["hagersten.xlsx", "Hägersten-Älvsjö"],
      ["skarholmen.xlsx", "Skärholmen"],
    ]);
    expect(summary.districts[0]?.counts).toEqual({ ...FIXTURE_T2, late: 1 });
    expect(summary.districts[1]?.counts).toEqual(FIXTURE_T2);
    expect(summary.total).toEqual({
      activities: 12,
      reported: 10,
      met: 2,
      partly: 4,
      notMet: 2,
      notAssessed: 2,
      missing: 2,
      late: 1,
    });
  });

  it("keeps every activity with its status in each period so far, and the period's deviations", async () => {
    const summary = await summarizePlans(folder(), { period: "T2", year: 2026, source: "planer" });
    const skarholmen = summary.districts[1];
    expect(skarholmen?.activities.map((a) => [a.nr, a.convener, a.statuses.map((s) => s.status)])).toEqual([
      ["1.1", "SDF preventionsstrateg", ["met", "met"]],
      ["1.2", "Kommunpolis", ["partly", "notMet"]],
      ["1.10", "SDF preventionsstrateg", ["notMet", "partly"]],
      ["2.1", "SDF preventionsstrateg", ["notAssessed", "notAssessed"]],
      ["2.2", "Fältassistenter", ["missing", "missing"]],
      ["2.3", "SDF preventionsstrateg", ["met", "partly"]],
    ]);
    expect(skarholmen?.deviations).toHaveLength(FIXTURE_T2_DEVIATIONS);
    expect(summary.districts[0]?.deviations).toHaveLength(FIXTURE_T2_DEVIATIONS + 1);
    expect(summary.districts[0]?.deviations).toContainEqual({
      nr: "1.1",
      name: "Platssamverkan Vårberg",
      kind: "late",
      text: "Sen rapport: 5 dagar (2026-09-20)",
    });
  });

  it("lists the workbook that cannot be read, the one that is no plan and the plan of another year, with why", async () => {
    const summary = await summarizePlans(folder(), { period: "T2", year: 2026, source: "planer" });
    expect(summary.skipped).toEqual([
      {
        file: "budget.xlsx",
        kind: "not-plan",
        reason: "ingen plan: tabellerna Områden, Aktiviteter, Deltagare och Uppföljning saknas",
      },
      { file: "skarholmen-2025.xlsx", kind: "other-year", reason: "planen gäller 2025, inte 2026" },
      {
        file: "trasig.xlsx",
        kind: "unreadable",
        reason: "kunde inte läsas: Filen trasig.xlsx är ingen Excel-arbetsbok.",
      },
    ]);
  });

  it("summarises the year most plans are for when no year is asked, listing the others", async () => {
    const summary = await summarizePlans(folder(), { period: "T2", source: "planer" });
    expect(summary.year).toBe(2026);
    expect(summary.districts.map((d) => d.file)).toEqual(["hagersten.xlsx", "skarholmen.xlsx"]);
    expect(summary.skipped.map((s) => [s.file, s.reason])).toContainEqual([
      "skarholmen-2025.xlsx",
      "planen gäller 2025, inte 2026",
    ]);
  });

  it("opens one workbook at a time, each read before the next is opened", async () => {
    await summarizePlans(folder(), { period: "T2", source: "planer" });
    expect(events).toEqual([
      "öppna hagersten.xlsx",
      "läs hagersten.xlsx",
      "öppna budget.xlsx",
      "läs budget.xlsx",
      "öppna skarholmen-2025.xlsx",
      "läs skarholmen-2025.xlsx",
      "öppna skarholmen.xlsx",
      "läs skarholmen.xlsx",
      "öppna trasig.xlsx",
    ]);
  });

  it("lists a plan missing a required column, and one without År when no year is asked", async () => {
    const incomplete = districtSnapshot("Kista");
    const withoutColumn: WorkbookSnapshot = {
      sheets: incomplete.sheets.map((sheet) => ({
        ...sheet,
        tables: sheet.tables.map((t) =>
          t.name === "Uppfoljning"
            ? { ...t, headers: t.headers.map((h) => (h === "Målet nått" ? "Status" : h)) }
            : t,
        ),
      })),
    };
    const noYear: WorkbookSnapshot = {
      sheets: districtSnapshot("Rinkeby").sheets.filter((sheet) => sheet.name !== "Plan"),
    };
    const summary = await summarizePlans(
      [
        source("kista.xlsx", withoutColumn),
        source("rinkeby.xlsx", noYear),
        source("skarholmen.xlsx", districtSnapshot("Skärholmen")),
      ],
      { period: "T2", source: "planer" },
    );
    expect(summary.skipped.map((s) => [s.file, s.kind, s.reason])).toEqual([
      ["kista.xlsx", "not-plan", 'planen är ofullständig: tabellen Uppföljning saknar kolumnen "Målet nått"'],
      [
        "rinkeby.xlsx",
        "no-year",
        "tabellen Plan har inget År, så det går inte att se vilket år planen gäller",
      ],
    ]);
    expect(summary.districts.map((d) => d.file)).toEqual(["skarholmen.xlsx"]);
  });

  it("tells two plans of the same district apart by their file", async () => {
    const summary = await summarizePlans(
      [source("a.xlsx", districtSnapshot("Skärholmen")), source("b.xlsx", districtSnapshot("Skärholmen"))],
      { period: "T1", source: "planer" },
    );
    expect(summary.districts.map((d) => d.district)).toEqual(["Skärholmen (a.xlsx)", "Skärholmen (b.xlsx)"]);
  });

  it("refuses with the reasons when no plan can be summarised", async () => {
    const sources = [
      source("budget.xlsx", noPlan),
      source("gammal.xlsx", districtSnapshot("Skärholmen", { year: 2025 })),
    ];
    const error = await summarizePlans(sources, { period: "T2", year: 2026, source: "planer" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NothingToSummarize);
    expect((error as NothingToSummarize).userMessage).toBe(
      [
        "Ingen plan kunde sammanställas, så ingen sammanställning skrevs:",
        "  budget.xlsx: ingen plan: tabellerna Områden, Aktiviteter, Deltagare och Uppföljning saknas",
        "  gammal.xlsx: planen gäller 2025, inte 2026",
      ].join("\n"),
    );
  });

  it("lets an error that is not the workbook's fault through", async () => {
    const bug = { name: "x.xlsx", open: async () => Promise.reject(new TypeError("fel i koden")) };
    await expect(summarizePlans([bug], { period: "T2", source: "planer" })).rejects.toThrow("fel i koden");
  });
});
