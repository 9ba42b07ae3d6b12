/**
 * The workbook part's sheet list as written by hand-made and foreign workbooks: hidden
 * sheets, the 1904 date system and structure protection in both spellings XML allows, and a
 * sheet added to a workbook that has no sheet list or no `r` prefix yet.
 */
import { describe, expect, it } from "vitest";
import { addSheet, readWorkbook } from "../../../src/xlsx/package/workbook-sheets";
import { NS } from "../../../src/xlsx/package/xml";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function workbook(inner: string, rPrefix = true): string {
  const r = rPrefix ? ` xmlns:r="${NS.rel}"` : "";
  return `${DECLARATION}<workbook xmlns="${NS.main}"${r}>${inner}</workbook>`;
}

describe("readWorkbook", () => {
  it("reads each sheet's state, name, id and relationship id", () => {
    const info = readWorkbook(
      workbook(
        "<sheets>" +
          '<sheet name="Plan" sheetId="1" r:id="rId1"/>' +
          '<sheet name="Dold" sheetId="2" state="hidden" r:id="rId2"/>' +
          '<sheet name="Mycket dold" sheetId="3" state="veryHidden" r:id="rId3"/>' +
          '<sheet name="Synlig" sheetId="4" state="visible" r:id="rId4"/>' +
          '<sheet name="Okänt" sheetId="5" state="annat" r:id="rId5"/>' +
          '<sheet sheetId="6"/>' +
          "</sheets>",
      ),
    );
    expect(info.sheets).toEqual([
      { name: "Plan", sheetId: 1, relId: "rId1", state: "visible" },
      { name: "Dold", sheetId: 2, relId: "rId2", state: "hidden" },
      { name: "Mycket dold", sheetId: 3, relId: "rId3", state: "veryHidden" },
      { name: "Synlig", sheetId: 4, relId: "rId4", state: "visible" },
      { name: "Okänt", sheetId: 5, relId: "rId5", state: "visible" },
      { name: "", sheetId: 6, relId: "", state: "visible" },
    ]);
  });

  it("reads a workbook without a sheet list as one without sheets", () => {
    expect(readWorkbook(workbook('<workbookPr date1904="1"/>'))).toEqual({
      sheets: [],
      date1904: true,
      structureLocked: false,
    });
  });

  it.each([
    ['<workbookPr date1904="1"/>', true, false],
    ['<workbookPr date1904="true"/>', true, false],
    ['<workbookPr date1904="0"/>', false, false],
    ['<workbookPr date1904="false"/>', false, false],
    ["<workbookPr/>", false, false],
    ['<workbookProtection lockStructure="1"/>', false, true],
    ['<workbookProtection lockStructure="true"/>', false, true],
    ['<workbookProtection lockStructure="0"/>', false, false],
    ['<workbookProtection lockWindows="1"/>', false, false],
    ['<workbookPr date1904="1"/><workbookProtection lockStructure="1"/>', true, true],
  ])("%s: date1904 %s, structure locked %s", (inner, date1904, structureLocked) => {
    const info = readWorkbook(
      workbook(`${inner}<sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets>`),
    );
    expect({ date1904: info.date1904, structureLocked: info.structureLocked }).toEqual({
      date1904,
      structureLocked,
    });
  });
});

describe("addSheet", () => {
  it("adds a sheet list where the schema puts it when the workbook has none", () => {
    const xml = workbook(
      '<workbookPr/><bookViews><workbookView/></bookViews><definedNames/><calcPr calcId="1"/>',
    );
    const { xml: after, sheetId } = addSheet(xml, "Rapport T1 2026", "rId3");
    expect(sheetId).toBe(1);
    expect(after).toBe(
      workbook(
        '<workbookPr/><bookViews><workbookView/></bookViews><sheets><sheet name="Rapport T1 2026" sheetId="1" r:id="rId3"/></sheets>' +
          '<definedNames/><calcPr calcId="1"/>',
      ),
    );
  });

  it("declares the r prefix on the new sheet when the workbook binds none", () => {
    const xml = workbook('<sheets><sheet name="Plan" sheetId="4"/></sheets>', false);
    const { xml: after, sheetId } = addSheet(xml, "Rapport", "rId2");
    expect(sheetId).toBe(5);
    expect(after).toContain(`<sheet name="Rapport" sheetId="5" xmlns:r="${NS.rel}" r:id="rId2"/></sheets>`);
    expect(readWorkbook(after).sheets.at(-1)).toEqual({
      name: "Rapport",
      sheetId: 5,
      relId: "rId2",
      state: "visible",
    });
  });
});
