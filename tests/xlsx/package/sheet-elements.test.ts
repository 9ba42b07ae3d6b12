/**
 * The worksheet elements an edit keeps true (sheet-elements.ts), on small parts written out
 * in full: the used range, column formats, the list of tables, the sheet's own filter and
 * drop-down lists that reach the rows a table grows into. Each case checks the whole part
 * afterwards, so an edit that also touches something else shows.
 */
import { describe, expect, it } from "vitest";
import { parseRange, type RangeRef } from "../../../src/plan";
import {
  addTablePart,
  extendedRanges,
  extendValidations,
  readColumnStyles,
  removeSheetFilter,
  widenDimension,
} from "../../../src/xlsx/package/sheet-elements";
import { WorksheetEditor } from "../../../src/xlsx/package/worksheet-editor";
import { NS } from "../../../src/xlsx/package/xml";

const ROOT = `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`;

function sheet(body: string, root = ROOT): string {
  const name = /^<([^\s>]+)/.exec(root)?.[1] ?? "worksheet";
  return `${root}${body}</${name}>`;
}

function range(a1: string): RangeRef {
  const parsed = parseRange(a1);
  if (parsed === null) throw new Error(`not a range: ${a1}`);
  return parsed;
}

/** The part after `edit`, and whether the editor counts it as changed. */
function edited(xml: string, edit: (editor: WorksheetEditor) => void): { xml: string; changed: boolean } {
  const editor = new WorksheetEditor(xml);
  edit(editor);
  return { xml: editor.toString(), changed: editor.changed };
}

describe("widenDimension", () => {
  it.each([
    ["A1:C5", "B3:E9", "A1:E9"],
    ["B3:E9", "A1:C5", "A1:E9"],
    ["C2:D4", "A6:B6", "A2:D6"],
  ])("widens <dimension ref=%s> to hold %s: %s", (current, added, wanted) => {
    const before = sheet(`<dimension ref="${current}"/><sheetData/>`);
    expect(edited(before, (e) => widenDimension(e, range(added)))).toEqual({
      xml: sheet(`<dimension ref="${wanted}"/><sheetData/>`),
      changed: true,
    });
  });

  it("writes the range itself where the dimension has no ref", () => {
    const before = sheet(`<dimension/><sheetData/>`);
    expect(edited(before, (e) => widenDimension(e, range("B2:C4"))).xml).toBe(
      sheet(`<dimension ref="B2:C4"/><sheetData/>`),
    );
  });

  it.each([
    ["a dimension that already holds the range", `<dimension ref="A1:F20"/><sheetData/>`],
    ["a part without a dimension", `<sheetData/>`],
  ])("leaves %s as it was", (_, body) => {
    const before = sheet(body);
    expect(edited(before, (e) => widenDimension(e, range("B2:C4")))).toEqual({ xml: before, changed: false });
  });

  it("widens the dimension of a part that writes its elements with a prefix", () => {
    const root = `<x:worksheet xmlns:x="${NS.main}">`;
    const before = sheet(`<x:dimension ref="A1:B2"/><x:sheetData/>`, root);
    expect(edited(before, (e) => widenDimension(e, range("A3:B3"))).xml).toBe(
      sheet(`<x:dimension ref="A1:B3"/><x:sheetData/>`, root),
    );
  });
});

describe("readColumnStyles", () => {
  it("gives each column its <col style>, skipping columns without a style or a number", () => {
    const editor = new WorksheetEditor(
      sheet(
        `<cols><col min="1" max="2" style="3" width="9"/><col min="4" max="4" width="12"/>` +
          `<col min="x" max="6" style="8"/><col min="7" max="y" style="9"/><col min="5" max="5" style="7"/></cols><sheetData/>`,
      ),
    );
    expect([...readColumnStyles(editor)]).toEqual([
      [1, 3],
      [2, 3],
      [5, 7],
    ]);
  });

  it("gives nothing for a part without <cols>", () => {
    expect(readColumnStyles(new WorksheetEditor(sheet(`<sheetData/>`))).size).toBe(0);
  });
});

