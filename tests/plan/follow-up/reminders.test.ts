import { describe, expect, it } from "vitest";
import { buildReminders } from "../../../src/plan";
import { activityRow, followUpRow } from "../../helpers/snapshot-builder";
import { planWith } from "./support";

const plan = planWith({
  Aktiviteter: [
    activityRow({
      Nr: "1.1",
      Aktivitet: "Platssamverkan Vårberg",
      Sammankallande: "Anna Svensson",
      "Sammankallandes e-post": "anna.svensson@stockholm.se",
    }),
    activityRow({ Nr: "1.2", Aktivitet: "Platssamverkan Bredäng", Sammankallande: "anna svensson " }),
    activityRow({ Nr: "1.3", Aktivitet: "Trygghetsvandringar", Sammankallande: "Kommunpoliser" }),
    activityRow({ Nr: "1.4", Aktivitet: "Föräldravandringar", Sammankallande: "Rektor Sätraskolan" }),
  ],
  Deltagare: [
    {
      Aktivitet: "1.4",
      Part: "Utbildningsförvaltningen",
      Kontakt: "Rektor Sätraskolan",
      "E-post": "rektor.satra@edu.stockholm.se",
    },
  ],
  Indikatorer: [{ Aktivitet: "1.3", Indikator: "Trygghetsvandringar", Målvärde: 8 }],
  Uppfoljning: [followUpRow({ Aktivitet: "1.4" })],
});

const request = { period: "T1", year: 2026, checkDate: "2026-05-04", workbookUrl: null } as const;

describe("buildReminders", () => {
  it("writes one message per convener with missing follow-up, to the plan's addresses", () => {
    const reminders = buildReminders(plan, request);
    expect(
      reminders.map((r) => [r.convener, r.activities.map((a) => a.nr), r.draft.to.map((t) => t.address)]),
    ).toEqual([
      ["Anna Svensson", ["1.1", "1.2"], ["anna.svensson@stockholm.se"]],
      ["Kommunpoliser", ["1.3"], []],
    ]);
    const [anna, police] = reminders;
    expect(anna?.draft.subject).toBe("Påminnelse: uppföljning T1 2026 av åtgärdsplanen, senast 15 maj");
    expect(anna?.draft.body).toContain("  1.1 Platssamverkan Vårberg\n  1.2 Platssamverkan Bredäng");
    expect(anna?.draft.body).toContain("Rapportdagen är 15 maj 2026: 11 dagar kvar.");
    expect(anna?.draft.body).not.toContain("Planen finns här");
    // No address: the body says so first, and names what to measure.
    expect(police?.draft.body.split("\n")[0]).toMatch(/^\[Planen har ingen e-postadress till Kommunpoliser/);
    expect(police?.draft.body).toContain("  - Utfall för 1.3: Trygghetsvandringar");
  });

  it("finds the address among the participants and links the plan when it is in SharePoint", () => {
    const url = "https://stockholm.sharepoint.com/sites/brott/Delade dokument/plan.xlsx";
    const reminders = buildReminders(
      planWith({
        Aktiviteter: [activityRow({ Nr: "1.4", Sammankallande: "Rektor Sätraskolan" })],
        Deltagare: [
          {
            Aktivitet: "1.4",
            Part: "Utbildningsförvaltningen",
            Kontakt: "Rektor Sätraskolan",
            "E-post": "rektor.satra@edu.stockholm.se",
          },
        ],
        Uppfoljning: [],
      }),
      { ...request, workbookUrl: url },
    );
    expect(reminders[0]?.draft.to).toEqual([
      { name: "Rektor Sätraskolan", address: "rektor.satra@edu.stockholm.se" },
    ]);
    expect(reminders[0]?.draft.body).toContain(`Planen finns här: ${url}`);
  });

  it("writes none when everyone has reported", () => {
    expect(buildReminders(planWith(), request)).toEqual([]);
  });
});
