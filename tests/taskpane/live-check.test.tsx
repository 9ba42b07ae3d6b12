// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, screen, waitFor } from "@testing-library/react";
import { problemPlanBook, WatchedPort } from "./plan-book";
import { renderPane } from "./pane-harness";

afterEach(() => {
  vi.useRealTimers();
  cleanup();
});

const DELAY = 60;
/** Far past any wait the pane sets after an edit: every timer it set has run once this has passed. */
const RUN_OUT = DELAY * 100;

describe("TaskPane 'Kontrollera medan jag skriver'", () => {
  it("validates after edits, once per burst, until it is turned off", async () => {
    const book = await problemPlanBook();
    const port = new WatchedPort(book);
    const { user, host } = renderPane(port, { liveDelayMs: DELAY });
    const toggle = await screen.findByRole("switch", { name: "Kontrollera medan jag skriver" });

    await user.click(toggle);
    await screen.findByText("2 fel, 6 varningar, 1 upplysning");
    expect(host.subscriptions).toBe(1);
    await waitFor(() => expect(host.handlers.size).toBe(1));

    // The user writes 1.2's missing Kommentar: one error fewer.
    const sheet = book.workbook.getWorksheet("Uppföljning");
    if (!sheet) throw new Error("Uppföljning saknas");
    sheet.getCell("E3").value = "Mötena ställdes in i mars.";
    // Every panel has read the plan once it shows it ("Rapporteringsläge" reads on its own).
    await screen.findByRole("list", { name: /^Aktiviteter och rapportering/ });
    const readsBefore = port.reads;
    // The pane's waits on a clock the test runs out (it still moves with real time, which
    // Testing Library's waiting needs): no read it has scheduled can come after the count.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"], shouldAdvanceTime: true });
    host.editTables();
    host.editTables();
    host.editTables();
    await screen.findByText("1 fel, 6 varningar, 1 upplysning");
    await vi.advanceTimersByTimeAsync(RUN_OUT);
    expect(port.reads - readsBefore).toBe(1);

    // A later burst is read, and counted: the count above would have seen a second read.
    sheet.getCell("E3").value = null;
    host.editTables();
    await screen.findByText("2 fel, 6 varningar, 1 upplysning");
    await vi.advanceTimersByTimeAsync(RUN_OUT);
    expect(port.reads - readsBefore).toBe(2);
    vi.useRealTimers();

    await user.click(toggle);
    await waitFor(() => expect(host.removals).toBe(1));
    expect(host.handlers.size).toBe(0);
  });

  it("removes the handler when the pane closes", async () => {
    const pane = renderPane(await problemPlanBook(), { liveDelayMs: DELAY });
    await pane.user.click(await screen.findByRole("switch", { name: "Kontrollera medan jag skriver" }));
    await waitFor(() => expect(pane.host.handlers.size).toBe(1));
    pane.unmount();
    await waitFor(() => expect(pane.host.removals).toBe(1));
    expect(pane.host.handlers.size).toBe(0);
  });
});
