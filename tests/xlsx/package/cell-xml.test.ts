/**
 * Cells as this tool writes them: text XML cannot hold is written the way Excel writes it,
 * so that Excel (and exceljs) read back exactly what the cell held; text is never a formula.
 */
import { describe, expect, it } from "vitest";
import { rawDate, rawError } from "../../../src/plan";
import { cellXml, escapeCellText } from "../../../src/xlsx/package/cell-xml";

describe("escapeCellText", () => {
  it("leaves ordinary text, tabs, line feeds and whole emoji alone", () => {
    for (const text of ["Möte i centrum", "rad 1\nrad 2\ttab", "👮‍♀️🚓 مرحبا", "_x41_ och x0041"]) {
      expect(escapeCellText(text)).toBe(text);
    }
  });

  it("writes a carriage return as _x000D_, as Excel does, so a CRLF comes back as CRLF", () => {
    expect(escapeCellText("Rad ett\r\nRad två")).toBe("Rad ett_x000D_\nRad två");
  });

  it("writes control characters, U+FFFE/U+FFFF and half a surrogate pair as _xHHHH_", () => {
    expect(escapeCellText("a\u0007b\u0000c\u007f")).toBe("a_x0007_b_x0000_c_x007F_");
    expect(escapeCellText("\uFFFE\uFFFF")).toBe("_xFFFE__xFFFF_");
    expect(escapeCellText("x\uD83Dy\uDE00z")).toBe("x_xD83D_y_xDE00_z");
  });

  it("writes a typed _xHHHH_ as _x005F_xHHHH_, as Excel does", () => {
    expect(escapeCellText("Skrev _x0041_ och _xd83d_")).toBe("Skrev _x005F_x0041_ och _x005F_xd83d_");
  });
});

describe("cellXml", () => {
  it("writes text as an inline string, never as a formula", () => {
    expect(cellXml("", "B4", "=SUMMA(A1)", 3, false)).toBe(
      '<c r="B4" s="3" t="inlineStr"><is><t>=SUMMA(A1)</t></is></c>',
    );
  });

  it("writes text XML cannot hold as Excel's escapes, inside the XML's own (&, <)", () => {
    expect(cellXml("", "C7", "T1\u0007 & <\uFFFF>\r_x0041_", null, false)).toBe(
      '<c r="C7" t="inlineStr"><is><t>T1_x0007_ &amp; &lt;_xFFFF_&gt;_x000D__x005F_x0041_</t></is></c>',
    );
  });

  it("keeps spaces and line breaks of text", () => {
    expect(cellXml("", "A1", " två\nrader ", null, false)).toBe(
      '<c r="A1" t="inlineStr"><is><t xml:space="preserve"> två\nrader </t></is></c>',
    );
  });

  it("writes numbers, booleans, errors and an empty cell with its format", () => {
    expect(cellXml("", "A1", 2026, null, false)).toBe('<c r="A1"><v>2026</v></c>');
    expect(cellXml("", "A1", true, null, false)).toBe('<c r="A1" t="b"><v>1</v></c>');
    expect(cellXml("", "A1", false, null, false)).toBe('<c r="A1" t="b"><v>0</v></c>');
    expect(cellXml("", "A1", rawError("#N/A"), null, false)).toBe('<c r="A1" t="e"><v>#N/A</v></c>');
    expect(cellXml("", "A1", null, 7, false)).toBe('<c r="A1" s="7"/>');
    expect(cellXml("", "A1", Number.NaN, null, false)).toBe('<c r="A1"/>');
  });

  it("writes empty text as an empty cell that keeps its format, not as an empty string Excel counts as a value", () => {
    expect(cellXml("", "B2", "", 5, false)).toBe('<c r="B2" s="5"/>');
    expect(cellXml("x:", "B2", "", null, false)).toBe('<x:c r="B2"/>');
  });

  it("writes a date as Excel's serial number, in either date system", () => {
    expect(cellXml("", "A1", rawDate("2026-05-15"), 2, false)).toBe('<c r="A1" s="2"><v>46157</v></c>');
    expect(cellXml("", "A1", rawDate("1900-02-28"), 2, false)).toBe('<c r="A1" s="2"><v>59</v></c>');
    expect(cellXml("", "A1", rawDate("1900-03-01"), 2, false)).toBe('<c r="A1" s="2"><v>61</v></c>');
    expect(cellXml("", "A1", rawDate("2026-05-15"), 2, true)).toBe('<c r="A1" s="2"><v>44695</v></c>');
    expect(cellXml("", "A1", rawDate("1899-12-31"), 2, false)).toContain("<t>1899-12-31</t>");
  });

  it("cuts text longer than a cell holds to 32,767 characters, ending in …", () => {
    const xml = cellXml("", "A1", "x".repeat(40_000), null, false);
    const text = /<t>([^<]*)<\/t>/.exec(xml)?.[1] ?? "";
    expect(text).toHaveLength(32_767);
    expect(text.endsWith("x…")).toBe(true);
  });

  it("uses the part's prefix for every element", () => {
    expect(cellXml("x:", "A1", "a", null, false)).toBe(
      '<x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c>',
    );
  });
});
