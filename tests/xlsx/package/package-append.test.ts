/**
 * appendToPackage (package-append.ts) on small hand-written packages: which cells a new row
 * writes and with which style, the totals row moved below the new rows, the used range, the
 * drop-down lists and the table range, and the refusals (a protected sheet, a sheet or table
 * that is gone). Every expectation is the sheet's XML as Excel would read it.
 */
import { describe, expect, it } from "vitest";
import type { CellInput } from "../../../src/plan";
import type { AppendPlan } from "../../../src/xlsx/append-plan";
import { appendToPackage } from "../../../src/xlsx/package-append";
import { newPackageParts } from "../../../src/xlsx/package/new-package";
import { NS, REL_TYPE, XML_DECLARATION } from "../../../src/xlsx/package/xml";
import { XlsxPackage } from "../../../src/xlsx/package/xlsx-package";
import { WorkbookFileError } from "../../../src/xlsx/workbook-file-error";

const SHEET = "xl/worksheets/sheet1.xml";
const TABLE = "xl/tables/table1.xml";

/** Styles 0–3: default, a fill (1), a bold font (2), a date (3). */
const STYLES =
  `${XML_DECLARATION}<styleSheet xmlns="${NS.main}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

interface Sheet {
  readonly dimension?: string;
  readonly cols?: string;
  readonly rows: string;
  /** Elements after sheetData: sheetProtection, dataValidations. */
  readonly after?: string;
  /** The table part's XML, related from the sheet; none for a plain range. */
  readonly table?: string;
}

function sheetXml(sheet: Sheet): string {
  return (
    `${XML_DECLARATION}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    (sheet.dimension === undefined ? "" : `<dimension ref="${sheet.dimension}"/>`) +
    (sheet.cols === undefined ? "" : `<cols>${sheet.cols}</cols>`) +
    `<sheetData>${sheet.rows}</sheetData>${sheet.after ?? ""}` +
    (sheet.table === undefined ? "" : '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>') +
    "</worksheet>"
  );
}

/** A workbook with the one sheet "Plan" (and its table, if any). */
function packageWith(sheet: Sheet): XlsxPackage {
  const parts = newPackageParts("test");
  parts["xl/workbook.xml"] =
    `${XML_DECLARATION}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><workbookPr/>` +
    '<sheets><sheet name="Plan" sheetId="1" r:id="rId2"/></sheets></workbook>';
  parts["xl/_rels/workbook.xml.rels"] =
    `${XML_DECLARATION}<Relationships xmlns="${NS.packageRel}">` +
    `<Relationship Id="rId1" Type="${REL_TYPE.styles}" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${REL_TYPE.worksheet}" Target="worksheets/sheet1.xml"/></Relationships>`;
  parts["xl/styles.xml"] = STYLES;
  parts[SHEET] = sheetXml(sheet);
  if (sheet.table !== undefined) {
    parts["xl/worksheets/_rels/sheet1.xml.rels"] =
      `${XML_DECLARATION}<Relationships xmlns="${NS.packageRel}">` +
      `<Relationship Id="rId1" Type="${REL_TYPE.table}" Target="../tables/table1.xml"/></Relationships>`;
    parts[TABLE] = sheet.table;
  }
  return XlsxPackage.fromParts(parts);
}

function tablePart(ref: string, totalsRow: boolean): string {
  return (
    `${XML_DECLARATION}<table xmlns="${NS.main}" id="1" name="Uppfoljning" displayName="Uppfoljning" ref="${ref}"` +
    `${totalsRow ? ' totalsRowCount="1"' : ""}><autoFilter ref="${ref}"/><tableColumns count="3">` +
    '<tableColumn id="1" name="Aktivitet"/><tableColumn id="2" name="Period"/><tableColumn id="3" name="Antal"/>' +
    '</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>'
  );
}

const HEADER =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Aktivitet</t></is></c><c r="B1" t="inlineStr"><is><t>Period</t></is></c>' +
  '<c r="C1" t="inlineStr"><is><t>Antal</t></is></c></row>';

function plan(over: Partial<AppendPlan>): AppendPlan {
  return { sheet: "Plan", left: 1, width: 3, start: 3, dataBottom: 2, bodyTop: 2, table: null, ...over };
}

/** Appends the rows and returns the sheet part and the table part as they are then. */
async function appended(
  sheet: Sheet,
  p: AppendPlan,
  rows: readonly (readonly CellInput[])[],
): Promise<{ sheet: string | undefined; table: string | undefined }> {
  const pkg = packageWith(sheet);
  await appendToPackage(pkg, p, rows);
  return { sheet: await pkg.read(SHEET), table: await pkg.read(TABLE) };
}

