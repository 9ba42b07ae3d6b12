/**
 * The simulated Excel's bindings collection and `Range.getTables`, through Microsoft's client
 * library, where the adapter's binding tests rely on them: a table binding follows the
 * table's renames, and once the table is deleted every access to the binding fails the batch
 * with InvalidBinding, as in Excel.
 */
import { describe, expect, it } from "vitest";
import { seedCells, seedTable, SimulatedExcel, tableModel, type SimulatedExcelOptions } from ".";

function twoTables(options: SimulatedExcelOptions = {}): SimulatedExcel {
  const excel = new SimulatedExcel(options);
  seedTable(excel, { sheet: "Blad1", name: "Vänster", headers: ["A", "B"], rows: [[1, 2]] });
  seedTable(excel, { sheet: "Blad1", name: "Höger", at: "D1", headers: ["C"], rows: [[3]] });
  return excel;
}

const run = <T>(excel: SimulatedExcel, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
  excel.run(batch);

describe("BindingCollection", () => {
  it("binds a table by name and follows its renames and its sheet's", async () => {
    const excel = twoTables();
    await run(excel, async (context) => {
      context.workbook.bindings.addFromNamedItem("Höger", "Table", "min.koppling");
      await context.sync();
    });
    const table = tableModel(excel, "Höger");
    if (!table) throw new Error("no Höger");
    table.name = "Nytt";
    table.sheet.name = "Blad 2";

    const found = await run(excel, async (context) => {
      const bound = context.workbook.bindings.getItem("min.koppling").getTable().load("name");
      const sheet = bound.worksheet.load("name");
      await context.sync();
      return [bound.name, sheet.name];
    });
    expect(found).toEqual(["Nytt", "Blad 2"]);
  });

  it("fails every batch touching a binding whose table was deleted", async () => {
    const excel = twoTables();
    await run(excel, async (context) => {
      context.workbook.bindings.addFromNamedItem("Vänster", "Table", "k");
      await context.sync();
    });
    excel.book.tables.splice(0, 1);
    const invalid = expect.objectContaining({ code: "InvalidBinding" });

    await expect(
      run(excel, async (context) => {
        context.workbook.bindings.getItemOrNullObject("k").load("id");
        await context.sync();
      }),
    ).rejects.toEqual(invalid);
    await expect(
      run(excel, async (context) => {
        context.workbook.bindings.load("items/id");
        await context.sync();
      }),
    ).rejects.toEqual(invalid);
    await expect(
      run(excel, async (context) => {
        context.workbook.bindings.addFromNamedItem("Höger", "Table", "k");
        await context.sync();
      }),
    ).rejects.toEqual(invalid);
  });

  it("gives a null object for an id it does not hold", async () => {
    const excel = twoTables();
    const isNull = await run(excel, async (context) => {
      const binding = context.workbook.bindings.getItemOrNullObject("saknas");
      await context.sync();
      return binding.isNullObject;
    });
    expect(isNull).toBe(true);
  });
});

describe("Range.getTables and getColumnsAfter", () => {
  it("lists the tables overlapping a range, top-left first, and gives a null collection (no items) for a null range", async () => {
    const excel = twoTables({ nullDerived: "null-object" });
    seedCells(excel, "Blad3", "A1", [["x"]]);
    const names = await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      const all = sheet.getRange("A1:E5").getTables(false).load("items/name");
      const inside = sheet.getRange("B1:D2").getTables(true).load("items/name");
      const none = context.workbook.names.getItemOrNullObject("saknas").getRangeOrNullObject().getTables();
      none.load("items/name");
      await context.sync();
      return [all.items, inside.items, none.items].map((items) => items?.map((t) => t.name));
    });
    expect(names).toEqual([["Vänster", "Höger"], ["Höger"], undefined]);
  });

  it("gives the columns right of a range", async () => {
    const excel = twoTables();
    const address = await run(excel, async (context) => {
      const range = context.workbook.tables.getItem("Vänster").getRange().getColumnsAfter(2).load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Blad1!C1:D2");
  });
});
