// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, within } from "@testing-library/react";
import { activityRow, followUpRow, validPlanTables } from "../helpers/snapshot-builder";
import { bookWith, problemPlanBook, WatchedPort } from "./plan-book";
import { renderPane } from "./pane-harness";
import { ExceljsWorkbook } from "../../src/xlsx";

afterEach(cleanup);

describe("TaskPane validation", () => {
  it("opens with the plan's title, district and year", async () => {
    renderPane(await problemPlanBook());
    const summary = await screen.findByRole("region", { name: "Planen" });
    expect(within(summary).getByText("Åtgärdsplan för gemensamma prioriteringar")).toBeTruthy();
    expect(within(summary).getByText("Skärholmen")).toBeTruthy();
    expect(within(summary).getByText("2026")).toBeTruthy();
  });

  it("reports the counts, what they mean, and the findings grouped by rule under Swedish titles", async () => {
    const { user } = renderPane(await problemPlanBook());
    await user.click(await screen.findByRole("button", { name: "Validera plan" }));
    const status = await screen.findByRole("status");
    await within(status).findByText("2 fel, 6 varningar, 1 upplysning");
    expect(within(status).getByText("Planen har 2 fel som behöver rättas.")).toBeTruthy();
    const panel = screen.getByRole("region", { name: "Validering" });
    expect(
      within(panel)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.getAttribute("aria-label")),
    ).toEqual([
      "Fel: Inte i rätt form, 1",
      "Fel: Kommentar saknas, 1",
      "Varning: Aktivitet utan deltagare, 1",
      "Varning: Ingen kontakt hos en part, 2",
      "Varning: Uppföljning saknas, 1",
      "Varning: Mätbara mål saknas, 1",
      "Varning: Mötesfrekvens saknas, 1",
      "Upplysning: Ingen kontakt hos en part, 1",
    ]);
    const comment = screen.getByRole("list", { name: "Fel: Kommentar saknas, 1" });
    expect(
      within(comment).getByRole("button", {
        name: /^Fel.*Målet är "Delvis uppfyllt" för aktivitet 1\.2, T1 2026, men Kommentar är tom\..*'Uppföljning'!E3$/,
      }),
    ).toBeTruthy();
    // No rule slug anywhere in what the pane shows.
    expect(document.body.textContent).not.toMatch(
      /goal-comment-missing|core-party-missing|follow-up-missing/,
    );
  });

  it("makes one wrong activity Nr on many rows one problem, and every cell one click away", async () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [
      ...tables.Uppfoljning,
      ...[2021, 2022, 2023, 2024, 2025].map((year) => followUpRow({ Aktivitet: "9.9", År: year })),
    ];
    const { user, host } = renderPane(await bookWith(tables));
    await user.click(await screen.findByRole("button", { name: "Validera plan" }));

    const group = await screen.findByRole("list", { name: "Fel: Hänvisning till något som inte finns, 5" });
    const message = "Aktivitet 9.9 finns inte i Aktiviteter. Rätta numret eller lägg till aktiviteten.";
    expect(within(group).getAllByText(message)).toHaveLength(1);
    expect(within(group).getByText("5 celler")).toBeTruthy();
    const show = within(group).getByRole("button", { name: "Visa alla 5 celler" });
    expect(show.getAttribute("aria-expanded")).toBe("false");
    expect(within(group).queryByRole("button", { name: /gå till/ })).toBeNull();

    await user.click(show);
    const hide = within(group).getByRole("button", { name: "Dölj cellerna" });
    expect(hide.getAttribute("aria-expanded")).toBe("true");
    const cells = within(group).getByRole("list", { name: "Cellerna (5)" });
    expect(hide.getAttribute("aria-controls")).toBe(cells.id);
    const buttons = within(cells).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual(
      [4, 5, 6, 7, 8].map((row) => `gå till 'Uppföljning'!A${row}`),
    );
    expect(buttons[3]?.getAttribute("aria-describedby")).toBe(within(group).getByText(message).id);
    await user.click(buttons[3] as HTMLElement);
    expect(host.selected).toEqual(["'Uppföljning'!A7"]);
  });

  it("shows a problem on a few cells with its cells at once", async () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [
      ...tables.Uppfoljning,
      ...[2024, 2025].map((year) => followUpRow({ Aktivitet: "9.9", År: year })),
    ];
    const { user, host } = renderPane(await bookWith(tables));
    await user.click(await screen.findByRole("button", { name: "Validera plan" }));

    const cells = await screen.findByRole("list", { name: "Cellerna (2)" });
    expect(screen.queryByRole("button", { name: /Visa alla/ })).toBeNull();
    await user.click(within(cells).getByRole("button", { name: "gå till 'Uppföljning'!A5" }));
    expect(host.selected).toEqual(["'Uppföljning'!A5"]);
  });

  it("says warnings are to be looked at, not that the plan is valid, when there are no errors", async () => {
    const tables = validPlanTables();
    tables.Aktiviteter = [activityRow({ Nr: "1.1" }), activityRow({ Nr: "1.2", "Mätbara mål": null })];
    const { user } = renderPane(await bookWith(tables));
    await user.click(await screen.findByRole("button", { name: "Validera plan" }));
    const status = await screen.findByRole("status");
    await within(status).findByText("0 fel, 1 varning, 0 upplysningar");
    expect(within(status).getByText("Inga fel – 1 varning att se över.")).toBeTruthy();
    expect(screen.queryByText(/Planen är giltig/i)).toBeNull();
  });

  it("shows a progress indicator while it validates", async () => {
    const port = new WatchedPort(await problemPlanBook());
    const { user } = renderPane(port);
    const validate = await screen.findByRole("button", { name: "Validera plan" });
    const release = port.hold();
    await user.click(validate);
    expect(screen.getByRole("progressbar", { name: "Validerar planen …" })).toBeTruthy();
    expect(screen.queryByText(/varningar/)).toBeNull();
    release();
    await screen.findByText("2 fel, 6 varningar, 1 upplysning");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("shows only the chosen severity", async () => {
    const { user } = renderPane(await problemPlanBook());
    await user.click(await screen.findByRole("button", { name: "Validera plan" }));
    await user.click(await screen.findByRole("radio", { name: "Fel" }));
    const buttons = screen.getAllByRole("button", { name: /gå till/ });
    expect(buttons.map((b) => /gå till (\S+)$/.exec(b.textContent ?? "")?.[1])).toEqual([
      "Aktiviteter!E4",
      "'Uppföljning'!E3",
    ]);
    await user.click(screen.getByRole("radio", { name: "Upplysningar" }));
    expect(screen.getAllByRole("button", { name: /gå till/ })).toHaveLength(1);
    expect(screen.getByRole("button", { name: /Upplysning.*Utbildningsförvaltningen/ })).toBeTruthy();
    expect(screen.queryByRole("list", { name: /^Fel:/ })).toBeNull();
    const panel = screen.getByRole("region", { name: "Validering" });
    expect(
      within(panel)
        .getAllByRole("list")
        .map((l) => l.getAttribute("aria-label")),
    ).toEqual(["Upplysning: Ingen kontakt hos en part, 1"]);
  });

  it("selects a finding's cell when its button is clicked", async () => {
    const { user, host } = renderPane(await problemPlanBook());
    await user.click(await screen.findByRole("button", { name: "Validera plan" }));
    await user.click(await screen.findByRole("button", { name: /Löpande/ }));
    await user.click(screen.getByRole("button", { name: /Kommentar är tom/ }));
    expect(host.selected).toEqual(["Aktiviteter!E4", "'Uppföljning'!E3"]);
  });

  it("works with the keyboard: Tab reaches the buttons, Enter activates them", async () => {
    const { user, host } = renderPane(await problemPlanBook());
    const validate = await screen.findByRole("button", { name: "Validera plan" });
    await user.tab();
    expect(document.activeElement).toBe(validate);
    await user.keyboard("{Enter}");
    await screen.findByText("2 fel, 6 varningar, 1 upplysning");
    const first = screen.getAllByRole("button", { name: /gå till/ })[0];
    for (let i = 0; i < 20 && document.activeElement !== first; i++) await user.tab();
    expect(document.activeElement).toBe(first);
    await user.keyboard("{Enter}");
    // The first group is the first error's: Löptid "Löpande" in E4.
    expect(host.selected).toEqual(["Aktiviteter!E4"]);
  });
});

