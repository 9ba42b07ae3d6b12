// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { editCells, excelFromExceljs, seedCells, SimulatedExcel, tableModel } from "../office-host";
import { PLAN_TABLES } from "../../src/plan";
import { officeExcelOn, officeHostOn, officeWorkbookOn } from "../excel/support";
import { problemPlanBook } from "./plan-book";
import { renderTaskPane } from "./pane-harness";

afterEach(cleanup);

async function paneInExcel(options: { liveDelayMs?: number; excelApi?: string } = {}) {
  const excel = excelFromExceljs((await problemPlanBook()).workbook, { excelApi: options.excelApi });
  const { workbook, host } = officeExcelOn(excel);
  // What the host passes on to the pane: the changes live checking re-validates for.
  const changes = vi.fn();
  const listen = host.onTablesChanged.bind(host);
  host.onTablesChanged = (handler) =>
    listen(() => {
      changes();
      handler();
    });
  const pane = renderTaskPane(workbook, host, options);
  return { excel, changes, ...pane };
}

const selection = (excel: SimulatedExcel) => {
  const selected = excel.book.selection;
  return selected && { sheet: selected.sheet.name, top: selected.ref.top, left: selected.ref.left };
};

describe("TaskPane over Office.js (Microsoft's client library and the simulated Excel)", () => {
  it("validates and moves Excel's selection to a finding's cell", async () => {
    const { excel, user } = await paneInExcel();
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
    const { excel, user } = await paneInExcel();
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
    const { excel, user } = await paneInExcel({ liveDelayMs: 30 });
    const toggle = await screen.findByRole("switch", { name: "Kontrollera medan jag skriver" });
    await user.click(toggle);
    await screen.findByText("2 fel, 6 varningar, 1 upplysning");
    await waitFor(() => expect(excel.listensForChanges).toBe(true));

    editCells(excel, "Uppföljning", "E3", [["Inställt i mars."]]); // the user types the comment
    await screen.findByText("1 fel, 6 varningar, 1 upplysning");

    await user.click(toggle);
    await waitFor(() => expect(excel.listensForChanges).toBe(false));
  });

  it.each(["1.13", "1.14"])(
    "re-validates after a co-author's edit but not after its own writes (ExcelApi %s)",
    async (excelApi) => {
      const { excel, changes, user } = await paneInExcel({ liveDelayMs: 30, excelApi });
      await user.click(await screen.findByRole("switch", { name: "Kontrollera medan jag skriver" }));
      await screen.findByText("2 fel, 6 varningar, 1 upplysning");
      await waitFor(() => expect(excel.listensForChanges).toBe(true));

      const prepare = await screen.findByRole("region", { name: "Förbered uppföljning" });
      await user.click(within(prepare).getByRole("button", { name: "Förbered uppföljning" }));
      await screen.findByText(/Lade till 1 rad i Uppföljning/);
      const report = screen.getByRole("region", { name: "Tertialrapport" });
      await user.click(within(report).getByRole("button", { name: "Skapa tertialrapport" }));
      await screen.findByText(/^Skapade bladet Rapport T1 2026\./);
      await excel.eventsHandled();
      expect(excel.eventsSent.length).toBeGreaterThan(1);
      expect(changes).not.toHaveBeenCalled();

      // A co-author writes 1.2's missing comment: its finding goes.
      const comment = { name: /'?Uppföljning'?!E3/ };
      expect(screen.getByRole("button", comment)).toBeTruthy();
      editCells(excel, "Uppföljning", "E3", [["Inställt i mars."]], "Remote");
      await waitFor(() => expect(screen.queryByRole("button", comment)).toBeNull());
      expect(changes).toHaveBeenCalledTimes(1);
    },
  );

  it("prepares the missing follow-up rows in Excel's table, without rows.add", async () => {
    const { excel, user } = await paneInExcel();
    const panel = await screen.findByRole("region", { name: "Förbered uppföljning" });
    await user.click(within(panel).getByRole("button", { name: "Förbered uppföljning" }));
    expect((await screen.findByRole("status")).textContent).toContain("Lade till 1 rad i Uppföljning.");
    // 1.1 and 1.2 have T1 2026 rows; only 1.3 gets one, below them, and the table grows over it.
    expect(tableModel(excel, "Uppfoljning")?.ref.bottom).toBe(4);
    expect(
      excel.book.sheets
        .find((s) => s.name === "Uppföljning")
        ?.cells.get(4)
        ?.get(1)?.value,
    ).toBe("1.3");
    expect(excel.calls).not.toContain("TableRowCollection.Add");
  });

  it("writes the plan template into an empty Excel workbook", async () => {
    const excel = new SimulatedExcel();
    seedCells(excel, "Blad1", "A1", [[null]]);
    const { user } = renderTaskPane(officeWorkbookOn(excel), officeHostOn(excel));
    await user.click(await screen.findByRole("button", { name: "Skapa planmall" }));
    expect((await screen.findByRole("status")).textContent).toContain("Planmallen är skapad.");
    expect(excel.book.tables.map((t) => `${t.sheet.name}/${t.name}`)).toEqual(
      PLAN_TABLES.map((def) => `${def.sheet}/${def.name}`),
    );
    expect(await screen.findByRole("button", { name: "Validera plan" })).toBeTruthy();
  });
});
