/**
 * The workbook's style sheet part as the writers reach it: found through the workbook's
 * styles relationship (not another one), added with its content type and relationship when
 * the workbook has none, and written only when a format was appended to it.
 */
import { describe, expect, it } from "vitest";
import { newPackageParts } from "../../../src/xlsx/package/new-package";
import { CONTENT_TYPES_PART } from "../../../src/xlsx/package/package-graph";
import { readRelationships } from "../../../src/xlsx/package/relationships";
import type { CellFormatSpec } from "../../../src/xlsx/package/styles-append";
import { withStyleSheet } from "../../../src/xlsx/package/styles-part";
import { CONTENT_TYPE, NS, REL_TYPE, XML_DECLARATION } from "../../../src/xlsx/package/xml";
import { XlsxPackage } from "../../../src/xlsx/package/xlsx-package";

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const SHEET =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

const BOLD: CellFormatSpec = {
  font: { name: "Calibri", size: 11, bold: true, color: "FF000000" },
  fill: null,
  border: null,
  alignment: { horizontal: null, vertical: "top", wrap: false },
  numberFormat: null,
};

/** A new workbook's parts with the workbook's relationships replaced by these. */
function workbookWith(relationships: string, parts: Record<string, string> = {}): XlsxPackage {
  return XlsxPackage.fromParts({
    ...newPackageParts("Strateg"),
    [WORKBOOK_RELS]: `${XML_DECLARATION}<Relationships xmlns="${NS.packageRel}">${relationships}</Relationships>`,
    "xl/worksheets/sheet1.xml": SHEET,
    ...parts,
  });
}

const sheetRel = `<Relationship Id="rId1" Type="${REL_TYPE.worksheet}" Target="worksheets/sheet1.xml"/>`;

async function text(pkg: XlsxPackage, part: string): Promise<string> {
  return (await pkg.read(part)) ?? `${part} saknas`;
}

describe("the style sheet part", () => {
  it("is the one the styles relationship names, though another relationship comes first", async () => {
    const pkg = workbookWith(
      `${sheetRel}<Relationship Id="rId2" Type="${REL_TYPE.styles}" Target="styles.xml"/>`,
    );
    const index = await withStyleSheet(pkg, WORKBOOK, (styles) => styles.cellFormat(BOLD));
    expect(index).toBe(1);
    expect(pkg.changedParts()).toEqual(["xl/styles.xml"]);
    expect(await text(pkg, "xl/styles.xml")).toContain('<cellXfs count="2">');
    expect(await text(pkg, "xl/worksheets/sheet1.xml")).toBe(SHEET);
  });

  it("is added, declared and related when the workbook has no style sheet", async () => {
    const pkg = workbookWith(sheetRel);
    pkg.remove("xl/styles.xml");
    const types = (await text(pkg, CONTENT_TYPES_PART)).replace(
      /<Override PartName="\/xl\/styles.xml"[^>]*\/>/,
      "",
    );
    pkg.write(CONTENT_TYPES_PART, types);
    const index = await withStyleSheet(pkg, WORKBOOK, (styles) => styles.cellFormat(BOLD));
    expect(index).toBe(1);
    expect(await text(pkg, "xl/styles.xml")).toContain('<cellXfs count="2">');
    expect(await text(pkg, CONTENT_TYPES_PART)).toContain(
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/>`,
    );
    const rels = readRelationships(await text(pkg, WORKBOOK_RELS));
    expect(rels.map(({ type, target }) => ({ type, target }))).toEqual([
      { type: REL_TYPE.worksheet, target: "worksheets/sheet1.xml" },
      { type: REL_TYPE.styles, target: "styles.xml" },
    ]);
  });

  it("is added under the relationship there when the part it names is missing", async () => {
    const rels = `${sheetRel}<Relationship Id="rId2" Type="${REL_TYPE.styles}" Target="styles.xml"/>`;
    const pkg = workbookWith(rels);
    pkg.remove("xl/styles.xml");
    const date = await withStyleSheet(pkg, WORKBOOK, (styles) => styles.withNumberFormat(null, "yyyy-mm-dd"));
    expect(date).toBe(1);
    expect(await text(pkg, "xl/styles.xml")).toContain('<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>');
    expect(await text(pkg, WORKBOOK_RELS)).toBe(
      `${XML_DECLARATION}<Relationships xmlns="${NS.packageRel}">${rels}</Relationships>`,
    );
  });

  it("is written only when a format was appended to it", async () => {
    const pkg = workbookWith(`<Relationship Id="rId1" Type="${REL_TYPE.styles}" Target="styles.xml"/>`);
    expect(await withStyleSheet(pkg, WORKBOOK, (styles) => styles.isDateFormat(0))).toBe(false);
    expect(pkg.changedParts()).toEqual([]);
    await withStyleSheet(pkg, WORKBOOK, (styles) => styles.cellFormat(BOLD));
    expect(pkg.changedParts()).toEqual(["xl/styles.xml"]);
    const saved = await text(pkg, "xl/styles.xml");
    expect(await withStyleSheet(pkg, WORKBOOK, (styles) => styles.cellFormat(BOLD))).toBe(1);
    expect(await text(pkg, "xl/styles.xml")).toBe(saved);
  });
});
