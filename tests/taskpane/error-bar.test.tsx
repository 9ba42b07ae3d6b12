// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, within } from "@testing-library/react";
import { problemPlanBook, WatchedPort } from "./plan-book";
import { renderPane } from "./pane-harness";

afterEach(cleanup);

/** A fault as the adapters throw them: a Swedish `userMessage`, the original as cause. */
class AdapterFault extends Error {
  constructor(readonly userMessage: string) {
    super("Excel.run failed: RichApi.Error at Object.sync (excel-web-16.00.js:26:1234)");
  }
}

describe("TaskPane faults", () => {
  it("shows the adapter's Swedish message in a message bar, without the stack", async () => {
    const port = new WatchedPort(await problemPlanBook());
    const { user } = renderPane(port);
    const validate = await screen.findByRole("button", { name: "Validera plan" });
    port.failure = new AdapterFault("Excel svarade inte. Försök igen om en stund.");
    await user.click(validate);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Excel svarade inte. Försök igen om en stund.");
    expect(alert.textContent).not.toMatch(/RichApi|excel-web|Excel\.run/);
  });

  it("says something plain in Swedish about an unexpected fault, and can be closed", async () => {
    const port = new WatchedPort(await problemPlanBook());
    const { user } = renderPane(port);
    const validate = await screen.findByRole("button", { name: "Validera plan" });
    const fault = new TypeError("Cannot read properties of undefined (reading 'values')");
    port.failure = fault;
    await user.click(validate);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Ett oväntat fel inträffade.");
    expect(alert.textContent).not.toContain("Cannot read");
    expect(alert.textContent).not.toContain(fault.stack?.split("\n")[1]?.trim() ?? "?");
    await user.click(within(alert).getByRole("button", { name: "Stäng meddelandet" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows the fault when the workbook cannot be read at start", async () => {
    const port = new WatchedPort(await problemPlanBook());
    port.failure = new AdapterFault("Arbetsboken kunde inte läsas.");
    const { user } = renderPane(port);
    expect((await screen.findByRole("alert")).textContent).toContain("Arbetsboken kunde inte läsas.");
    port.failure = null;
    await user.click(screen.getByRole("button", { name: "Läs in planen igen" }));
    expect(await screen.findByRole("region", { name: "Planen" })).toBeTruthy();
  });
});
