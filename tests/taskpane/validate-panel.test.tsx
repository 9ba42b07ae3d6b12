// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, within } from "@testing-library/react";
import { problemPlanBook, WatchedPort } from "./plan-book";
import { renderPane } from "./pane-harness";

afterEach(cleanup);

describe("TaskPane validation", () => {
  it("opens with the plan's title, district and year", async () => {
    renderPane(await problemPlanBook());
    const summary = await screen.findByRole("region", { name: "Planen" });
    expect(within(summary).getByText("Åtgärdsplan för gemensamma prioriteringar")).toBeTruthy();
    expect(within(summary).getByText("Skärholmen")).toBeTruthy();
    expect(within(summary).getByText("2026")).toBeTruthy();
  });

  it("reports the counts and the findings grouped by table", async () => {
    const { user } = renderPane(await problemPlanBook());
    await user.click(await screen.findByRole("button", { name: "Validera plan" }));
    expect(await screen.findByText("2 fel, 6 varningar, 1 upplysning")).toBeTruthy();
    const activities = screen.getByRole("list", { name: "Aktiviteter (8)" });
    const followUps = screen.getByRole("list", { name: "Uppföljning (1)" });
    expect(within(activities).getAllByRole("listitem")).toHaveLength(8);
    expect(within(followUps).getAllByRole("button")).toHaveLength(1);
    expect(
      within(followUps).getByRole("button", { name: /Fel.*Delvis uppfyllt.*'Uppföljning'!E3/ }),
    ).toBeTruthy();
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
    expect(screen.queryByRole("list", { name: /Uppföljning/ })).toBeNull();
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
    expect(host.selected).toEqual(["Aktiviteter!A4"]);
  });
});