/** What appendToPackage refused with, and whether it left the sheet part as it was. */
async function refusal(
  sheet: Sheet,
  p: AppendPlan,
  rows: readonly (readonly CellInput[])[],
): Promise<{ message: string; sheetKept: boolean }> {
  const pkg = packageWith(sheet);
  const error = await appendToPackage(pkg, p, rows).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookFileError)) throw new Error(`no WorkbookFileError: ${String(error)}`);
  return { message: error.userMessage, sheetKept: (await pkg.read(SHEET)) === sheetXml(sheet) };
}

const UPPFOLJNING = (bottom: number, totalsRow = false) => ({
  name: "Uppfoljning",
  range: { top: 1, left: 1, bottom, right: 3 },
  totalsRow,
});

const text = (ref: string, value: string, style?: number) =>
  `<c r="${ref}"${style === undefined ? "" : ` s="${style}"`} t="inlineStr"><is><t>${value}</t></is></c>`;

const VALIDATION = (sqref: string) =>
  '<dataValidations count="1"><dataValidation type="list" allowBlank="1" ' +
  `sqref="${sqref}"><formula1>"T1,T2,VB"</formula1></dataValidation></dataValidations>`;

describe("appendToPackage: rows below the table", () => {
  it("styles each new cell like the last data row's cell, else its row style, and grows the used range, drop-down list and table", async () => {
    const before: Sheet = {
      dimension: "A1:C2",
      rows:
        HEADER +
        `<row r="2" s="2" customFormat="1">${text("A2", "1.1", 1)}<c r="C2" s="1"><v>4</v></c></row>` +
        // An empty formatted cell someone left below the table: kept as it is.
        '<row r="3"><c r="C3" s="3"></c></row>',
      after: VALIDATION("B2"),
      table: tablePart("A1:C2", false),
    };
    const after = await appended(before, plan({ table: UPPFOLJNING(2) }), [
      ["1.2", "T1", null],
      ["1.3", null, 5],
    ]);
    expect(after.sheet).toBe(
      sheetXml({
        ...before,
        dimension: "A1:C4",
        rows:
          HEADER +
          `<row r="2" s="2" customFormat="1">${text("A2", "1.1", 1)}<c r="C2" s="1"><v>4</v></c></row>` +
          `<row r="3">${text("A3", "1.2", 1)}${text("B3", "T1", 2)}<c r="C3" s="3"></c></row>` +
          `<row r="4">${text("A4", "1.3", 1)}<c r="B4" s="2"/><c r="C4" s="1"><v>5</v></c></row>`,
        after: VALIDATION("B2:B4"),
      }),
    );
    expect(after.table).toBe(tablePart("A1:C4", false));
  });

  it("takes no style from the header row of a range without data rows and writes no cell for an empty value", async () => {
    const before: Sheet = {
      dimension: "A1:C1",
      // Bold header cells in a row formatted bold as a whole (clicking the row number).
      rows: HEADER.replace(/<c r="(\w+)"/g, '<c r="$1" s="2"').replace(
        '<row r="1">',
        '<row r="1" s="2" customFormat="1">',
      ),
      after: VALIDATION("C1"),
    };
    const after = await appended(before, plan({ start: 2, dataBottom: 1, bodyTop: 2 }), [
      ["1.1", "T1", null],
    ]);
    expect(after.sheet).toBe(
      sheetXml({
        ...before,
        dimension: "A1:C2",
        rows: before.rows + `<row r="2">${text("A2", "1.1")}${text("B2", "T1")}</row>`,
      }),
    );
  });
});

describe("appendToPackage: blank rows at the table's end", () => {
  it("fills them keeping each cell's own style, else the row style, and leaves the table's range", async () => {
    const before: Sheet = {
      dimension: "A1:C5",
      cols: '<col min="3" max="3" width="12" style="1" customWidth="1"/>',
      rows:
        HEADER +
        `<row r="2">${text("A2", "1.1")}</row>` +
        '<row r="3"><c r="A3" s="1"/><c r="B3" s="2"/></row><row r="4" s="2" customFormat="1"/>' +
        // The last blank row, left blank, has a format of its own: not the rows filled above it.
        '<row r="5" s="1" customFormat="1"/>',
      table: tablePart("A1:C5", false),
    };
    const after = await appended(before, plan({ dataBottom: 5, table: UPPFOLJNING(5) }), [
      ["1.2", "T1", null],
      ["1.3", null, 7],
    ]);
    expect(after.sheet).toBe(
      sheetXml({
        ...before,
        rows:
          HEADER +
          `<row r="2">${text("A2", "1.1")}</row>` +
          `<row r="3">${text("A3", "1.2", 1)}${text("B3", "T1", 2)}</row>` +
          `<row r="4" s="2" customFormat="1">${text("A4", "1.3", 2)}<c r="C4" s="2"><v>7</v></c></row>` +
          '<row r="5" s="1" customFormat="1"/>',
      }),
    );
    expect(after.table).toBe(tablePart("A1:C5", false));
  });

  it("fills the blank row above a totals row and leaves the totals row byte for byte", async () => {
    const totals = `<row r="4"><c r='A4' t="inlineStr"><is><t>Summa</t></is></c></row>`;
    const before: Sheet = {
      dimension: "A1:C4",
      rows:
        HEADER +
        `<row r="2">${text("A2", "1.1")}</row><row r="3" s="2" customFormat="1"><c r="B3" s="1"/></row>` +
        totals,
      table: tablePart("A1:C4", true),
    };
    const after = await appended(before, plan({ dataBottom: 3, table: UPPFOLJNING(4, true) }), [
      ["1.2", "T1", null],
    ]);
    expect(after.sheet).toBe(
      sheetXml({
        ...before,
        rows:
          HEADER +
          `<row r="2">${text("A2", "1.1")}</row>` +
          `<row r="3" s="2" customFormat="1">${text("A3", "1.2", 2)}${text("B3", "T1", 1)}</row>` +
          totals,
      }),
    );
    expect(after.table).toBe(tablePart("A1:C4", true));
  });
});

