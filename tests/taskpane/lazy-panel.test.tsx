// @vitest-environment jsdom
/** lazyPanel: a part of the pane loaded when shown, and what the pane shows when it cannot be. */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { lazyPanel } from "../../src/taskpane/components/lazy-panel";

afterEach(cleanup);

function Greeting(props: { name: string }) {
  return <p>Hej {props.name}</p>;
}

describe("lazyPanel", () => {
  it("shows the part once its chunk has loaded, with its props", async () => {
    const Part = lazyPanel(
      async () => Greeting,
      (m) => m.report.heading,
    );
    render(
      <FluentProvider theme={webLightTheme}>
        <Part name="Anna" />
      </FluentProvider>,
    );
    expect(await screen.findByText("Hej Anna")).toBeTruthy();
  });

  it("says so when the chunk cannot be loaded, and loads it again on Försök igen", async () => {
    let attempts = 0;
    const Part = lazyPanel(
      async () => {
        if (++attempts === 1) throw new Error("ChunkLoadError: Loading chunk 361 failed.");
        return Greeting;
      },
      (m) => m.report.heading,
    );
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <h1>Åtgärdsplan</h1>
        <Part name="Anna" />
      </FluentProvider>,
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(
      "Ett oväntat fel inträffade. Försök igen; kvarstår felet, ladda om tillägget.",
    );
    expect(screen.getByRole("heading", { name: "Åtgärdsplan" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(await screen.findByText("Hej Anna")).toBeTruthy();
    expect(attempts).toBe(2);
  });
});
