// @vitest-environment jsdom
/**
 * "Kontrollera tillägget" in the task pane over Microsoft's client and the simulated Excel:
 * the link at the bottom, the list of checks, "Kopiera resultat", and nothing of the user's
 * workbook changed.
 */
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { runExcelChecks } from "../../src/excel/self-check/run-excel-checks";
import { TaskPane } from "../../src/taskpane/App";
import type { SharePointConnection } from "../../src/taskpane/sharepoint/connection";
import { bookFingerprint, excelFromExceljs, type SimulatedExcel } from "../office-host";
import { officeExcelOn, selfCheckOn } from "../excel/support";
import { problemPlanBook } from "./plan-book";
import { TODAY } from "./pane-harness";

afterEach(cleanup);

async function paneWithSelfCheck(
  options: { open?: boolean; sharePoint?: SharePointConnection; excel?: SimulatedExcel } = {},
) {
  const excel = options.excel ?? excelFromExceljs((await problemPlanBook()).workbook);
  const { workbook, host } = officeExcelOn(excel);
  // user-event puts a clipboard of its own on `navigator` that the test can read.
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane
        port={workbook}
        host={host}
        today={TODAY}
        sharePoint={options.sharePoint}
        selfCheck={() => runExcelChecks(selfCheckOn(excel))}
        openSelfCheck={options.open}
      />
    </FluentProvider>,
  );
  return { excel, user };
}

describe("Kontrollera tillägget", () => {
  it("runs from the link at the bottom, lists every check and copies the list as text", async () => {
    const { excel, user } = await paneWithSelfCheck();
    await screen.findByRole("button", { name: "Validera plan" });
    const before = bookFingerprint(excel);
    await user.click(screen.getByRole("button", { name: "Kontrollera tillägget" }));
    const panel = await screen.findByRole("region", { name: "Kontrollera tillägget" });
    await user.click(within(panel).getByRole("button", { name: "Starta kontrollen" }));

    const list = await within(panel).findByRole(
      "list",
      { name: "Kontrollera tillägget" },
      { timeout: 10_000 },
    );
    const lines = within(list)
      .getAllByRole("listitem")
      .map((item) => item.textContent ?? "");
    expect(lines).toHaveLength(10);
    expect(lines).toContain(
      '✓ Text i textformaterade celler: "1.10" → "1.10", "=1+1" → "=1+1", "2026-05-15" → "2026-05-15".',
    );
    expect(lines).toContain("✗ Arbetsboken i SharePoint: Tillägget har ingen SharePoint-koppling här.");
    expect(within(panel).getByText("8 av 10 kontroller godkända.")).toBeTruthy();

    await user.click(within(panel).getByRole("button", { name: "Kopiera resultat" }));
    await within(panel).findByText("Resultatet är kopierat. Klistra in det i ett mejl till supporten.");
    const text = await navigator.clipboard.readText();
    expect(text.split("\n").slice(0, 1)).toEqual(["Kontroll av tillägget Åtgärdsplan"]);
    expect(text).toMatch(/\nTid: \d{4}-\d\d-\d\d \d\d:\d\d\n/);
    expect(text).toContain(`\n${lines.join("\n")}\n\n8 av 10 kontroller godkända.`);
    expect(
      (within(panel).getByRole("textbox", { name: "Resultatet som text" }) as HTMLTextAreaElement).value,
    ).toBe(text);
    expect(bookFingerprint(excel)).toEqual(before);
  });

  it("opens at once with ?diagnostik, and checks the SharePoint sign-in silently", async () => {
    const asked: string[] = [];
    const sharePoint: SharePointConnection = {
      documentUrl: "https://kommun.sharepoint.com/sites/skarholmen/Delade%20dokument/plan.xlsx",
      getToken: async (resource) => {
        asked.push(resource);
        return "token";
      },
      signIn: async () => {
        throw new Error("no popup in a check");
      },
    };
    const { user } = await paneWithSelfCheck({ open: true, sharePoint });
    const panel = await screen.findByRole("region", { name: "Kontrollera tillägget" });
    await user.click(within(panel).getByRole("button", { name: "Starta kontrollen" }));
    await within(panel).findByText(
      "✓ Inloggning till SharePoint: En token hämtades utan inloggningsfönster.",
      {},
      {
        timeout: 10_000,
      },
    );
    expect(
      within(panel).getByText("✓ Arbetsboken i SharePoint: Adressen är https://kommun.sharepoint.com."),
    ).toBeTruthy();
    expect(asked).toEqual(["https://kommun.sharepoint.com"]);
  });
});
