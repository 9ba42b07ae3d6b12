/**
 * The workbook's defined names on a small workbook part: each name read with its scope, value
 * and hidden flag; one set without touching a name of another scope; names removed (and the
 * emptied block with them); formulas rewritten. A part nothing changed comes back as it was,
 * byte for byte (here with single-quoted attributes, which a rewrite would turn into double).
 */
import { describe, expect, it } from "vitest";
import {
  readDefinedNames,
  removeDefinedNames,
  rewriteDefinedNames,
  setDefinedName,
} from "../../../src/xlsx/package/defined-names";
import { renameTableInFormula } from "../../../src/xlsx/package/table-formulas";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A workbook part with `names` as its `<definedNames>` (none: no block). */
function workbook(names: string | null): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<fileVersion appName='xl'/><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/><sheet name="Rapport" sheetId="2" r:id="rId2"/></sheets>` +
    (names === null ? "" : `<definedNames>${names}</definedNames>`) +
    `<calcPr calcId="191029"/></workbook>`
  );
}

/** The part as xmldom writes it back: attributes in double quotes. */
function rewritten(xml: string): string {
  return xml.replace("appName='xl'", 'appName="xl"');
}

const FILTER =
  '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Plan!$A$1:$C$9</definedName>';
const TITLES = '<definedName name="_xlnm.Print_Titles" localSheetId="1">Rapport!$1:$2</definedName>';
const URVAL = '<definedName name="Urval" hidden="true">Plan!$B$2</definedName>';
const URVAL_RAPPORT = '<definedName name="Urval" localSheetId="1">Rapport!$A$1</definedName>';
const MOMS = '<definedName name="Moms" hidden="0">SUM(Tabell1[Moms])</definedName>';

describe("readDefinedNames", () => {
  it("reads each name with its scope (a sheet's index, or null), its formula and whether it is hidden", () => {
    const xml = workbook(
      FILTER + TITLES + URVAL + MOMS + '<definedName name="Tom" localSheetId="">1</definedName>',
    );
    expect(readDefinedNames(xml)).toEqual([
      { name: "_xlnm._FilterDatabase", localSheetId: 0, value: "Plan!$A$1:$C$9", hidden: true },
      { name: "_xlnm.Print_Titles", localSheetId: 1, value: "Rapport!$1:$2", hidden: false },
      { name: "Urval", localSheetId: null, value: "Plan!$B$2", hidden: true },
      { name: "Moms", localSheetId: null, value: "SUM(Tabell1[Moms])", hidden: false },
      { name: "Tom", localSheetId: null, value: "1", hidden: false },
    ]);
  });

  it("reads a broken name element without a name as an empty name, and none without the block", () => {
    expect(readDefinedNames(workbook('<definedName localSheetId="0">1</definedName>'))).toEqual([
      { name: "", localSheetId: 0, value: "1", hidden: false },
    ]);
    expect(readDefinedNames(workbook(null))).toEqual([]);
  });
});

describe("removeDefinedNames", () => {
  it("returns the part byte for byte when it removes nothing", () => {
    const xml = workbook(FILTER + URVAL);
    expect(removeDefinedNames(xml, (n) => n.name === "Saknas")).toBe(xml);
  });

  it("lets the caller pick by name, scope and formula, and keeps every other name", () => {
    const xml = workbook(FILTER + TITLES + URVAL + MOMS);
    expect(removeDefinedNames(xml, (n) => n.localSheetId === 1 || n.value.startsWith("SUM("))).toBe(
      rewritten(workbook(FILTER + URVAL)),
    );
    expect(
      removeDefinedNames(
        workbook(FILTER + '<definedName localSheetId="0">1</definedName>'),
        (n) => n.name === "",
      ),
    ).toBe(rewritten(workbook(FILTER)));
  });

  it("takes the emptied <definedNames> block out with the last name", () => {
    expect(removeDefinedNames(workbook(FILTER + URVAL), () => true)).toBe(rewritten(workbook(null)));
  });
});

describe("setDefinedName", () => {
  it("replaces the name of the same spelling in any case and the same scope only", () => {
    const xml = workbook(URVAL + URVAL_RAPPORT + MOMS);
    expect(setDefinedName(xml, { name: "URVAL", localSheetId: null, value: "Plan!$C$3" })).toBe(
      rewritten(workbook(`${URVAL_RAPPORT}${MOMS}<definedName name="URVAL">Plan!$C$3</definedName>`)),
    );
    expect(setDefinedName(xml, { name: "urval", localSheetId: 1, value: "Rapport!$B$1" })).toBe(
      rewritten(
        workbook(`${URVAL}${MOMS}<definedName name="urval" localSheetId="1">Rapport!$B$1</definedName>`),
      ),
    );
  });

  it('writes hidden="1" for a hidden name only, and the block before <calcPr> when there was none', () => {
    const set = (hidden: boolean | undefined) =>
      setDefinedName(workbook(null), { name: "Urval", localSheetId: 0, value: "Plan!$A$1", hidden });
    const expected = (attributes: string) =>
      rewritten(workbook(`<definedName name="Urval" localSheetId="0"${attributes}>Plan!$A$1</definedName>`));
    expect(set(true)).toBe(expected(' hidden="1"'));
    expect(set(false)).toBe(expected(""));
    expect(set(undefined)).toBe(expected(""));
  });
});

describe("rewriteDefinedNames", () => {
  const rename = (formula: string) => renameTableInFormula(formula, "Tabell1", "Aktiviteter");

  it("rewrites the formulas that name the table and keeps the rest", () => {
    const xml = rewritten(workbook(FILTER + MOMS + URVAL));
    expect(rewriteDefinedNames(xml, rename)).toBe(
      xml.replace("SUM(Tabell1[Moms])", "SUM(Aktiviteter[Moms])"),
    );
  });

  it("returns the part byte for byte when no formula changes", () => {
    const xml = workbook(FILTER + URVAL);
    expect(rewriteDefinedNames(xml, rename)).toBe(xml);
  });
});
