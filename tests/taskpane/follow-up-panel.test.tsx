// @vitest-environment jsdom
/** "Rapportera uppföljning" driven as a convener does: by role and label, keyboard included. */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import {
  locatePlanTables,
  openFollowUpForm,
  readPlanData,
  saveFollowUp,
  validatePlan,
  type WorkbookPort,
} from "../../src/plan";
import { activityRow, followUpRow, validPlanTables } from "../helpers/snapshot-builder";
import { bookWith } from "./plan-book";
import { memoryNameStore, renderPane } from "./pane-harness";

afterEach(cleanup);

/** 2026-05-04: T1's deadline (15 May) is 11 days away. */
const TODAY = "2026-05-04";

/** The valid plan with 1.3 (convened by Anna Svensson) and no T1 follow-up for 1.2 or 1.3. */
function book() {
  const valid = validPlanTables();
  return bookWith({
    ...valid,
    Aktiviteter: [
      ...valid.Aktiviteter,
      activityRow({ Nr: "1.3", Aktivitet: "Föräldravandringar", Sammankallande: "Anna Svensson" }),
    ],
    Indikatorer: [{ Aktivitet: "1.3", Indikator: "Vandringar", Målvärde: 6, Enhet: "st" }],
    Uppfoljning: [followUpRow({ Aktivitet: "1.1" })],
  });
}

async function followUps(port: WorkbookPort) {
  return readPlanData(locatePlanTables(await port.readSnapshot())).followUps;
}

async function panel() {
  return screen.findByRole("region", { name: "Rapportera uppföljning" });
}

