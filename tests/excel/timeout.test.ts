import { describe, expect, it } from "vitest";
import { ExcelError } from "../../src/excel";
import { planExcel } from "./plan-excel";
import { officeHostOn, officeWorkbookOn } from "./support";

describe("OfficeWorkbook sync timeout", () => {
  it("turns a sync that never answers into an ExcelError in Swedish", async () => {
    const excel = planExcel();
    excel.hang = true;
    const error = await officeWorkbookOn(excel, { syncTimeoutMs: 40 })
      .readSnapshot()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelError);
    expect((error as ExcelError).userMessage).toMatch(/^Excel svarar inte/);
    expect((error as ExcelError).code).toBe("Timeout");
  });

  it("gives up on the host's calls too", async () => {
    const excel = planExcel();
    excel.hang = true;
    await expect(
      officeHostOn(excel, { syncTimeoutMs: 40 }).activateSheet("Aktiviteter"),
    ).rejects.toMatchObject({
      userMessage: expect.stringMatching(/^Excel svarar inte/),
    });
  });

  it("passes Excel's own errors on with a Swedish message and the original as cause", async () => {
    const excel = planExcel();
    const error = await officeHostOn(excel)
      .activateSheet("Finns inte")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelError);
    expect((error as ExcelError).userMessage).toContain("ItemNotFound");
    expect((error as ExcelError).cause).toMatchObject({ code: "ItemNotFound" });
  });
});
