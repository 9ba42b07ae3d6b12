/**
 * The use cases behind `paminn`, `validera`'s reporting notice and the pane's "Rapportera
 * uppföljning", run on snapshots: which period, whose reports are missing, and the refusals.
 */
import { describe, expect, it } from "vitest";
import {
  PlanStructureError,
  readReportingState,
  remindConveners,
  upcomingReporting,
  type RowsWriteResult,
  type WorkbookPort,
  type WorkbookSnapshot,
  type WriteSheetResult,
} from "../../../src/plan";
import { activityRow, followUpRow, planSnapshot, type RowInput } from "../../helpers/snapshot-builder";

const ACTIVITIES = [
  activityRow({
    Nr: "1.1",
    Aktivitet: "Platssamverkan Vårberg",
    Sammankallande: "Åsa Öberg",
    "Sammankallandes e-post": "asa.oberg@stockholm.se",
  }),
  activityRow({ Nr: "1.2", Aktivitet: "Trygghetsvandringar", Sammankallande: "Kommunpoliser" }),
  activityRow({ Nr: "1.3", Aktivitet: "Föräldravandringar", Sammankallande: "Åsa Öberg" }),
];

/** 1.1 has reported T1 2026; 1.2 and 1.3 have not. */
const REPORTED = [
  followUpRow({ Aktivitet: "1.1", "Rapporterad av": "Åsa Öberg", Rapportdatum: "2026-05-02" }),
];

const URL = "https://stockholm.sharepoint.com/sites/brott/Delade dokument/plan.xlsx";

function snapshot(change: Partial<Record<"Plan" | "Aktiviteter" | "Uppfoljning", RowInput[] | null>> = {}) {
  return planSnapshot({ Aktiviteter: ACTIVITIES, Uppfoljning: REPORTED, ...change });
}

/** A port that only reads: the use cases here never write. */
class ReadOnlyPort implements WorkbookPort {
  constructor(private readonly snapshot: WorkbookSnapshot) {}
  async readSnapshot(): Promise<WorkbookSnapshot> {
    return this.snapshot;
  }
  async createTables(): Promise<void> {
    throw new Error("does not write");
  }
  async appendRows(): Promise<void> {
    throw new Error("does not write");
  }
  async writeRows(): Promise<RowsWriteResult> {
    throw new Error("does not write");
  }
  async writeSheet(): Promise<WriteSheetResult> {
    throw new Error("does not write");
  }
}

const refusal = (task: string, sheet: string) =>
  `Det går inte att ${task}: tabellen ${sheet} saknas. Rätta planen (valideringen visar var) och försök igen.`;

describe("remindConveners", () => {
  it("writes the period's reminders for the Plan table's year, linking the plan", async () => {
    const result = await remindConveners(new ReadOnlyPort(snapshot()), {
      period: "T1",
      checkDate: "2026-05-04",
      workbookUrl: URL,
    });
    expect([result.overview.period, result.overview.year, result.overview.deadline]).toEqual([
      "T1",
      2026,
      "2026-05-15",
    ]);
    expect(result.overview.summary).toBe("1 av 3 aktiviteter har rapporterat");
    expect(result.reminders.map((r) => [r.convener, r.activities.map((a) => a.nr)])).toEqual([
      ["Kommunpoliser", ["1.2"]],
      ["Åsa Öberg", ["1.3"]],
    ]);
    expect(result.reminders[1]?.draft.subject).toBe(
      "Påminnelse: uppföljning T1 2026 av åtgärdsplanen, senast 15 maj",
    );
    expect(result.reminders[1]?.draft.body).toContain(`Planen finns här: ${URL}`);
  });

  it("takes the year given over the Plan table's, and needs no Plan table then", async () => {
    const result = await remindConveners(new ReadOnlyPort(snapshot({ Plan: null })), {
      period: "T1",
      year: 2025,
      checkDate: "2026-05-04",
      workbookUrl: null,
    });
    expect([result.overview.year, result.overview.deadline, result.overview.summary]).toEqual([
      2025,
      "2025-05-15",
      "0 av 3 aktiviteter har rapporterat",
    ]);
    expect(result.reminders.map((r) => r.draft.subject)).toEqual([
      "Påminnelse: uppföljning T1 2025 av åtgärdsplanen, rapportdagen var 15 maj 2025",
      "Påminnelse: uppföljning T1 2025 av åtgärdsplanen, rapportdagen var 15 maj 2025",
    ]);
  });

  it("refuses in Swedish without a year, or without Aktiviteter or Uppföljning", async () => {
    const remind = (book: WorkbookSnapshot) =>
      remindConveners(new ReadOnlyPort(book), { period: "T1", checkDate: "2026-05-04", workbookUrl: null });
    const cases: [WorkbookSnapshot, string][] = [
      [
        snapshot({ Plan: null }),
        "Året saknas: tabellen Plan har inget År. Fyll i År i tabellen Plan eller ange året.",
      ],
      [snapshot({ Aktiviteter: null }), refusal("skriva påminnelser", "Aktiviteter")],
      [snapshot({ Uppfoljning: null }), refusal("skriva påminnelser", "Uppföljning")],
    ];
    for (const [book, message] of cases) {
      const error = await remind(book).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlanStructureError);
      expect((error as PlanStructureError).userMessage).toBe(message);
    }
  });
});