describe("TaskPane validating on open (the preview page)", () => {
  /** Holds the pane's second read, the validation's, until released: the plan is found at once. */
  class ValidationHeld extends WatchedPort {
    private release: () => void = () => {};
    private readonly validationGate = new Promise<void>((resolve) => (this.release = resolve));
    override async readSnapshot() {
      if (this.reads >= 1) await this.validationGate;
      return super.readSnapshot();
    }
    letValidationRun(): void {
      this.release();
    }
  }

  it("shows the first result before the rest of the pane, and says when it is settled", async () => {
    const port = new ValidationHeld(await problemPlanBook());
    let settled = 0;
    renderPane(port, { validateOnOpen: true, onSettled: () => settled++ });
    await screen.findByRole("progressbar", { name: "Validerar planen …" });
    // The summary and "Validera plan" are there; the parts loaded later wait for the result.
    expect(screen.getByRole("button", { name: "Validera plan" })).toBeTruthy();
    expect(screen.queryByText("Tertialrapport")).toBeNull();
    expect(screen.queryByText("Förbered uppföljning")).toBeNull();
    expect(settled).toBe(0);
    port.letValidationRun();
    await screen.findByText("2 fel, 6 varningar, 1 upplysning");
    await screen.findByRole("region", { name: "Tertialrapport" });
    expect(await screen.findByRole("region", { name: "Förbered uppföljning" })).toBeTruthy();
    expect(settled).toBe(1);
  });

  it("settles at once without validating on open, with every part shown", async () => {
    let settled = 0;
    renderPane(await problemPlanBook(), { onSettled: () => settled++ });
    await screen.findByRole("region", { name: "Tertialrapport" });
    expect(screen.queryByRole("status")).toBeNull();
    expect(settled).toBe(1);
  });

  it("settles when the workbook holds no plan to validate", async () => {
    let settled = 0;
    renderPane(ExceljsWorkbook.empty(), { validateOnOpen: true, onSettled: () => settled++ });
    await screen.findByRole("region", { name: "Ingen plan i arbetsboken" });
    expect(settled).toBe(1);
  });

  it("settles when the first validation fails, with the failure said", async () => {
    const port = new ValidationHeld(await problemPlanBook());
    let settled = 0;
    renderPane(port, { validateOnOpen: true, onSettled: () => settled++ });
    await screen.findByRole("progressbar", { name: "Validerar planen …" });
    port.failure = Object.assign(new Error("upptagen"), { userMessage: "Excel är upptaget." });
    port.letValidationRun();
    await screen.findByText("Excel är upptaget.");
    await screen.findByRole("region", { name: "Tertialrapport" });
    expect(settled).toBe(1);
  });
});
