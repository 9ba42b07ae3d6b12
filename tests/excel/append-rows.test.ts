import { describe, expect, it } from "vitest";
import { EXCEL_MESSAGES, ExcelError } from "../../src/excel";
import { prepareFollowUps, type TableLocation } from "../../src/plan";
import {
  bookFingerprint,
  cellAt,
  readValues,
  seedCells,
  seedTable,
  SimulatedExcel,
  tableModel,
} from "../office-host";
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

  it("prepares follow-up and assessment rows through a port that has read the workbook in three syncs in all", async () => {
    const excel = planExcel();
    const port = officeWorkbookOn(excel);
    await port.readSnapshot(); // as the task pane has, when it opens
    const start = excel.syncCount;
    const result = await prepareFollowUps(port, { period: "T2", year: 2026 });
    expect([result.added, result.addedAssessments]).toEqual([2, 1]);
    // One to read the plan, one to check both tables, one to write both.
    expect(excel.syncCount - start).toBe(3);
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

  it("refuses when a column was taken away since the table was read", async () => {
    const excel = planExcel();
    const location = followUps();
    await expect(
      officeWorkbookOn(excel).appendRows({ ...location, headers: [...location.headers, "Ansvarig"] }, [
        row("1.2"),
      ]),
    ).rejects.toMatchObject({ userMessage: EXCEL_MESSAGES.tableChanged("Uppfoljning") });
    expect(readValues(excel, "Uppföljning", "A4")).toEqual([[""]]);
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

  it("tells the user when Excel stops answering while it resizes the table, rather than waiting for ever", async () => {
    const excel = planExcel({ autoExpandTables: false });
    excel.hangFrom(3);
    const error = await officeWorkbookOn(excel, { syncTimeoutMs: 1000 })
      .appendRows(followUps(), [row("1.1")])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "Timeout",
      userMessage: expect.stringMatching(/^Excel svarar inte/),
    });
    expect(excel.syncCount).toBe(3); // read, write, and the resize that got no answer
  });

  it("keeps text that looks like a formula or a number as text", async () => {
    const excel = planExcel();
    const texts = ["1.10", 2026, "T2", null, "=inte en formel", "+46 8 508 00", "-", "@polisen", null];
    await officeWorkbookOn(excel).appendRows(followUps(), [texts]);
    expect(readValues(excel, "Uppföljning", "A4:H4")).toEqual([
      ["1.10", 2026, "T2", "", "=inte en formel", "+46 8 508 00", "-", "@polisen"],
    ]);
  });

  it("keeps text that looks like a number, a date or a formula as text below the table and in its blank rows", async () => {
    const excel = planExcel();
    const table = tableModel(excel, "Uppfoljning");
    if (!table) throw new Error("no Uppfoljning");
    table.ref = { ...table.ref, bottom: table.ref.bottom + 1 }; // one blank row at the end
    const texts = (nr: string) => [nr, 2026, "T2", null, "2026-05-15", "=1+1", "1.10", "TRUE", null];
    await officeWorkbookOn(excel).appendRows(followUps({ rowCount: 3 }), [texts("1.10"), texts("2.10")]);
    expect(readValues(excel, "Uppföljning", "A4:H5")).toEqual([
      ["1.10", 2026, "T2", "", "2026-05-15", "=1+1", "1.10", "TRUE"],
      ["2.10", 2026, "T2", "", "2026-05-15", "=1+1", "1.10", "TRUE"],
    ]);
    expect(cellAt(excel, "Uppföljning", "F5")?.formula).toBeUndefined();
  });
});

describe("OfficeWorkbook.appendRows in a workbook that counts dates from 1904", () => {
  it("writes a date as the serial of the workbook's date system, and reads it back as that date", async () => {
    const excel = planExcel({ date1904: true });
    const port = officeWorkbookOn(excel);
    await port.readSnapshot(); // finds the date system, as the task pane's first read does
    const dated = [
      "1.1",
      2026,
      "T2",
      null,
      null,
      null,
      null,
      null,
      { kind: "date", iso: "2026-05-15" },
    ] as const;
    await port.appendRows(followUps(), [dated]);
    expect(cellAt(excel, "Uppföljning", "I4")?.value).toBe(44_695); // 2026-05-15 counted from 1904
    const table = (await port.readSnapshot()).sheets
      .flatMap((s) => s.tables)
      .find((t) => t.name === "Uppfoljning");
    expect(table?.rows.at(-1)?.[8]).toEqual({ kind: "date", iso: "2026-05-15" });
  });
});

