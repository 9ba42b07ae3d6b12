// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { fakeFromExceljs, seedCells, type FakeExcel } from "../fake-excel";
import { officeHostOn, officeWorkbookOn } from "../excel/support";
import { problemPlanBook } from "./plan-book";
import { renderTaskPane } from "./pane-harness";

afterEach(cleanup);

async function paneInFakeExcel(options: { liveDelayMs?: number } = {}) {
  const excel = fakeFromExceljs((await problemPlanBook()).workbook);
  const pane = renderTaskPane(officeWorkbookOn(excel), officeHostOn(excel), options);
  return { excel, ...pane };
}

const selection = (excel: FakeExcel) => {
  const selected = excel.book.selection;
  return selected && { sheet: selected.sheet.name, top: selected.ref.top, left: selected.ref.left };
};

describe("TaskPane over Office.js (the fake Excel)", () => {
  it("validates and moves Excel's selection to a finding's cell", async () => {
    const { excel, user } = await paneInFakeExcel();
    await user.click(await screen.findByRole("button", { name: "Validera plan" }));
    expect(await screen.findByText("2 fel, 6 varningar, 1 upplysning")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: /Kommentar är tom/ }));
    // 'Uppföljning'!E3: Kommentar of the table's second data row.
    await waitFor(() => expect(selection(excel)).toEqual({ sheet: "Uppföljning", top: 3, left: 5 }));
    expect(excel.book.active?.name).toBe("Uppföljning");

    await user.click(screen.getByRole("button", { name: /Löpande/ }));
    await waitFor(() => expect(selection(excel)).toEqual({ sheet: "Aktiviteter", top: 4, left: 5 }));
    expect(excel.book.active?.name).toBe("Aktiviteter");
  });

  it("writes the report sheet and shows it", async () => {
    const { excel, user } = await paneInFakeExcel();
    const panel = await screen.findByRole("region", { name: "Tertialrapport" });
    await user.click(within(panel).getByRole("button", { name: "Skapa tertialrapport" }));
    // The problem plan has 2 errors; the pane says so after writing the report.
    await screen.findByText(
      "Skapade bladet Rapport T1 2026. Planen har 2 fel; rapporten visar planen så som den går att läsa.",
    );
    expect(excel.book.sheets.map((s) => s.name)).toContain("Rapport T1 2026");
    expect(excel.book.active?.name).toBe("Rapport T1 2026");
  });

  it("re-validates after an edit in Excel and stops listening when turned off", async () => {
    const { excel, user } = await paneInFakeExcel({ liveDelayMs: 30 });
    const toggle = await screen.findByRole("switch", { name: "Kontrollera medan jag skriver" });
    await user.click(toggle);
    await screen.findByText("2 fel, 6 varningar, 1 upplysning");
    await waitFor(() => expect(excel.handlers.worksheetChanged.size).toBe(1));

    const sheet = excel.book.sheets.find((s) => s.name === "Uppföljning");
    if (!sheet) throw new Error("Uppföljning saknas");
    seedCells(excel, "Uppföljning", "E3", [["Inställt i mars."]]); // the user types the comment
    await excel.fireWorksheetChanged(sheet.id, "E3");
    await screen.findByText("1 fel, 6 varningar, 1 upplysning");

    await user.click(toggle);
    await waitFor(() => expect(excel.handlers.worksheetChanged.size).toBe(0));
  });
});
