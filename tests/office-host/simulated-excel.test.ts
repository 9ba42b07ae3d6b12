/**
 * The simulated Excel as Microsoft's client library meets it: the behaviour of Excel it models
 * (each with its source in the code that models it), what it does where Excel's behaviour is
 * not documented, and that it refuses, loudly, what it does not model.
 */
import { describe, expect, it } from "vitest";
import {
  cellAt,
  readValues,
  seedCells,
  seedTable,
  SimulatedExcel,
  tableModel,
  type SimulatedExcelOptions,
} from ".";

function planExcel(options: SimulatedExcelOptions = {}): SimulatedExcel {
  const excel = new SimulatedExcel(options);
  seedTable(excel, {
    sheet: "Uppföljning",
    name: "Uppfoljning",
    headers: ["Aktivitet", "År", "Period"],
    rows: [["1.1", 2026, "T1"]],
    columnFormats: { 0: "@" },
  });
  return excel;
}

const failure = (promise: Promise<unknown>): Promise<{ code?: string; debugInfo?: { statement?: string } }> =>
  promise.then(
    () => {
      throw new Error("expected the batch to fail");
    },
    (error: unknown) => error as { code?: string },
  );

describe("Microsoft's client library over the simulated Excel", () => {
  it("throws PropertyNotLoaded for a property read before load and sync, from the client", async () => {
    const excel = planExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Uppföljning").getRange("A2:C2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([["1.1", 2026, "T1"]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(excel.syncCount).toBe(1);
  });

  it("fails a batch with ItemNotFound for getItem of a missing sheet, with the statement that failed", async () => {
    const excel = planExcel();
    const error = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Finns inte").getRange("A1").load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(error.debugInfo?.statement).toMatch(/getItem/);
  });

  it("keeps the actions before a failed one: a batch is not a transaction", async () => {
    const excel = planExcel();
    const error = await failure(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Uppföljning");
        sheet.getRange("E1").values = [["före"]];
        sheet.getRange("E2:F2").values = [["fel storlek"]];
        sheet.getRange("E3").values = [["efter"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(readValues(excel, "Uppföljning", "E1:E3")).toEqual([["före"], [""], [""]]);
  });

  it("leaves a cell as it is for null in a 2-D array, and resets a number format for an empty one", async () => {
    const excel = planExcel();
    seedCells(excel, "Blad", "A1", [
      [
        { value: 5, format: "0.00" },
        { value: 6, format: "0.00" },
      ],
    ]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad").getRange("A1:B1");
      range.values = [[null, 7] as unknown as number[]];
      range.numberFormat = [[null, ""] as unknown as string[]];
      await context.sync();
    });
    expect(
      [cellAt(excel, "Blad", "A1"), cellAt(excel, "Blad", "B1")].map((c) => [c?.value, c?.numberFormat]),
    ).toEqual([
      [5, "0.00"],
      [7, "General"],
    ]);
  });
});

describe("Null objects", () => {
  it("make a null object of a missing item, and ignore writes and calls on it", async () => {
    const excel = planExcel();
    const isNull = await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Finns inte");
      const found = context.workbook.tables.getItemOrNullObject("uppfoljning");
      await context.sync();
      missing.delete();
      missing.name = "Nytt namn";
      missing.activate();
      await context.sync();
      return [missing.isNullObject, found.isNullObject];
    });
    expect(isNull).toEqual([true, false]);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["Uppföljning"]);
  });

  it("answer an object derived from a null object with an error, by default", async () => {
    const excel = planExcel();
    const error = await failure(
      excel.run(async (context) => {
        context.workbook.tables.getItemOrNullObject("Finns").getDataBodyRange().load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(excel.nullDerivedPaths).toEqual([
      'Workbook.Tables.GetItemOrNullObject("Finns").GetDataBodyRange()',
    ]);
  });

  it("answer it with a null object when told to, whose collections have no items", async () => {
    const excel = planExcel({ nullDerived: "null-object" });
    const seen = await excel.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Finns");
      const body = missing.getDataBodyRange().load("values");
      const columns = missing.columns.load("items/name");
      await context.sync();
      return { body: body.isNullObject, columns: columns.isNullObject, items: columns.items };
    });
    expect(seen).toEqual({ body: true, columns: true, items: undefined });
  });
});

describe("Ranges", () => {
  it("report only the merged areas whose top-left cell is inside the range (office-js issue 3611)", async () => {
    const excel = planExcel();
    seedCells(excel, "Blad", "A1", [["x"]]);
    excel.book.sheets[1]?.merges.push(
      { top: 2, left: 2, bottom: 3, right: 3 },
      { top: 5, left: 1, bottom: 5, right: 2 },
    );
    const found = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad");
      const fromTopLeft = sheet.getRange("B2:D5").getMergedAreasOrNullObject().load("address");
      const fromInside = sheet.getRange("C3:D4").getMergedAreasOrNullObject().load("address");
      await context.sync();
      return [fromTopLeft.address, fromInside.isNullObject];
    });
    expect(found).toEqual(["Blad!B2:C3", true]);
  });

  it("turn text typed into a General cell into a formula, a number or a date, as Excel does", async () => {
    const excel = new SimulatedExcel();
    seedCells(excel, "Blad", "A1", [[null]]);
    await excel.run(async (context) => {
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

  it("extend a table over values written just below it, with the formats of its last row", async () => {
    const excel = planExcel();
    await excel.run(async (context) => {
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

  it("take a write of more than 1,500 cells as the client cuts it into blocks", async () => {
    const excel = planExcel();
    const values = Array.from({ length: 700 }, (_, i) => [`Rad ${i}`, 2026, "T2"]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Uppföljning").getRange("A3:C702").values = values;
      await context.sync();
    });
    expect(readValues(excel, "Uppföljning", "A702:C702")).toEqual([["Rad 699", 2026, "T2"]]);
    expect(excel.syncs[0]?.labels.filter((l) => l.includes(".GetBoundingRect(")).length).toBe(2);
  });

  it("find the cells holding errors, as constants or as formula results", async () => {
    const excel = new SimulatedExcel();
    seedCells(excel, "Blad", "A1", [
      ["x", { error: "#REF!" }, { error: "#N/A" }],
      [1, { formula: "=1/0", result: "x" }, "#N/A"],
    ]);
    const found = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad").getRange("A1:C2");
      const constants = range.getSpecialCellsOrNullObject("Constants", "Errors").load("address");
      const formulas = range.getSpecialCellsOrNullObject("Formulas", "Errors").load("address");
      await context.sync();
      return [constants.address, formulas.isNullObject];
    });
    expect(found).toEqual(["Blad!B1:C1", true]);
  });

  it("keep only the top-left value of a merged range", async () => {
    const excel = new SimulatedExcel();
    seedCells(excel, "Blad", "A1", [["kvar", "bort"]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad").getRange("A1:B1").merge(false);
      await context.sync();
    });
    expect(readValues(excel, "Blad", "A1:B1")).toEqual([["kvar", ""]]);
    expect(excel.book.sheets[0]?.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });

  it("are kept by reference across syncs, and released when Excel.run ends", async () => {
    const excel = planExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Uppföljning").getRange("A2").load("values");
      await context.sync();
      range.values = [["2.1"]];
      await context.sync();
    });
    expect(readValues(excel, "Uppföljning", "A2")).toEqual([["2.1"]]);
    expect(excel.syncs[1]?.labels).toEqual([
      expect.stringMatching(/^Ref\(sim\d+:1\)\.Values = \[\["2\.1"\]\]$/),
    ]);
    await expect.poll(() => excel.requests.filter((r) => r.cleanup).length).toBe(1);
    expect(excel.requests.at(-1)?.labels[0]).toMatch(/^Workbook\._RemoveReference\("sim\d+:1"\)$/);
  });
});

describe("The simulated Excel as a host", () => {
  it("records rows.add", async () => {
    const excel = planExcel();
    await excel.run(async (context) => {
      context.workbook.tables.getItem("Uppfoljning").rows.add(undefined, [["1.2", 2026, "T2"]]);
      await context.sync();
    });
    expect(excel.calls).toEqual(["TableRowCollection.Add"]);
    expect(readValues(excel, "Uppföljning", "A3:C3")).toEqual([["1.2", 2026, "T2"]]);
  });

  it("counts the add-in's syncs and measures each request as it crosses the bridge", async () => {
    const excel = planExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Uppföljning").getRange("E1").values = [["å".repeat(1000)]];
      await context.sync();
      await context.sync();
    });
    // The second sync has nothing to send, and the client sends nothing.
    expect(excel.syncCount).toBe(1);
    expect(excel.syncs[0]?.requestBytes).toBeGreaterThan(2000);
  });

  it("refuses a request over the payload limit like Excel on the web, changing nothing", async () => {
    const excel = new SimulatedExcel({ payloadLimitBytes: 10_000 });
    seedCells(excel, "Blad", "A1", [[null]]);
    const error = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Blad").getRange("A1").values = [["x".repeat(20_000)]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(readValues(excel, "Blad", "A1")).toEqual([[""]]);
  });

  it("refuses a response over the limit like Excel on the web", async () => {
    const excel = new SimulatedExcel({ responseLimitBytes: 5_000 });
    seedCells(excel, "Blad", "A1", [["x".repeat(6_000)]]);
    const error = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Blad").getRange("A1").load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("takes a request and never answers while hanging", async () => {
    const excel = planExcel();
    excel.hang = true;
    let settled = false;
    void excel.run(async (context) => {
      context.workbook.worksheets.getItem("Uppföljning").load("name");
      await context.sync();
      settled = true;
    });
    await expect.poll(() => excel.requests.length).toBe(1);
    await excel.eventsHandled();
    expect(settled).toBe(false);
  });

  it("fails the request it was told to, with the code it was given", async () => {
    const excel = planExcel();
    excel.failSync(1, "AccessDenied");
    const error = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Uppföljning").getRange("E1").values = [["x"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(readValues(excel, "Uppföljning", "E1")).toEqual([[""]]);
  });

  it("answers what it does not model with an error naming it, and records the fault", async () => {
    const faults: Error[] = [];
    const excel = planExcel({ onFault: (fault) => faults.push(fault) });
    const error = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Uppföljning").getRange("A1").load("hyperlink");
        await context.sync();
      }),
    );
    expect(error.code).toBe("NotModelled");
    expect(faults.map((f) => f.message)).toEqual([
      expect.stringContaining("does not model loading Range.hyperlink"),
    ]);
  });
});