describe("upcomingReporting", () => {
  const notice = (checkDate: string, book = snapshot(), withinDays?: number) => {
    const overview = upcomingReporting(book, checkDate, withinDays);
    return overview && `${overview.period} ${overview.year}: ${overview.deadlineText}; ${overview.summary}`;
  };

  it("shows who has reported from 30 days before a deadline to the day itself", () => {
    expect(notice("2026-04-14")).toBeNull();
    expect(notice("2026-04-15")).toBe(
      "T1 2026: 30 dagar kvar till 15 maj; 1 av 3 aktiviteter har rapporterat",
    );
    expect(notice("2026-05-15")).toBe(
      "T1 2026: rapportdag i dag, 15 maj; 1 av 3 aktiviteter har rapporterat",
    );
    expect(notice("2026-05-16")).toBeNull();
    expect(notice("2026-08-17")).toBe(
      "T2 2026: 29 dagar kvar till 15 september; 0 av 3 aktiviteter har rapporterat",
    );
  });

  it("takes another number of days when given", () => {
    expect(notice("2026-04-14", snapshot(), 31)).toBe(
      "T1 2026: 31 dagar kvar till 15 maj; 1 av 3 aktiviteter har rapporterat",
    );
    expect(notice("2026-05-14", snapshot(), 0)).toBeNull();
  });

  it("shows nothing once the Plan table has moved every deadline of the year before the day", () => {
    const plan = [
      { Titel: "Plan", Stadsdelsförvaltning: "Skärholmen", År: 2026, "Rapportdag VB": "2026-12-01" },
    ];
    expect(notice("2026-11-20", snapshot({ Plan: plan }))).toBe(
      "VB 2026: 11 dagar kvar till 1 december; 0 av 3 aktiviteter har rapporterat",
    );
    expect(notice("2026-12-10", snapshot({ Plan: plan }))).toBeNull();
  });

  it("shows nothing, without refusing, when Aktiviteter or Uppföljning is missing", () => {
    expect(notice("2026-05-15", snapshot({ Aktiviteter: null }))).toBeNull();
    expect(notice("2026-05-15", snapshot({ Uppfoljning: null }))).toBeNull();
  });
});

describe("readReportingState", () => {
  const identity = { name: "Åsa Öberg", email: null };

  it("shows the period whose deadline is next when none is chosen, with the user's own activities first", () => {
    const view = readReportingState(snapshot(), { checkDate: "2026-05-20", workbookUrl: URL, identity });
    expect([view.overview.period, view.overview.year, view.overview.deadlineText]).toEqual([
      "T2",
      2026,
      "118 dagar kvar till 15 september",
    ]);
    expect(view.reminders.map((r) => [r.convener, r.activities.map((a) => a.nr)])).toEqual([
      ["Åsa Öberg", ["1.1", "1.3"]],
      ["Kommunpoliser", ["1.2"]],
    ]);
    expect(view.reminders[0]?.draft.subject).toBe(
      "Påminnelse: uppföljning T2 2026 av åtgärdsplanen, senast 15 september",
    );
    expect(view.reminders[0]?.draft.body).toContain(`Planen finns här: ${URL}`);
    expect(view.choices.map((c) => [c.nr, c.own])).toEqual([
      ["1.1", true],
      ["1.3", true],
      ["1.2", false],
    ]);
  });

  it("shows the period chosen, even when another deadline is next", () => {
    const view = readReportingState(snapshot(), {
      period: { period: "T1", year: 2026 },
      checkDate: "2026-05-20",
      workbookUrl: null,
      identity: null,
    });
    expect([view.overview.period, view.overview.year, view.overview.deadlineText]).toEqual([
      "T1",
      2026,
      "rapportdagen var 15 maj, för 5 dagar sedan",
    ]);
    expect(view.overview.activities.map((a) => [a.nr, a.state])).toEqual([
      ["1.1", "reported"],
      ["1.2", "overdue"],
      ["1.3", "overdue"],
    ]);
    expect(view.reminders.map((r) => r.convener)).toEqual(["Kommunpoliser", "Åsa Öberg"]);
    expect(view.reminders[0]?.draft.body).not.toContain("Planen finns här");
  });

  it("refuses in Swedish without Aktiviteter or Uppföljning", () => {
    const cases: [WorkbookSnapshot, string][] = [
      [snapshot({ Aktiviteter: null }), refusal("visa rapporteringsläget", "Aktiviteter")],
      [snapshot({ Uppfoljning: null }), refusal("visa rapporteringsläget", "Uppföljning")],
    ];
    for (const [book, message] of cases) {
      let error: unknown = null;
      try {
        readReportingState(book, { checkDate: "2026-05-20", workbookUrl: null, identity: null });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PlanStructureError);
      expect((error as PlanStructureError).userMessage).toBe(message);
    }
  });
});