describe("TaskPane 'Rapportera uppföljning'", () => {
  it("shows who has reported for the next deadline, the user's own activities first", async () => {
    const port = await book();
    renderPane(port, { today: TODAY, nameStore: memoryNameStore("Anna Svensson") });
    const region = await panel();
    await waitFor(() =>
      expect((within(region).getByLabelText("Period") as HTMLSelectElement).value).toBe("T1"),
    );
    expect(
      within(region).getByText(/T1 2026: 11 dagar kvar till 15 maj\. 1 av 3 aktiviteter har rapporterat\./),
    ).toBeTruthy();
    const list = within(region).getByRole("list", { name: "Aktiviteter och rapportering för T1 2026" });
    const items = within(list)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items[0]).toContain("1.1 Platssamverkan Vårberg");
    expect(items[0]).toContain("Rapporterad");
    expect(items[2]).toContain("1.3 Föräldravandringar");
    expect(items[2]).toContain("Saknas");
    // "Påminn" beside a missing convener opens the reminder as an e-mail.
    const remind = within(list).getByRole("link", { name: "Påminn Anna Svensson om 1.3" });
    expect(remind.getAttribute("href")).toMatch(
      /^mailto:\?subject=P%C3%A5minnelse%3A%20uppf%C3%B6ljning%20T1%202026/,
    );
    expect(within(list).queryByRole("link", { name: /om 1\.1$/ })).toBeNull();
    // Own activities first in the picker.
    const picker = within(region).getByLabelText("Aktivitet") as HTMLSelectElement;
    const groups = [...picker.querySelectorAll("optgroup")].map((g) => [
      g.label,
      [...g.querySelectorAll("option")].map((o) => o.value),
    ]);
    expect(groups).toEqual([
      ["Dina aktiviteter", ["1.3"]],
      ["Övriga aktiviteter", ["1.1", "1.2"]],
    ]);
  });

  it("checks as the validator does, then saves exactly the activity's rows and the status turns to reported", async () => {
    const port = await book();
    const { user, host } = renderPane(port, { today: TODAY, nameStore: memoryNameStore("Anna Svensson") });
    const region = await panel();
    await user.click(await within(region).findByRole("button", { name: "Rapportera 1.3" }));
    const form = await within(region).findByRole("form", { name: "1.3 Föräldravandringar, T1 2026" });
    expect(
      within(form).getByText('Mötesfrekvensen "1 gång/månad" motsvarar 4 möten under perioden.'),
    ).toBeTruthy();

    await user.click(within(form).getByRole("radio", { name: "Delvis uppfyllt" }));
    await user.type(within(form).getByRole("textbox", { name: /Genomförda aktiviteter/ }), "Tre vandringar.");
    await user.type(within(form).getByRole("textbox", { name: "Antal möten" }), "3");
    await user.type(within(form).getByRole("textbox", { name: "Vandringar (st)" }), "3");
    await user.click(within(form).getByRole("button", { name: "Spara" }));

    // Kommentar is required for Delvis uppfyllt: the validator's own message, on the field.
    const summary = await within(form).findByText("Rätta 1 fel innan du sparar.");
    expect(summary.getAttribute("role")).toBe("alert");
    const comment = within(form).getByRole("textbox", { name: "Kommentar" });
    expect(comment.getAttribute("aria-invalid")).toBe("true");
    const described = (comment.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ");
    expect(described).toContain("Kommentar");
    // Announced as it appears, and worded as validera words it for the same cell.
    const announced = within(form)
      .getAllByRole("alert")
      .map((a) => a.textContent ?? "");
    expect(announced.some((t) => described.includes(t) && t.includes("Kommentar"))).toBe(true);
    expect(await followUps(port)).toHaveLength(1);

    await user.type(comment, "Föräldrarna kom inte i april.");
    await waitFor(() => expect(within(form).queryByText(/^Rätta/)).toBeNull());
    await user.click(within(form).getByRole("button", { name: "Spara" }));
    expect((await screen.findByRole("status")).textContent).toContain(
      "Sparade uppföljningen för 1.3, T1 2026, i Uppföljning.",
    );
    const rows = await followUps(port);
    expect(rows.map((r) => r.activity)).toEqual(["1.1", "1.3"]);
    expect(rows[1]).toMatchObject({
      status: "Delvis uppfyllt",
      comment: "Föräldrarna kom inte i april.",
      done: "Tre vandringar.",
      meetings: 3,
      reportedBy: "Anna Svensson",
      reportedOn: TODAY,
    });
    expect(validatePlan(await port.readSnapshot(), { checkDate: TODAY }).stats.errors).toBe(0);
    // The pane shows the new row in the workbook, and the list says 1.3 has reported.
    expect(host.selected).toEqual(["'Uppföljning'!A3"]);
    const list = within(region).getByRole("list", { name: "Aktiviteter och rapportering för T1 2026" });
    await waitFor(() =>
      expect(within(list).getAllByRole("listitem")[2]?.textContent).toContain(
        "Rapporterad 4 maj av Anna Svensson",
      ),
    );
  });

  it("does not overwrite a co-author's save: it shows both versions and asks", async () => {
    const port = await book();
    const { user } = renderPane(port, { today: TODAY, nameStore: memoryNameStore("Anna Svensson") });
    const region = await panel();
    await user.click(await within(region).findByRole("button", { name: "Rapportera 1.1" }));
    const form = await within(region).findByRole("form", { name: /^1\.1 / });
    const done = within(form).getByRole("textbox", { name: /Genomförda aktiviteter/ });
    await user.clear(done);
    await user.type(done, "Min text.");

    // Meanwhile a kommunpolis saves 1.1 from their own pane.
    const theirs = openFollowUpForm(await port.readSnapshot(), { nr: "1.1", period: "T1", year: 2026 });
    await saveFollowUp(
      port,
      theirs,
      { ...theirs.entry, done: "Polisens text." },
      {
        reporter: { name: "Kommunpolis Berg", date: TODAY },
        checkDate: TODAY,
      },
    );

    await user.click(within(form).getByRole("button", { name: "Spara" }));
    const table = await within(form).findByRole("table", {
      name: "Någon annan har ändrat uppföljningen sedan du öppnade formuläret",
    });
    const cells = within(table)
      .getAllByRole("row")
      .map((r) =>
        within(r)
          .queryAllByRole("cell")
          .map((c) => c.textContent),
      );
    expect(cells.filter((r) => r.length > 0)).toEqual([
      ["Genomförda aktiviteter", "Min text.", "Polisens text."],
    ]);
    expect((await followUps(port))[0]).toMatchObject({
      done: "Polisens text.",
      reportedBy: "Kommunpolis Berg",
    });

    await user.click(within(form).getByRole("button", { name: "Spara min version" }));
    await screen.findByText("Sparade uppföljningen för 1.1, T1 2026, i Uppföljning.");
    expect((await followUps(port))[0]).toMatchObject({ done: "Min text.", reportedBy: "Anna Svensson" });
  });

  it("remembers the name typed once", async () => {
    const port = await book();
    const store = memoryNameStore();
    const { user } = renderPane(port, { today: TODAY, nameStore: store });
    const region = await panel();
    await user.type(within(region).getByRole("textbox", { name: /Ditt namn/ }), "Eva Lund");
    await user.tab();
    expect(store.name).toBe("Eva Lund");
  });
});
