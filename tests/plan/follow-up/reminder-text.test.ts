/**
 * The reminders' exact words, recipients and grouping: what a convener reads in the draft.
 */
import { describe, expect, it } from "vitest";
import { buildReminders, type ReminderRequest } from "../../../src/plan";
import { activityRow, followUpRow, type RowInput } from "../../helpers/snapshot-builder";
import { planWith } from "./support";

const T1: ReminderRequest = { period: "T1", year: 2026, checkDate: "2026-05-04", workbookUrl: null };

const INSTRUCTIONS = [
  "Fyll i en rad i Uppföljning för varje aktivitet (Aktivitet, År 2026 och Period T1):",
  "  - Målet nått: Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Ej bedömt",
  "  - Kommentar: varför, när målet är delvis uppfyllt eller ej uppfyllt",
  "  - Genomförda aktiviteter: vad som har gjorts under perioden",
  "  - Antal möten under perioden",
];
const FORM_HINT =
  '"Rapportera uppföljning" i tillägget Åtgärdsplan i Excel visar allt detta i ett formulär ' +
  "och fyller i Rapporterad av och Rapportdatum åt dig.";
const NO_ADDRESS = (who: string) =>
  `[Planen har ingen e-postadress till ${who} (Sammankallandes e-post i Aktiviteter eller ` +
  "E-post i Deltagare). Skriv in mottagaren och ta bort den här raden innan du skickar.]";

function participant(activity: string, contact: string, email: string): RowInput {
  return { Aktivitet: activity, Part: "Utbildningsförvaltningen", Kontakt: contact, "E-post": email };
}

const plan = planWith({
  Plan: [{ Titel: "Åtgärdsplan 2026", Stadsdelsförvaltning: "Skärholmen", År: 2026 }],
  Aktiviteter: [
    activityRow({
      Nr: "1.1",
      Aktivitet: "Platssamverkan Vårberg",
      Sammankallande: "Anna Svensson",
      "Sammankallandes e-post": "anna.svensson@stockholm.se",
    }),
    // The same address again (in other case): written once.
    activityRow({
      Nr: "1.2",
      Aktivitet: "Platssamverkan Bredäng",
      Sammankallande: "Anna Svensson",
      "Sammankallandes e-post": "Anna.Svensson@stockholm.se",
    }),
    activityRow({ Nr: "1.3", Aktivitet: "Trygghetsvandringar", Sammankallande: "Rektor Sätraskolan" }),
    activityRow({ Nr: "1.4", Aktivitet: "Föräldravandringar", Sammankallande: "Rektor Sätraskolan" }),
    activityRow({ Nr: "1.5", Aktivitet: "Nattvandringar", Sammankallande: null }),
    activityRow({ Nr: "1.6", Aktivitet: "Lägesbilder", Sammankallande: "Kommunpoliser" }),
  ],
  Deltagare: [
    participant("1.3", "Rektor Sätraskolan", "rektor.satra@edu.stockholm.se"),
    // Another contact of the same activity is not the convener.
    participant("1.3", "Kommunpolis Berg", "berg@polisen.se"),
    // The convener's address in another (reported) activity is not used for 1.3.
    participant("1.4", "Rektor Sätraskolan", "annan.adress@edu.stockholm.se"),
  ],
  Indikatorer: [
    { Aktivitet: "1.1", Indikator: "Trygghetsvandringar", Målvärde: 8 },
    { Aktivitet: "1.1", Indikator: "Anmälda brott", Målvärde: 100 },
    // An indicator row without a name asks for nothing.
    { Aktivitet: "1.3", Målvärde: 3 },
    { Aktivitet: "1.4", Indikator: "Deltagande föräldrar", Målvärde: 20 },
  ],
  Uppfoljning: [followUpRow({ Aktivitet: "1.4" })],
});