describe("The Office shim", () => {
  it("says which ExcelApi version this Excel supports, and Excel refuses what is newer (ApiNotFound)", async () => {
    const excel = planExcel({ excelApi: "1.12" });
    const error = await failure(
      excel.run(async (context) => {
        const table = context.workbook.tables.getItem("Uppfoljning");
        table.resize("A1:C3");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
    expect(error.debugInfo?.statement).toMatch(/resize/);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
  });

  it("gives onReady, the document's address, and throws for what it does not shim", async () => {
    const excel = planExcel({ documentUrl: "https://kommun.sharepoint.com/sites/plan/Plan.xlsx" });
    await excel.run(async () => {});
    await expect(Office.onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(Office.context.document.url).toBe("https://kommun.sharepoint.com/sites/plan/Plan.xlsx");
    expect(() => Office.context.document.settings).toThrow(/has no Office\.context\.document\.settings/);
  });
});

describe("The simulated Excel's additions for issue 14", () => {
  it("evaluates DATE(1904, 1, 1) in the workbook's date system (workbook.functions)", async () => {
    const epoch = (excel: SimulatedExcel) =>
      excel.run(async (context) => {
        const result = context.workbook.functions.date(1904, 1, 1).load("value");
        await context.sync();
        return result.value;
      });
    expect(await epoch(planExcel())).toBe(1462);
    expect(await epoch(planExcel({ date1904: true }))).toBe(0);
  });

  it("gives each merged area whole through RangeAreas.areas", async () => {
    const excel = planExcel();
    excel.book.sheets[0]?.merges.push(
      { top: 5, left: 2, bottom: 6, right: 3 },
      { top: 8, left: 1, bottom: 8, right: 2 },
    );
    const addresses = await excel.run(async (context) => {
      const areas = context.workbook.worksheets
        .getItem("Uppföljning")
        .getRange("A1:D9")
        .getMergedAreasOrNullObject()
        .load("areas/items/address");
      await context.sync();
      return areas.areas.items.map((a) => a.address);
    });
    expect(addresses).toEqual(["Uppföljning!B5:C6", "Uppföljning!A8:B8"]);
  });

  it("refuses changes to a protected sheet with AccessDenied, and says it is protected", async () => {
    const excel = planExcel();
    const sheet = excel.book.sheets[0];
    if (sheet) sheet.protected = true;
    const error = await failure(
      excel.run(async (context) => {
        const target = context.workbook.worksheets.getItem("Uppföljning");
        target.protection.load("protected");
        await context.sync();
        expect(target.protection.protected).toBe(true);
        target.getRange("D1").values = [["Ny"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(readValues(excel, "Uppföljning", "D1")).toEqual([[""]]);
  });

  it("types text in a text cell only when told to behave so (typesTextCells)", async () => {
    const write = async (excel: SimulatedExcel) => {
      await excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Uppföljning").getRange("E1:E2");
        range.numberFormat = [["@"], ["@"]];
        range.values = [["1.10"], ["2026-05-15"]];
        await context.sync();
      });
      return readValues(excel, "Uppföljning", "E1:E2");
    };
    expect(await write(planExcel())).toEqual([["1.10"], ["2026-05-15"]]);
    expect(await write(planExcel({ typesTextCells: true }))).toEqual([[1.1], [46157]]);
  });
});