describe("OfficeWorkbook.appendRows to a table with a totals row", () => {
  function withTotals(blankRows: number) {
    const excel = new SimulatedExcel();
    const location = followUps();
    seedTable(excel, {
      sheet: location.sheet,
      name: "Uppfoljning",
      headers: location.headers.map(String),
      rows: [
        row("1.1").map((v) => (v === null ? null : v)),
        row("1.2").map((v) => (v === null ? null : v)),
        ...Array.from({ length: blankRows }, () => []),
      ],
      showTotals: true,
    });
    return { excel, location: followUps({ rowCount: 2 + blankRows }) };
  }

  it("fills the blank rows above the totals row, text formatted first, never with rows.add", async () => {
    const { excel, location } = withTotals(2);
    await officeWorkbookOn(excel).appendRows(location, [row("1.10"), row("2026-05-15")]);
    expect(excel.calls).not.toContain("TableRowCollection.Add");
    expect(readValues(excel, "Uppföljning", "A4:A5")).toEqual([["1.10"], ["2026-05-15"]]);
    expect(tableModel(excel, "Uppfoljning")?.ref.bottom).toBe(6);
  });

  it("asks for room, changing nothing, when the blank rows are too few", async () => {
    const { excel, location } = withTotals(1);
    const before = bookFingerprint(excel);
    await expect(
      officeWorkbookOn(excel).appendRows(location, [row("1.3"), row("1.4")]),
    ).rejects.toMatchObject({
      userMessage: expect.stringMatching(
        /^Tabellen "Uppfoljning" har en summarad, och en ny rad får inte plats/,
      ),
    });
    expect(bookFingerprint(excel)).toEqual(before);
    expect(excel.calls).not.toContain("TableRowCollection.Add");
  });
});

describe("OfficeWorkbook.appendRows to a table with blank rows, against what stands below it", () => {
  /** planExcel's Uppfoljning with `blank` empty rows at its end, and its location as read. */
  function withBlankRows(blank: number) {
    const excel = planExcel();
    const table = tableModel(excel, "Uppfoljning");
    if (!table) throw new Error("no Uppfoljning");
    table.ref = { ...table.ref, bottom: table.ref.bottom + blank };
    return { excel, location: followUps({ rowCount: 2 + blank }) };
  }

  it.each([
    [1, "fills it and goes below it"],
    [2, "fills them alone"],
  ])(
    "with %i blank row(s) for two new ones, %s, past a note further down; formatted empty cells are free",
    async (blank) => {
      const { excel, location } = withBlankRows(blank);
      seedCells(excel, "Uppföljning", "B6", [["Anteckning"]]);
      seedCells(excel, "Uppföljning", "C4", [[{ value: "", format: "0.00" }]]);
      seedCells(excel, "Uppföljning", "C5", [[{ value: "", format: "0.00" }]]);
      await officeWorkbookOn(excel).appendRows(location, [row("1.3"), row("1.4")]);
      expect(readValues(excel, "Uppföljning", "A4:B6")).toEqual([
        ["1.3", 2026],
        ["1.4", 2026],
        ["", "Anteckning"],
      ]);
      expect(tableModel(excel, "Uppfoljning")?.ref.bottom).toBe(5);
    },
  );

  it("refuses, writing nothing, when a note stands in the row the rows beyond the blank ones need", async () => {
    const { excel, location } = withBlankRows(1);
    seedCells(excel, "Uppföljning", "B5", [["Anteckning"]]);
    const before = bookFingerprint(excel);
    await expect(
      officeWorkbookOn(excel).appendRows(location, [row("1.3"), row("1.4")]),
    ).rejects.toMatchObject({
      userMessage: EXCEL_MESSAGES.occupiedBelow("Uppföljning", "'Uppföljning'!B5"),
    });
    expect(bookFingerprint(excel)).toEqual(before);
  });
});

describe("OfficeWorkbook.appendRows in requests cut small", () => {
  /** 300 rows in requests of a few kilobytes: many blocks each. */
  const LIMIT = 12_000;
  const rows = Array.from({ length: 300 }, (_, i) => row(`9.${i + 1}`));

  it("writes every block in its own rows, in the table's blank rows and below it", async () => {
    const excel = planExcel({ payloadLimitBytes: LIMIT });
    const table = tableModel(excel, "Uppfoljning");
    if (!table) throw new Error("no Uppfoljning");
    table.ref = { ...table.ref, bottom: table.ref.bottom + 150 }; // 150 blank rows
    await officeWorkbookOn(excel, { payloadLimitBytes: LIMIT }).appendRows(
      followUps({ rowCount: 152 }),
      rows,
    );
    expect(excel.syncCount).toBeGreaterThan(4);
    expect(readValues(excel, "Uppföljning", "A4:A303").map(([nr]) => nr)).toEqual(rows.map(([nr]) => nr));
    expect(tableModel(excel, "Uppfoljning")?.ref.bottom).toBe(303);
  });

  it("writes every block in its own rows below a plain range", async () => {
    const excel = new SimulatedExcel({ payloadLimitBytes: LIMIT });
    const headers = followUps().headers.map(String);
    seedCells(excel, "Uppföljning", "A1", [headers]);
    await officeWorkbookOn(excel, { payloadLimitBytes: LIMIT }).appendRows(
      followUps({ excelTable: null, rowCount: 0 }),
      rows,
    );
    expect(excel.syncCount).toBeGreaterThan(4);
    expect(readValues(excel, "Uppföljning", "A2:A301").map(([nr]) => nr)).toEqual(rows.map(([nr]) => nr));
  });
});

