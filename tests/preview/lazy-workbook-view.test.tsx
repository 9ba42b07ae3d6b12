// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { LazyWorkbook } from "../../src/preview/lazy-workbook";
import { LazyWorkbookView } from "../../src/preview/lazy-workbook-view";
import { PreviewHost } from "../../src/preview/preview-host";

afterEach(cleanup);

// The grid itself needs a browser's layout (tests/browser/preview.test.ts shows it); here
// it stands in as the workbook it was given, so what is tested is when it comes.
vi.mock("../../src/preview/workbook-view", () => ({
  WorkbookView: (props: { workbook: { shown: { worksheets: readonly unknown[] } } }) => (
    <p>{`Rutnät över ${props.workbook.shown.worksheets.length} blad`}</p>
  ),
}));

describe("LazyWorkbookView", () => {
  it("loads exceljs and shows the grid only once the page says start", async () => {
    const workbook = await LazyWorkbook.open(
      new Uint8Array(readFileSync("examples/atgardsplan-skarholmen.xlsx")),
      "plan.xlsx",
    );
    const host = new PreviewHost(() => workbook.sheetNames());
    const view = (start: boolean) => (
      <FluentProvider theme={webLightTheme}>
        <LazyWorkbookView workbook={workbook} host={host} className="" start={start} />
      </FluentProvider>
    );
    const asked = vi.spyOn(workbook, "workbook");
    // render() runs the view's effects before it returns: a load would have been asked for.
    const { rerender } = render(view(false));
    expect(screen.getByRole("progressbar", { name: "Läser in bladen …" })).toBeTruthy();
    expect(asked).not.toHaveBeenCalled();
    rerender(view(true));
    expect(asked).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/^Rutnät över \d+ blad$/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(workbook.isLoaded).toBe(true);
    expect(asked).toHaveBeenCalledTimes(1);
  });
});