describe("appendToPackage: a totals row", () => {
  it("moves below the new rows with its cells (not a note beside it), and the table and used range take it in", async () => {
    const NOTE = text("E3", "Stämmer med T1");
    const before: Sheet = {
      dimension: "A1:E3",
      rows:
        HEADER +
        `<row r="2">${text("A2", "1.1")}<c r="C2"><v>4</v></c></row>` +
        `<row r="3">${text("A3", "Summa", 2)}<c r = "C3" s="2"><f>SUBTOTAL(109,Uppfoljning[Antal])</f><v>4</v></c>${NOTE}</row>`,
      table: tablePart("A1:C3", true),
    };
    const after = await appended(before, plan({ table: UPPFOLJNING(3, true) }), [["1.2", "T1", null]]);
    expect(after.sheet).toBe(
      sheetXml({
        ...before,
        dimension: "A1:E4",
        rows:
          HEADER +
          `<row r="2">${text("A2", "1.1")}<c r="C2"><v>4</v></c></row>` +
          `<row r="3">${text("A3", "1.2")}${text("B3", "T1")}${NOTE}</row>` +
          `<row r="4">${text("A4", "Summa", 2)}<c r = "C4" s="2"><f>SUBTOTAL(109,Uppfoljning[Antal])</f><v>4</v></c></row>`,
      }),
    );
    expect(after.table).toBe(
      tablePart("A1:C4", true).replace('<autoFilter ref="A1:C4"/>', '<autoFilter ref="A1:C3"/>'),
    );
  });
});

describe("appendToPackage: refusals", () => {
  const table: Sheet = {
    dimension: "A1:C2",
    rows: HEADER + `<row r="2">${text("A2", "1.1")}</row>`,
    table: tablePart("A1:C2", false),
  };
  const protectedBy = (attributes: string): Sheet => ({
    ...table,
    after: `<sheetProtection ${attributes} objects="1" scenarios="1"/>`,
  });
  const PROTECTED =
    'Bladet "Plan" är skyddat, så tabellen där kan inte få fler rader. ' +
    "Ta bort bladskyddet i Excel (Granska > Ta bort bladskydd) och försök igen. Inget skrevs.";

  it("refuses a protected sheet, however the protection is written, and writes nothing", async () => {
    for (const attributes of ['sheet="1"', 'sheet="true"']) {
      expect(
        await refusal(protectedBy(attributes), plan({ table: UPPFOLJNING(2) }), [["1.2", "T1", 1]]),
      ).toEqual({
        message: PROTECTED,
        sheetKept: true,
      });
    }
  });

  it("appends to a sheet whose protection is switched off", async () => {
    for (const attributes of ['sheet="0"', 'password="CC3D"']) {
      const after = await appended(protectedBy(attributes), plan({ table: UPPFOLJNING(2) }), [
        ["1.2", "T1", null],
      ]);
      expect(after.table).toBe(tablePart("A1:C3", false));
    }
  });

  it("says so when the sheet or the table is gone", async () => {
    expect(await refusal(table, plan({ sheet: "Gammal" }), [["1.2", "T1", 1]])).toEqual({
      message: 'Bladet "Gammal" finns inte längre i arbetsboken. Läs in arbetsboken igen och försök på nytt.',
      sheetKept: true,
    });
    const gone = { ...UPPFOLJNING(2), name: "Borttagen" };
    expect((await refusal(table, plan({ table: gone }), [["1.2", "T1", 1]])).message).toBe(
      'Tabellen "Borttagen" finns inte längre på bladet "Plan". Läs in arbetsboken igen och försök på nytt.',
    );
  });

  it("does nothing at all for no rows, not even look for the sheet", async () => {
    const pkg = packageWith(table);
    await appendToPackage(pkg, plan({ sheet: "Gammal" }), []);
    await appendToPackage(pkg, plan({ table: UPPFOLJNING(2) }), []);
    expect(await pkg.read(SHEET)).toBe(sheetXml(table));
    expect(await pkg.read(TABLE)).toBe(tablePart("A1:C2", false));
  });
});
