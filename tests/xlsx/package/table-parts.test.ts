/**
 * The tables of a sheet and of the workbook, found through the sheets' relationships in a small
 * package held in memory: only table relationships to parts that are there, found by name in
 * any case, and no sheet that is not a worksheet asked.
 */
import { describe, expect, it } from "vitest";
import type { SheetEntry } from "../../../src/xlsx/package/package-graph";
import { allTableParts, findTablePart, tablePartsOf } from "../../../src/xlsx/package/table-parts";
import type { PackageReader } from "../../../src/xlsx/package/xlsx-package";

const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TABLE = `${RELS}/table`;

function rels(list: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list}</Relationships>`;
}

function tablePart(id: number, name: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${name}" displayName="${name}" ref="A1:B3"><tableColumns count="2"><tableColumn id="1" name="Nr"/><tableColumn id="2" name="Aktivitet"/></tableColumns></table>`;
}

/** Two sheets: the first with two tables, a drawing, a table part that is missing and an external one. */
function workbookPackage(): PackageReader {
  const parts = new Map<string, string>([
    [
      "xl/worksheets/_rels/sheet1.xml.rels",
      rels(
        `<Relationship Id="rId1" Type="${TABLE}" Target="../tables/table1.xml"/>` +
          `<Relationship Id="rId2" Type="${RELS}/drawing" Target="../drawings/drawing1.xml"/>` +
          `<Relationship Id="rId3" Type="${TABLE}" Target="../tables/table9.xml"/>` +
          `<Relationship Id="rId4" Type="${TABLE}" Target="https://example.se/tables/table1.xml" TargetMode="External"/>` +
          `<Relationship Id="rId5" Type="${TABLE}" Target="/xl/tables/table2.xml"/>`,
      ),
    ],
    ["xl/tables/table1.xml", tablePart(1, "Aktiviteter")],
    ["xl/tables/table2.xml", tablePart(2, "Deltagare")],
    [
      "xl/drawings/drawing1.xml",
      '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
    ],
    [
      "xl/worksheets/_rels/sheet2.xml.rels",
      rels(`<Relationship Id="rId1" Type="${TABLE}" Target="../tables/table3.xml"/>`),
    ],
    ["xl/tables/table3.xml", tablePart(3, "Uppföljning")],
  ]);
  return { read: (part) => Promise.resolve(parts.get(part)) };
}

function sheetEntry(name: string, index: number, part: string | null): SheetEntry {
  return { name, sheetId: index + 1, relId: `rId${index + 1}`, state: "visible", index, part };
}

describe("tablePartsOf", () => {
  it("finds the sheet's tables through its table relationships to parts that are there", async () => {
    const found = await tablePartsOf(workbookPackage(), "xl/worksheets/sheet1.xml");
    expect(found.map((t) => [t.part, t.relId, t.info.name])).toEqual([
      ["xl/tables/table1.xml", "rId1", "Aktiviteter"],
      ["xl/tables/table2.xml", "rId5", "Deltagare"],
    ]);
    expect(found[1]?.xml).toBe(tablePart(2, "Deltagare"));
  });
});

describe("findTablePart", () => {
  it.each([
    ["DELTAGARE", "xl/tables/table2.xml"],
    ["aktiviteter", "xl/tables/table1.xml"],
    ["Uppföljning", null],
  ])("finds %s on the first sheet: %s", async (name, part) => {
    const found = await findTablePart(workbookPackage(), "xl/worksheets/sheet1.xml", name);
    expect(found?.part ?? null).toBe(part);
  });
});

describe("allTableParts", () => {
  it("finds every worksheet's tables with their sheet, and asks no chart sheet", async () => {
    const sheets = [
      sheetEntry("Plan", 0, "xl/worksheets/sheet1.xml"),
      sheetEntry("Diagram", 1, null),
      sheetEntry("Uppföljning", 2, "xl/worksheets/sheet2.xml"),
    ];
    const all = await allTableParts(workbookPackage(), sheets);
    expect(all.map((t) => [t.sheet.name, t.info.name])).toEqual([
      ["Plan", "Aktiviteter"],
      ["Plan", "Deltagare"],
      ["Uppföljning", "Uppföljning"],
    ]);
  });
});
