/**
 * `[Content_Types].xml` on small hand-written parts: a part's type from its Override or its
 * extension's Default (names compared without case, as OPC compares them), an Override
 * replaced rather than doubled, a Default added once, and Overrides forgotten.
 */
import { describe, expect, it } from "vitest";
import {
  addDefault,
  addOverride,
  contentTypeOf,
  removeOverrides,
} from "../../../src/xlsx/package/content-types";
import { CONTENT_TYPE, NS } from "../../../src/xlsx/package/xml";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELS = `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/>`;
const XML = '<Default Extension="xml" ContentType="application/xml"/>';
const PNG = '<Default Extension="PNG" ContentType="image/png"/>';
const SHEET1 = `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CONTENT_TYPE.worksheet}"/>`;
const TABLE1 = `<Override PartName="/xl/tables/table1.xml" ContentType="${CONTENT_TYPE.table}"/>`;

function types(inner: string): string {
  return `${DECLARATION}<Types xmlns="${NS.contentTypes}">${inner}</Types>`;
}

describe("contentTypeOf", () => {
  it.each([
    ["xl/worksheets/sheet1.xml", CONTENT_TYPE.worksheet],
    ["XL/Worksheets/Sheet1.XML", CONTENT_TYPE.worksheet],
    ["xl/styles.xml", "application/xml"],
    ["xl/media/image1.png", "image/png"],
    ["xl/media/bild.v2.Png", "image/png"],
    ["xl/_rels/workbook.xml.rels", CONTENT_TYPE.relationships],
    ["xl/media/image1.jpeg", null],
    ["xl/media/png", null],
  ])("%s: %s", (part, type) => {
    expect(contentTypeOf(types(RELS + XML + PNG + SHEET1), part)).toBe(type);
  });
});

describe("addOverride", () => {
  it("replaces the part's Override, whatever case its name was written in, and keeps the others", () => {
    const xml = types(
      RELS + SHEET1.replace("/xl/worksheets/sheet1.xml", "/XL/worksheets/Sheet1.xml") + TABLE1,
    );
    expect(addOverride(xml, "xl/worksheets/sheet1.xml", CONTENT_TYPE.drawing)).toBe(
      types(
        RELS +
          TABLE1 +
          `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CONTENT_TYPE.drawing}"/>`,
      ),
    );
  });
});

describe("addDefault", () => {
  it("declares a new extension first, before the Overrides", () => {
    expect(addDefault(types(SHEET1 + RELS), "png", "image/png")).toBe(
      types('<Default Extension="png" ContentType="image/png"/>' + SHEET1 + RELS),
    );
  });

  it("leaves a package that declares the extension, in any case, as it was", () => {
    const xml = types(RELS + XML + PNG).replace(`xmlns="${NS.contentTypes}"`, `xmlns='${NS.contentTypes}'`);
    expect(addDefault(xml, "png", "image/x-png")).toBe(xml);
    expect(addDefault(xml, "xml", "text/xml")).toBe(xml);
  });
});

describe("removeOverrides", () => {
  it("forgets the Overrides of every part gone, in any case, and keeps the rest", () => {
    const xml = types(RELS + SHEET1 + TABLE1 + PNG);
    expect(removeOverrides(xml, ["XL/TABLES/TABLE1.XML", "xl/worksheets/sheet1.xml"])).toBe(
      types(RELS + PNG),
    );
  });

  it("leaves the part as it was, quotes and all, when none of the parts had an Override", () => {
    const xml = types(RELS + SHEET1).replace(`xmlns="${NS.contentTypes}"`, `xmlns='${NS.contentTypes}'`);
    expect(removeOverrides(xml, ["xl/worksheets/sheet2.xml"])).toBe(xml);
  });
});