describe("addTablePart", () => {
  it.each([
    [
      "adds <tableParts> where the schema puts it: after the sheet's other elements, before extLst",
      sheet(`<sheetData/><pageMargins left="0.7"/><extLst><ext uri="{A}"/></extLst>`),
      sheet(
        `<sheetData/><pageMargins left="0.7"/><tableParts count="1"><tablePart r:id="rId4"/></tableParts><extLst><ext uri="{A}"/></extLst>`,
      ),
    ],
    [
      "adds <tableParts> at the end of a part with nothing after it",
      sheet(`<sheetData/>`),
      sheet(`<sheetData/><tableParts count="1"><tablePart r:id="rId4"/></tableParts>`),
    ],
    [
      "uses the prefix the part binds to the relationships namespace",
      sheet(`<sheetData/>`, `<worksheet xmlns="${NS.main}" xmlns:mc="urn:mc" xmlns:rel="${NS.rel}">`),
      sheet(
        `<sheetData/><tableParts count="1"><tablePart rel:id="rId4"/></tableParts>`,
        `<worksheet xmlns="${NS.main}" xmlns:mc="urn:mc" xmlns:rel="${NS.rel}">`,
      ),
    ],
    [
      "declares the relationships namespace on the new element where the part does not",
      sheet(`<sheetData/>`, `<worksheet xmlns="${NS.main}" xmlns:mc="urn:mc">`),
      sheet(
        `<sheetData/><tableParts count="1"><tablePart xmlns:r="${NS.rel}" r:id="rId4"/></tableParts>`,
        `<worksheet xmlns="${NS.main}" xmlns:mc="urn:mc">`,
      ),
    ],
    [
      "writes the part's own prefix",
      sheet(`<x:sheetData/>`, `<x:worksheet xmlns:x="${NS.main}" xmlns:r="${NS.rel}">`),
      sheet(
        `<x:sheetData/><x:tableParts count="1"><x:tablePart r:id="rId4"/></x:tableParts>`,
        `<x:worksheet xmlns:x="${NS.main}" xmlns:r="${NS.rel}">`,
      ),
    ],
    [
      "adds a second table to the list and counts it",
      sheet(`<sheetData/><tableParts count="1"><tablePart r:id="rId1"/></tableParts>`),
      sheet(
        `<sheetData/><tableParts count="2"><tablePart r:id="rId1"/><tablePart r:id="rId4"/></tableParts>`,
      ),
    ],
    [
      "adds a second table to a list in a part with a prefix",
      sheet(
        `<x:sheetData/><x:tableParts count="1"><x:tablePart r:id="rId1"/></x:tableParts>`,
        `<x:worksheet xmlns:x="${NS.main}" xmlns:r="${NS.rel}">`,
      ),
      sheet(
        `<x:sheetData/><x:tableParts count="2"><x:tablePart r:id="rId1"/><x:tablePart r:id="rId4"/></x:tableParts>`,
        `<x:worksheet xmlns:x="${NS.main}" xmlns:r="${NS.rel}">`,
      ),
    ],
  ])("%s", (_, before, after) => {
    expect(edited(before, (e) => addTablePart(e, "rId4"))).toEqual({ xml: after, changed: true });
  });

  it("adds a second table where the part does not bind the relationships namespace, as the first one was written", () => {
    const root = `<worksheet xmlns="${NS.main}">`;
    const first = edited(sheet(`<sheetData/>`, root), (e) => addTablePart(e, "rId1")).xml;
    expect(edited(first, (e) => addTablePart(e, "rId2")).xml).toBe(
      sheet(
        `<sheetData/><tableParts count="2"><tablePart xmlns:r="${NS.rel}" r:id="rId1"/><tablePart xmlns:r="${NS.rel}" r:id="rId2"/></tableParts>`,
        root,
      ),
    );
  });
});

