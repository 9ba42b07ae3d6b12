import { describe, expect, it } from "vitest";
import { planExcel } from "./plan-excel";
import { officeHostOn } from "./support";

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

  it("calls the handler after an edit until it is removed", async () => {
    const excel = planExcel();
    let calls = 0;
    const remove = await officeHostOn(excel).onTablesChanged(() => calls++);
    await excel.fireWorksheetChanged("{sheet-1}", "A2");
    expect(calls).toBe(1);
    await remove();
    await excel.fireWorksheetChanged("{sheet-1}", "A3");
    expect(calls).toBe(1);
  });
});
