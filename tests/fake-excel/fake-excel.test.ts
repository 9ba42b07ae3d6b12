/**
 * The fake Excel's own semantics where the adapter's tests rely on them: Office.js's proxy
 * rules, null objects, tables growing over rows written below them, text typed into cells,
 * and the sync counter, payload limit and hang.
 */
import { describe, expect, it } from "vitest";
import { cellAt, FakeExcel, readValues, seedCells, seedTable, tableModel } from ".";
import type { FakeRequestContext } from "./request-context";

function planExcel(): FakeExcel {
  const excel = new FakeExcel();
  seedTable(excel, {
    sheet: "Uppföljning",
    name: "Uppfoljning",
    headers: ["Aktivitet", "År", "Period"],
    rows: [["1.1", 2026, "T1"]],
    columnFormats: { 0: "@" },
  });
  return excel;
}

const run = <T>(excel: FakeExcel, batch: (context: FakeRequestContext) => Promise<T>): Promise<T> =>
  excel.run(batch);

describe("FakeExcel proxies", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const excel = planExcel();
    await run(excel, async (context) => {
      const range = context.workbook.worksheets.getItem("Uppföljning").getRange("A2:C2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["1.1", 2026, "T1"]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("throws PropertyNotLoaded for items of a collection that was not loaded", async () => {
    const excel = planExcel();
    await run(excel, async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Uppföljning"]);
      expect(() => sheets.items[0]?.visibility).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" }),
      );
    });
  });

  it("gives null objects for missing items, and null children of them", async () => {
    const excel = planExcel();
    await run(excel, async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Finns");
      const body = missing.getDataBodyRange().load("values");
      const found = context.workbook.tables.getItemOrNullObject("uppfoljning");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect([missing.isNullObject, body.isNullObject, found.isNullObject]).toEqual([true, true, false]);
    });
  });

  it("fails the sync with ItemNotFound when a missing item is fetched with getItem", async () => {
    const excel = planExcel();
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Finns inte").getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("refuses a 2D write whose size does not match the range", async () => {
    const excel = planExcel();
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Uppföljning").getRange("A5:B5").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("FakeExcel cells", () => {
  it("turns text typed into a General cell into a formula, a number or a date, as Excel does", async () => {
    const excel = new FakeExcel();
    seedCells(excel, "Blad", "A1", [[null]]);
    await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad");
      sheet.getRange("A1:E1").values = [["=Summa", "- punkt", "1.10", "2026-05-14", "Text"]];
      sheet.getRange("A2:B2").numberFormat = [["@", "@"]];
      sheet.getRange("A2:B2").values = [["=Summa", "1.10"]];
      await context.sync();
    });
    expect(readValues(excel, "Blad", "A1:E1")).toEqual([["#NAME?", "#NAME?", 1.1, 46156, "Text"]]);
    expect(cellAt(excel, "Blad", "A1")?.formula).toBe("=Summa");
    expect(readValues(excel, "Blad", "A2:B2")).toEqual([["=Summa", "1.10"]]);
  });

  it("extends a table over values written just below it, with the formats of its last row", async () => {
    const excel = planExcel();
    await run(excel, async (context) => {
      const body = context.workbook.tables.getItem("Uppfoljning").getDataBodyRange();
      body.getRowsBelow(2).values = [
        ["1.2", 2026, "T1"],
        ["1.3", 2026, "T1"],
      ];
      await context.sync();
    });
    expect(tableModel(excel, "Uppfoljning")?.ref).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
    expect(cellAt(excel, "Uppföljning", "A4")?.numberFormat).toBe("@");
    expect(excel.calls).toEqual([]);
  });

  it("finds the cells holding errors, as constants or as formula results", async () => {
    const excel = new FakeExcel();
    seedCells(excel, "Blad", "A1", [
      ["x", { error: "#REF!" }, { error: "#N/A" }],
      [1, { formula: "=1/0", result: "x" }, "#N/A"],
    ]);
    const found = await run(excel, async (context) => {
      const range = context.workbook.worksheets.getItem("Blad").getRange("A1:C2");
      const constants = range.getSpecialCellsOrNullObject("Constants", "Errors").load("address");
      const formulas = range.getSpecialCellsOrNullObject("Formulas", "Errors").load("address");
      await context.sync();
      return [constants.address, formulas.isNullObject];
    });
    expect(found).toEqual(["Blad!B1:C1", true]);
  });

  it("keeps only the top-left value of a merged range", async () => {
    const excel = new FakeExcel();
    seedCells(excel, "Blad", "A1", [["kvar", "bort"]]);
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("Blad").getRange("A1:B1").merge(false);
      await context.sync();
    });
    expect(readValues(excel, "Blad", "A1:B1")).toEqual([["kvar", ""]]);
    expect(excel.book.sheets[0]?.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });

  it("records rows.add", async () => {
    const excel = planExcel();
    await run(excel, async (context) => {
      context.workbook.tables.getItem("Uppfoljning").rows.add(undefined, [["1.2", 2026, "T2"]]);
      await context.sync();
    });
    expect(excel.calls).toEqual(["rows.add"]);
    expect(readValues(excel, "Uppföljning", "A3:C3")).toEqual([["1.2", 2026, "T2"]]);
  });
});

describe("FakeExcel host", () => {
  it("counts syncs and measures each request", async () => {
    const excel = planExcel();
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("Uppföljning").getRange("E1").values = [["å".repeat(1000)]];
      await context.sync();
      await context.sync();
    });
    expect(excel.syncCount).toBe(2);
    expect(excel.batches[0]?.bytes).toBeGreaterThan(2000);
    expect(excel.batches[1]?.actions).toBe(0);
  });

  it("rejects a request over the payload limit like Excel on the web", async () => {
    const excel = new FakeExcel({ payloadLimitBytes: 10_000 });
    seedCells(excel, "Blad", "A1", [[null]]);
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Blad").getRange("A1").values = [["x".repeat(20_000)]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(readValues(excel, "Blad", "A1")).toEqual([[""]]);
  });

  it("rejects a response over the limit like Excel on the web", async () => {
    const excel = new FakeExcel({ responseLimitBytes: 5_000 });
    seedCells(excel, "Blad", "A1", [["x".repeat(6_000)]]);
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Blad").getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("never settles a sync while hanging", async () => {
    const excel = planExcel();
    excel.hang = true;
    const outcome = await Promise.race([
      run(excel, async (context) => context.sync()).then(() => "synced"),
      new Promise((resolve) => setTimeout(() => resolve("still waiting"), 50)),
    ]);
    expect(outcome).toBe("still waiting");
  });
});