describe("buildReminders: the whole message", () => {
  // Built in each test, not when the file is collected: a mutant is switched on per test.
  const reminders = () =>
    buildReminders(plan, {
      ...T1,
      workbookUrl: "https://stockholm.sharepoint.com/sites/brott/plan.xlsx",
    });

  it("groups by convener, in Nr order, with each convener's own addresses once", () => {
    expect(
      reminders().map((r) => ({ convener: r.convener, activities: r.activities, to: r.draft.to })),
    ).toEqual([
      {
        convener: "Anna Svensson",
        activities: [
          { nr: "1.1", name: "Platssamverkan Vårberg" },
          { nr: "1.2", name: "Platssamverkan Bredäng" },
        ],
        to: [{ name: "Anna Svensson", address: "anna.svensson@stockholm.se" }],
      },
      {
        convener: "Rektor Sätraskolan",
        activities: [{ nr: "1.3", name: "Trygghetsvandringar" }],
        to: [{ name: "Rektor Sätraskolan", address: "rektor.satra@edu.stockholm.se" }],
      },
      { convener: null, activities: [{ nr: "1.5", name: "Nattvandringar" }], to: [] },
      { convener: "Kommunpoliser", activities: [{ nr: "1.6", name: "Lägesbilder" }], to: [] },
    ]);
    expect(new Set(reminders().map((r) => r.draft.subject))).toEqual(
      new Set(["Påminnelse: uppföljning T1 2026 av åtgärdsplanen, senast 15 maj"]),
    );
  });

  it("asks for each activity, its deadline, what to fill in and each indicator's Utfall", () => {
    expect(reminders()[0]?.draft.body).toBe(
      [
        "Hej!",
        "",
        "Uppföljningen för tertial 1 (januari–april) 2026 saknas ännu för 2 aktiviteter " +
          "där du är sammankallande i Åtgärdsplan 2026 (Skärholmen):",
        "",
        "  1.1 Platssamverkan Vårberg",
        "  1.2 Platssamverkan Bredäng",
        "",
        "Rapportdagen är 15 maj 2026: 11 dagar kvar.",
        "",
        ...INSTRUCTIONS,
        "  - Utfall för 1.1: Trygghetsvandringar, Anmälda brott",
        "",
        FORM_HINT,
        "",
        "Planen finns här: https://stockholm.sharepoint.com/sites/brott/plan.xlsx",
        "",
        "Tack på förhand!",
      ].join("\n"),
    );
    expect(reminders()[1]?.draft.body).toBe(
      [
        "Hej!",
        "",
        "Uppföljningen för tertial 1 (januari–april) 2026 saknas ännu för en aktivitet " +
          "där du är sammankallande i Åtgärdsplan 2026 (Skärholmen):",
        "",
        "  1.3 Trygghetsvandringar",
        "",
        "Rapportdagen är 15 maj 2026: 11 dagar kvar.",
        "",
        ...INSTRUCTIONS,
        "",
        FORM_HINT,
        "",
        "Planen finns här: https://stockholm.sharepoint.com/sites/brott/plan.xlsx",
        "",
        "Tack på förhand!",
      ].join("\n"),
    );
  });

  it("says first that the plan has no address, naming the convener or, without one, the role", () => {
    const lines = (i: number) => reminders()[i]?.draft.body.split("\n").slice(0, 4);
    expect(lines(2)).toEqual([NO_ADDRESS("aktiviteternas sammankallande"), "", "Hej!", ""]);
    expect(lines(3)).toEqual([NO_ADDRESS("Kommunpoliser"), "", "Hej!", ""]);
  });

  it("leaves out the link for a plan on disk", () => {
    const body = buildReminders(plan, T1)[1]?.draft.body.split("\n") ?? [];
    expect(body.slice(-5)).toEqual(["  - Antal möten under perioden", "", FORM_HINT, "", "Tack på förhand!"]);
  });
});

describe("buildReminders: the deadline", () => {
  const one = planWith({
    Aktiviteter: [
      activityRow({
        Nr: "1.1",
        Aktivitet: "Platssamverkan Vårberg",
        Sammankallande: "Anna Svensson",
        "Sammankallandes e-post": "anna.svensson@stockholm.se",
      }),
    ],
    Uppfoljning: [],
  });

  it.each([
    ["2026-05-13", "senast 15 maj", "Rapportdagen är 15 maj 2026: 2 dagar kvar."],
    ["2026-05-14", "senast 15 maj", "Rapportdagen är 15 maj 2026: 1 dag kvar."],
    ["2026-05-15", "i dag, 15 maj", "Rapportdagen är i dag, 15 maj 2026."],
    ["2026-05-16", "rapportdagen var 15 maj", "Rapportdagen var 15 maj 2026, för 1 dag sedan."],
    ["2026-05-18", "rapportdagen var 15 maj", "Rapportdagen var 15 maj 2026, för 3 dagar sedan."],
  ])("on %s: subject ends %j, the body says %j", (checkDate, when, line) => {
    const [reminder, ...more] = buildReminders(one, { ...T1, checkDate });
    expect(more).toEqual([]);
    expect(reminder?.activities).toEqual([{ nr: "1.1", name: "Platssamverkan Vårberg" }]);
    expect(reminder?.draft.subject).toBe(`Påminnelse: uppföljning T1 2026 av åtgärdsplanen, ${when}`);
    expect(reminder?.draft.body.split("\n")[6]).toBe(line);
  });

  it("names the year of a deadline in the next year, in the subject too", () => {
    const [reminder] = buildReminders(one, { ...T1, period: "VB", checkDate: "2026-12-20" });
    expect(reminder?.draft.subject).toBe(
      "Påminnelse: uppföljning VB 2026 av åtgärdsplanen, senast 15 januari 2027",
    );
    expect(reminder?.draft.body.split("\n").slice(2, 8)).toEqual([
      "Uppföljningen för verksamhetsberättelse (helår) 2026 saknas ännu för en aktivitet " +
        "där du är sammankallande i Åtgärdsplan för gemensamma prioriteringar (Skärholmen):",
      "",
      "  1.1 Platssamverkan Vårberg",
      "",
      "Rapportdagen är 15 januari 2027: 26 dagar kvar.",
      "",
    ]);
  });
});

describe("buildReminders: the plan's name", () => {
  const activities = [activityRow({ Nr: "1.1", Sammankallande: "Anna Svensson" })];
  it.each([
    ["no Plan table", null, "Åtgärdsplan för gemensamma prioriteringar"],
    ["a title, no district", [{ Titel: "Min plan", År: 2026 }], "Min plan"],
    [
      "a district, no title",
      [{ Stadsdelsförvaltning: "Skärholmen", År: 2026 }],
      "Åtgärdsplan för gemensamma prioriteringar (Skärholmen)",
    ],
  ] as const)("with %s", (_, planRows, name) => {
    const [reminder] = buildReminders(
      planWith({ Plan: planRows === null ? null : [...planRows], Aktiviteter: activities, Uppfoljning: [] }),
      T1,
    );
    expect(reminder?.draft.body.split("\n")[4]).toBe(
      `Uppföljningen för tertial 1 (januari–april) 2026 saknas ännu för en aktivitet där du är sammankallande i ${name}:`,
    );
  });
});