describe("OfficeWorkbook.appendRows to a plan table kept as a plain range", () => {
  const headers = ["Nr", "Område", "Beskrivning"];
  /** The range on Områden at B3 (header) with two rows, and its location as read. */
  function plainRange() {
    const excel = new SimulatedExcel();
    seedCells(excel, "Områden", "B3", [headers, ["1", "Trygghet", null], ["2", "Skola", "Rast"]]);
    const location: TableLocation = {
      table: "Omraden",
      sheet: "Områden",
      excelTable: null,
      top: 3,
      left: 2,
      rowCount: 2,
      headers,
    };
    return { excel, location };
  }

  it("writes the rows below its last row, in its columns, text kept as text", async () => {
    const { excel, location } = plainRange();
    await officeWorkbookOn(excel).appendRows(location, [
      ["1.10", "Brott", "=inte en formel"],
      ["4", "Fritid", null],
    ]);
    expect(readValues(excel, "Områden", "A3:E8")).toEqual([
      ["", "Nr", "Område", "Beskrivning", ""],
      ["", "1", "Trygghet", "", ""],
      ["", "2", "Skola", "Rast", ""],
      ["", "1.10", "Brott", "=inte en formel", ""],
      ["", "4", "Fritid", "", ""],
      ["", "", "", "", ""],
    ]);
    expect(excel.syncCount).toBe(2);
    expect(tableModel(excel, "Omraden")).toBeUndefined();
  });

  it("writes over cells below it that are only formatted", async () => {
    const { excel, location } = plainRange();
    seedCells(excel, "Områden", "B6", [[{ value: "", format: "0.00" }]]);
    await officeWorkbookOn(excel).appendRows(location, [["3", "Brott", null]]);
    expect(readValues(excel, "Områden", "B6:C6")).toEqual([["3", "Brott"]]);
  });

  it("takes a header cell left empty as the same empty header", async () => {
    const excel = new SimulatedExcel();
    seedCells(excel, "Områden", "A1", [["Nr", null, "Beskrivning"]]);
    const location: TableLocation = {
      ...plainRange().location,
      top: 1,
      left: 1,
      rowCount: 0,
      headers: ["Nr", null, "Beskrivning"],
    };
    await officeWorkbookOn(excel).appendRows(location, [["1", "Trygghet", "Ny"]]);
    expect(readValues(excel, "Områden", "A2:C2")).toEqual([["1", "Trygghet", "Ny"]]);
  });

  it("refuses, writing nothing, when its headers changed or something stands where the rows go", async () => {
    for (const [cell, value] of [
      ["C3", "Områdesnamn"],
      ["B6", "Anteckning"],
      ["D7", "Anteckning"],
    ] as const) {
      const { excel, location } = plainRange();
      seedCells(excel, "Områden", cell, [[value]]);
      const before = bookFingerprint(excel);
      await expect(
        officeWorkbookOn(excel).appendRows(location, [
          ["3", "Brott", null],
          ["4", "Fritid", null],
        ]),
      ).rejects.toMatchObject({ userMessage: EXCEL_MESSAGES.tableChanged("Omraden") });
      expect(bookFingerprint(excel)).toEqual(before);
    }
  });

  it("says the sheet is gone when it is", async () => {
    const { excel, location } = plainRange();
    await expect(
      officeWorkbookOn(excel).appendRows({ ...location, sheet: "Borttaget" }, [["3", "Brott", null]]),
    ).rejects.toMatchObject({ userMessage: EXCEL_MESSAGES.sheetNotFound("Borttaget"), code: "ItemNotFound" });
  });
});

describe("OfficeWorkbook.appendRowsToTables when a table or sheet is gone", () => {
  it("names every table and sheet it needed, since Excel does not say which one is gone", async () => {
    const excel = planExcel();
    const error = await officeWorkbookOn(excel)
      .appendRowsToTables([
        { location: followUps({ excelTable: "Borta" }), rows: [row("1.1")] },
        { location: followUps({ excelTable: null, sheet: "Borttaget" }), rows: [row("1.2")] },
      ])
      .catch((e: unknown) => e);
    expect((error as ExcelError).userMessage).toBe(
      `${EXCEL_MESSAGES.tableNotFound("Borta")} ${EXCEL_MESSAGES.sheetNotFound("Borttaget")}`,
    );
    expect(readValues(excel, "Uppföljning", "A4")).toEqual([[""]]);
  });

  it("does not need a table it adds no rows to", async () => {
    const excel = planExcel();
    await officeWorkbookOn(excel).appendRowsToTables([
      { location: followUps(), rows: [row("1.3")] },
      { location: followUps({ excelTable: "Borta", sheet: "Borttaget" }), rows: [] },
    ]);
    expect(readValues(excel, "Uppföljning", "A4:C4")).toEqual([["1.3", 2026, "T2"]]);
  });

  it("does not take another fault of Excel's for a table that is gone", async () => {
    const excel = planExcel();
    excel.failSync(1, "GeneralException");
    const error = await officeWorkbookOn(excel)
      .appendRows(followUps(), [row("1.3")])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelError);
    expect((error as ExcelError).code).toBe("GeneralException");
    expect((error as ExcelError).userMessage).not.toContain("finns inte längre");
  });
});
