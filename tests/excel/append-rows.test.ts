import { describe, expect, it } from "vitest";
import { ExcelError } from "../../src/excel";
import { prepareFollowUps, type TableLocation } from "../../src/plan";
import { cellAt, readValues, seedCells, tableModel } from "../office-host";
import { followUpLocation as followUps, planExcel } from "./plan-excel";
import { officeWorkbookOn } from "./support";

const row = (nr: string) => [nr, 2026, "T2", null, null, null, null, null, null];

describe("OfficeWorkbook.appendRows", () => {
  it("writes the rows through getRowsBelow, never rows.add, and the table grows over them", async () => {
    const excel = planExcel();
    await officeWorkbookOn(excel).appendRows(followUps(), [row("1.1"), row("1.2")]);
    expect(excel.calls).not.toContain("TableRowCollection.Add");
    expect(excel.syncs[1]?.labels.some((l) => l.includes(".GetRowsBelow(2).Values = "))).toBe(true);
    expect(readValues(excel, "Uppföljning", "A4:C5")).toEqual([
      ["1.1", 2026, "T2"],
      ["1.2", 2026, "T2"],
    ]);
    expect(tableModel(excel, "Uppfoljning")?.ref.bottom).toBe(5);
    expect(cellAt(excel, "Uppföljning", "A5")?.numberFormat).toBe("@");
  });

  it("takes two syncs however many rows it appends", async () => {
    const few = planExcel();
    await officeWorkbookOn(few).appendRows(followUps(), [row("1.1")]);
    const many = planExcel();
    await officeWorkbookOn(many).appendRows(
      followUps(),
      Array.from({ length: 5000 }, (_, i) => row(`1.${i}`)),
    );
    expect([few.syncCount, many.syncCount]).toEqual([2, 2]);
    expect(tableModel(many, "Uppfoljning")?.ref.bottom).toBe(5003);
  });

  it("prepares follow-up and assessment rows through the port in three syncs in all", async () => {
    const excel = planExcel();
    const result = await prepareFollowUps(officeWorkbookOn(excel), { period: "T2", year: 2026 });
    expect([result.added, result.addedAssessments]).toEqual([2, 1]);
    // One to read the plan, one to check both tables, one to write both.
    expect(excel.syncCount).toBe(3);
    expect(readValues(excel, "Uppföljning", "A4:C5")).toEqual([
      ["1.1", 2026, "T2"],
      ["1.2", 2026, "T2"],
    ]);
    expect(readValues(excel, "Bedömning", "A3:D3")).toEqual([[1, 2026, "T2", ""]]);
  });

  it("writes to no table when one of several has changed since it was read", async () => {
    const excel = planExcel();
    const assessments: TableLocation = {
      table: "Bedomning",
      sheet: "Bedömning",
      excelTable: "Bedomning",
      top: 1,
      left: 1,
      rowCount: 1,
      headers: ["Område", "År", "Period", "Samlad bedömning", "Analys", "Åtgärder framåt"],
    };
    const changed = tableModel(excel, "Bedomning");
    if (changed) changed.ref = { ...changed.ref, bottom: changed.ref.bottom + 1 };
    const error = await officeWorkbookOn(excel)
      .appendRowsToTables([
        { location: followUps(), rows: [row("1.1")] },
        { location: assessments, rows: [[1, 2026, "T2", null, null, null]] },
      ])
      .catch((e: unknown) => e);
    expect((error as ExcelError).userMessage).toMatch(/Tabellen "Bedomning" har ändrats av någon annan/);
    expect(readValues(excel, "Uppföljning", "A4:C4")).toEqual([["", "", ""]]);
    expect(excel.syncCount).toBe(1);
  });

  it("refuses when a co-author added a row since the table was read", async () => {
    const excel = planExcel();
    const table = tableModel(excel, "Uppfoljning");
    if (table) table.ref = { ...table.ref, bottom: table.ref.bottom + 1 };
    const error = await officeWorkbookOn(excel)
      .appendRows(followUps(), [row("1.2")])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelError);
    expect((error as ExcelError).userMessage).toMatch(
      /Tabellen "Uppfoljning" har ändrats av någon annan.*försök/,
    );
    expect(excel.syncCount).toBe(1);
  });

  it("refuses when a co-author renamed a column since the table was read", async () => {
    const excel = planExcel();
    seedCells(excel, "Uppföljning", "E1", [["Kommentarer"]]);
    await expect(officeWorkbookOn(excel).appendRows(followUps(), [row("1.2")])).rejects.toMatchObject({
      userMessage: expect.stringContaining("har ändrats av någon annan"),
    });
  });

  it("never writes over cells below the table", async () => {
    const excel = planExcel();
    seedCells(excel, "Uppföljning", "B5", [["Anteckning"]]);
    await expect(
      officeWorkbookOn(excel).appendRows(followUps(), [row("1.1"), row("1.2")]),
    ).rejects.toMatchObject({
      userMessage: expect.stringContaining("'Uppföljning'!B5"),
    });
    expect(readValues(excel, "Uppföljning", "A4:B5")).toEqual([
      ["", ""],
      ["", "Anteckning"],
    ]);
  });

  it("resizes the table when Excel does not extend it by itself", async () => {
    const excel = planExcel({ autoExpandTables: false });
    await officeWorkbookOn(excel).appendRows(followUps(), [row("1.1")]);
    expect(tableModel(excel, "Uppfoljning")?.ref.bottom).toBe(4);
    expect(excel.syncCount).toBe(3);
  });

  it("keeps text that looks like a formula or a number as text", async () => {
    const excel = planExcel();
    const texts = ["1.10", 2026, "T2", null, "=inte en formel", "+46 8 508 00", "-", "@polisen", null];
    await officeWorkbookOn(excel).appendRows(followUps(), [texts]);
    expect(readValues(excel, "Uppföljning", "A4:H4")).toEqual([
      ["1.10", 2026, "T2", "", "=inte en formel", "+46 8 508 00", "-", "@polisen"],
    ]);
  });
});