describe("removeSheetFilter", () => {
  it("removes the sheet's filter on the table's header row", () => {
    const result = edited(sheet(`<sheetData/><autoFilter ref="A1:C10"/><pageMargins left="0.7"/>`), (e) =>
      expect(removeSheetFilter(e, range("A1:D12"))).toBe(true),
    );
    expect(result).toEqual({ xml: sheet(`<sheetData/><pageMargins left="0.7"/>`), changed: true });
  });

  it.each([
    ["a filter on another row", `<sheetData/><autoFilter ref="A2:C10"/>`],
    ["a filter without a range", `<sheetData/><autoFilter/>`],
    ["a sheet without a filter", `<sheetData/>`],
  ])("keeps %s", (_, body) => {
    const before = sheet(body);
    const result = edited(before, (e) => expect(removeSheetFilter(e, range("A1:D12"))).toBe(false));
    expect(result).toEqual({ xml: before, changed: false });
  });
});

describe("extendedRanges", () => {
  const rows = { first: 11, last: 12 };
  it.each([
    ["runs a range down that ends on the source row", ["B2:B10"], [2], rows, ["B2:B12"]],
    [
      "adds a range per column below a range of several columns",
      ["B2:C10"],
      [2, 3],
      rows,
      ["B2:C10", "B11:B12", "C11:C12"],
    ],
    ["leaves columns the source row's lists do not cover", ["C2:C10"], [2, 4], rows, ["C2:C10"]],
    [
      "leaves a list that starts below the source row",
      ["B12:B12"],
      [2],
      { first: 11, last: 13 },
      ["B12:B12"],
    ],
    ["leaves a list that already covers the new rows", ["B2:B20"], [2], rows, ["B2:B20"]],
    ["runs on a range that covers some of the new rows", ["B2:B11"], [2], rows, ["B2:B12"]],
    [
      "runs on the range that ends where the covered rows end",
      ["B2:B10", "B11:B11"],
      [2],
      { first: 11, last: 13 },
      ["B2:B10", "B11:B13"],
    ],
  ])("%s", (_, ranges, columns, added, wanted) => {
    const result = extendedRanges(ranges.map(range), 10, added, columns);
    expect(result).toEqual(wanted.map(range));
  });
});

describe("extendValidations", () => {
  const list = (sqref: string) =>
    `<dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>$H$1:$H$3</formula1></dataValidation>`;
  const validations = (...sqrefs: string[]) =>
    sheet(
      `<sheetData/><dataValidations count="${sqrefs.length}">${sqrefs.map(list).join("")}</dataValidations>`,
    );

  it("extends the lists that reach the source row and leaves the others as they were written", () => {
    const before = validations("B2:B10 $E$2:$E$10", "$D$2:$D$10 C2:C10", "F2:F5  G2:G5");
    const after = validations("B2:B12 $E$2:$E$10", "$D$2:$D$10 C2:C12", "F2:F5  G2:G5");
    expect(edited(before, (e) => extendValidations(e, 10, { first: 11, last: 12 }, [2, 3, 6]))).toEqual({
      xml: after,
      changed: true,
    });
  });

  it("adds ranges after the list's own, keeping what it cannot read", () => {
    const before = validations(" B2:C10 X ");
    const after = validations("B2:C10 X B11:B12 C11:C12");
    expect(edited(before, (e) => extendValidations(e, 10, { first: 11, last: 12 }, [2, 3])).xml).toBe(after);
  });

  it.each([
    ["no list reaches the new rows", validations("B2:B5  C2:C5", "D2:D20")],
    ["the sheet has no lists", sheet(`<sheetData/>`)],
  ])("changes nothing when %s", (_, before) => {
    expect(edited(before, (e) => extendValidations(e, 10, { first: 11, last: 12 }, [2, 3, 4]))).toEqual({
      xml: before,
      changed: false,
    });
  });
});
