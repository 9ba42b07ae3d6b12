import { describe, expect, it, vi } from "vitest";
import { reportMarkerName, type SheetLayout } from "../../src/plan";
import { editCells, seedCells } from "../office-host";
import { followUpLocation, planExcel } from "./plan-excel";
import { officeExcelOn, officeHostOn, officeWorkbookOn } from "./support";

describe("OfficeHost", () => {
  it("activates a finding's sheet and selects its cell", async () => {
    const excel = planExcel();
    await officeHostOn(excel).selectAddress("'Uppföljning'!D3");
    expect(excel.book.active?.name).toBe("Uppföljning");
    expect(excel.book.selection?.sheet.name).toBe("Uppföljning");
    expect(excel.book.selection?.ref).toEqual({ top: 3, left: 4, bottom: 3, right: 4 });
  });

  it("activates a sheet", async () => {
    const excel = planExcel();
    await officeHostOn(excel).activateSheet("Deltagare");
    expect(excel.book.active?.name).toBe("Deltagare");
  });

  it("calls the handler after the user's edit, and Excel stops sending events once it is removed", async () => {
    const excel = planExcel();
    let calls = 0;
    const remove = await officeHostOn(excel).onTablesChanged(() => calls++);
    expect(excel.listensForChanges).toBe(true);
    editCells(excel, "Uppföljning", "E3", [["Inställt i mars."]]);
    await vi.waitFor(() => expect(calls).toBe(1));

    await remove();
    expect(excel.listensForChanges).toBe(false);
    editCells(excel, "Uppföljning", "E2", [["Genomfört."]]);
    expect(excel.eventsSent.map((e) => e.address)).toEqual(["E3"]);
  });

  it("calls the handler after a co-author's edit (source Remote)", async () => {
    const excel = planExcel();
    let calls = 0;
    await officeHostOn(excel).onTablesChanged(() => calls++);
    editCells(excel, "Aktiviteter", "C2", [["Nytt syfte"]], "Remote");
    await vi.waitFor(() => expect(calls).toBe(1));
    expect(excel.eventsSent).toEqual([{ source: "Remote", address: "C2" }]);
  });

  it("does not pass on Excel's events for the add-in's own writes when Excel says whose they are (ExcelApi 1.14)", async () => {
    const excel = planExcel({ excelApi: "1.14" });
    let calls = 0;
    await officeHostOn(excel).onTablesChanged(() => calls++);
    await officeWorkbookOn(excel).appendRows(followUpLocation(), [["1.1", 2026, "T2"]]);
    await excel.eventsHandled();
    expect(excel.eventsSent.map((e) => e.triggerSource)).toEqual(["ThisLocalAddin"]);
    expect(calls).toBe(0);

    editCells(excel, "Uppföljning", "E4", [["Kommentar"]]);
    await vi.waitFor(() => expect(calls).toBe(1));
  });

  it("does not pass on its own writes where Excel does not say whose they are (ExcelApi 1.13): it tracks them", async () => {
    const excel = planExcel({ excelApi: "1.13" });
    const { workbook, host } = officeExcelOn(excel);
    let calls = 0;
    await host.onTablesChanged(() => calls++);
    await workbook.appendRows(followUpLocation(), [["1.1", 2026, "T2"]]);
    await workbook.writeSheet(reportLayout(), "free-name");
    await excel.eventsHandled();
    expect(excel.eventsSent.length).toBeGreaterThan(1);
    expect(excel.eventsSent.every((e) => e.triggerSource === undefined && e.source === "Local")).toBe(true);
    expect(calls).toBe(0);

    // The user's edit right after is theirs.
    editCells(excel, "Uppföljning", "E4", [["Kommentar"]]);
    await vi.waitFor(() => expect(calls).toBe(1));
  });

  it("passes on only changes that touch a plan table, from the user or a co-author", async () => {
    const excel = planExcel();
    seedCells(excel, "Anteckningar", "A1", [["Mina anteckningar"]]);
    const { workbook, host } = officeExcelOn(excel);
    await workbook.readSnapshot();
    let calls = 0;
    await host.onTablesChanged(() => calls++);

    editCells(excel, "Anteckningar", "B2", [["Ring polisen"]]);
    editCells(excel, "Uppföljning", "Z40", [["vid sidan av"]]);
    await excel.eventsHandled();
    expect(calls).toBe(0);

    editCells(excel, "Uppföljning", "C9", [["T2"]], "Remote"); // a co-author types a new row's period
    await vi.waitFor(() => expect(calls).toBe(1));
    editCells(excel, "Aktiviteter", "B2", [["Ny aktivitet"]]);
    await vi.waitFor(() => expect(calls).toBe(2));
  });

  it("passes on every change while a plan table is missing and the user may be making it", async () => {
    const excel = planExcel();
    excel.book.tables.splice(
      excel.book.tables.findIndex((t) => t.name === "Bedomning"),
      1,
    );
    excel.book.sheets.splice(
      excel.book.sheets.findIndex((s) => s.name === "Bedömning"),
      1,
    );
    seedCells(excel, "Blad2", "A1", [[null]]);
    const { workbook, host } = officeExcelOn(excel);
    await workbook.readSnapshot();
    let calls = 0;
    await host.onTablesChanged(() => calls++);
    editCells(excel, "Blad2", "A1", [["Aktivitet"]]);
    await vi.waitFor(() => expect(calls).toBe(1));
  });
});

/** A one-row report sheet. */
function reportLayout(): SheetLayout {
  return {
    name: "Rapport T1 2026",
    markerName: reportMarkerName("T1", 2026),
    columnWidths: [20],
    rows: [{ cells: [{ value: "Rapport", style: "text" }], height: null }],
    merges: [],
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: true,
      repeatRows: { first: 1, last: 1 },
      footer: "Rapport",
    },
  };
}
