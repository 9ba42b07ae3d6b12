import { describe, expect, it, vi } from "vitest";
import { editCells } from "../office-host";
import { followUpLocation, planExcel } from "./plan-excel";
import { officeHostOn, officeWorkbookOn } from "./support";

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

  it("passes them on where Excel does not tell them apart (ExcelApi 1.13)", async () => {
    const excel = planExcel({ excelApi: "1.13" });
    let calls = 0;
    await officeHostOn(excel).onTablesChanged(() => calls++);
    await officeWorkbookOn(excel).appendRows(followUpLocation(), [["1.1", 2026, "T2"]]);
    await vi.waitFor(() => expect(calls).toBeGreaterThan(0));
    expect(excel.eventsSent.every((e) => e.triggerSource === undefined)).toBe(true);
  });
});
