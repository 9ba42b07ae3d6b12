/**
 * The style sheet appended to, element by element: what a cell format this tool needs looks
 * like in `xl/styles.xml` (its font, fill, border, number format and alignment), where a
 * collection the sheet lacks goes in schema order, how formats already there are found again
 * and left alone, and how a cell's number format is read (built in, defined, East Asian dates).
 * Every sheet is built inside its test: a result made at module level would be made before a
 * mutant is switched on.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_STYLES } from "../../../src/xlsx/package/new-package";
import { StyleSheet, type CellFormatSpec } from "../../../src/xlsx/package/styles-append";
import { NS, XML_DECLARATION } from "../../../src/xlsx/package/xml";

/** A style sheet of these children. */
function sheet(children: string): string {
  return `${XML_DECLARATION}<styleSheet xmlns="${NS.main}">${children}</styleSheet>`;
}

const FONT0 = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/></font>';
const FILLS =
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>';
const BORDER0 = "<border><left/><right/><top/><bottom/><diagonal/></border>";
const XF0 = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
const CELL_STYLE_XFS =
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>';
const CELL_STYLES = '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>';

/** The four thin sides of a border in `rgb`, as the sheet gets them. */
function thinBorder(rgb: string): string {
  const side = (name: string) => `<${name} style="thin"><color rgb="${rgb}"/></${name}>`;
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}

const PLAIN: CellFormatSpec = {
  font: null,
  fill: null,
  border: null,
  alignment: { horizontal: null, vertical: "bottom", wrap: false },
  numberFormat: null,
};

describe("a cell format this tool needs", () => {
  it("is appended with its own font, fill, border and number format, each counted", () => {
    const styles = StyleSheet.parse(DEFAULT_STYLES);
    const index = styles.cellFormat({
      font: { name: "Arial", size: 10, bold: true, color: "FF112233" },
      fill: "FFC6EFCE",
      border: "FF808080",
      alignment: { horizontal: "center", vertical: "top", wrap: true },
      numberFormat: "yyyy-mm-dd",
    });
    expect(index).toBe(1);
    expect(styles.changed).toBe(true);
    expect(styles.toString()).toBe(
      sheet(
        // numFmts is the first child CT_Stylesheet allows; new formats start at id 164.
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
          `<fonts count="2">${FONT0}<font><b/><sz val="10"/><color rgb="FF112233"/><name val="Arial"/><family val="2"/></font></fonts>` +
          '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
          '<fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/><bgColor indexed="64"/></patternFill></fill></fills>' +
          `<borders count="2">${BORDER0}${thinBorder("FF808080")}</borders>` +
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
          `<cellXfs count="2">${XF0}` +
          '<xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">' +
          '<alignment horizontal="center" vertical="top" wrapText="1"/></xf></cellXfs>' +
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
          '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>',
      ),
    );
  });

  it("without font, fill, border or number format uses the workbook's and claims only the alignment", () => {
    const styles = StyleSheet.parse(DEFAULT_STYLES);
    expect(styles.cellFormat(PLAIN)).toBe(1);
    expect(styles.changed).toBe(true);
    expect(styles.toString()).toBe(
      DEFAULT_STYLES.replace(
        `<cellXfs count="1">${XF0}</cellXfs>`,
        `<cellXfs count="2">${XF0}<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">` +
          '<alignment vertical="bottom"/></xf></cellXfs>',
      ),
    );
  });

  it("with a regular font and a built-in number format adds no <b/> and no numFmts", () => {
    const styles = StyleSheet.parse(DEFAULT_STYLES);
    const index = styles.cellFormat({
      ...PLAIN,
      font: { name: "Calibri", size: 11, bold: false, color: "FF000000" },
      numberFormat: "0.00",
    });
    expect(index).toBe(1);
    const xml = styles.toString();
    expect(xml).not.toContain("numFmts");
    expect(xml).toContain(
      `<fonts count="2">${FONT0}<font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/></font></fonts>`,
    );
    expect(xml).toContain(
      '<xf numFmtId="2" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1">' +
        '<alignment vertical="bottom"/></xf></cellXfs>',
    );
  });

  it("that is there already is found by its index, and the sheet is left as it was", () => {
    const spec: CellFormatSpec = {
      font: { name: "Calibri", size: 10, bold: true, color: "FF000000" },
      fill: "FFFFEB9C",
      border: "FF808080",
      alignment: { horizontal: "left", vertical: "top", wrap: true },
      numberFormat: "yyyy-mm-dd",
    };
    const first = StyleSheet.parse(DEFAULT_STYLES);
    const index = first.cellFormat(spec);
    const saved = first.toString();
    const again = StyleSheet.parse(saved);
    expect(again.changed).toBe(false);
    expect(again.cellFormat(spec)).toBe(index);
    expect(again.withNumberFormat(index, "yyyy-mm-dd")).toBe(index);
    expect(again.changed).toBe(false);
    expect(again.toString()).toBe(saved);
  });

  it("puts each collection the sheet lacks where the schema wants it, after the ones before it", () => {
    const styles = StyleSheet.parse(
      sheet(
        '<numFmts count="1"><numFmt numFmtId="170" formatCode="0.0"/></numFmts>' +
          `<cellXfs count="1">${XF0}</cellXfs><dxfs count="0"/>`,
      ),
    );
    const index = styles.cellFormat({
      font: { name: "Arial", size: 9, bold: false, color: "FF000000" },
      fill: "FFFF0000",
      border: "FF000000",
      alignment: { horizontal: "right", vertical: "center", wrap: false },
      numberFormat: null,
    });
    expect(index).toBe(1);
    expect(styles.toString()).toBe(
      sheet(
        '<numFmts count="1"><numFmt numFmtId="170" formatCode="0.0"/></numFmts>' +
          '<fonts count="1"><font><sz val="9"/><color rgb="FF000000"/><name val="Arial"/><family val="2"/></font></fonts>' +
          '<fills count="1"><fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/><bgColor indexed="64"/></patternFill></fill></fills>' +
          `<borders count="1">${thinBorder("FF000000")}</borders>` +
          `<cellXfs count="2">${XF0}` +
          '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">' +
          '<alignment horizontal="right" vertical="center"/></xf></cellXfs><dxfs count="0"/>',
      ),
    );
  });
});

describe("a cell format with another number format", () => {
  it("copies the cell's own format, or the default one for no or an unknown format, and finds the copy again", () => {
    const xf1 =
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment wrapText="1"/></xf>';
    const styles = StyleSheet.parse(
      sheet(
        `<fonts count="2">${FONT0}${FONT0}</fonts>${FILLS}<cellXfs count="2">${XF0}${xf1}</cellXfs>${CELL_STYLES}`,
      ),
    );
    expect(styles.changed).toBe(false);
    expect(styles.withNumberFormat(1, "@")).toBe(2);
    expect(styles.withNumberFormat(null, "@")).toBe(3);
    expect(styles.withNumberFormat(9, "@")).toBe(3);
    expect(styles.withNumberFormat(1, "@")).toBe(2);
    expect(styles.changed).toBe(true);
    const xml = styles.toString();
    // "@" is built in (id 49): no numFmts of the sheet's own.
    expect(xml).not.toContain("numFmts");
    expect(xml).toContain(
      `<cellXfs count="4">${XF0}${xf1}` +
        '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"><alignment wrapText="1"/></xf>' +
        '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
    );
  });

  it("uses a format the sheet defines under its id, and numbers a new one after the highest", () => {
    const numFmts =
      '<numFmt numFmtId="170" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="0.000"/>';
    const styles = StyleSheet.parse(
      sheet(
        `<numFmts count="2">${numFmts}</numFmts><fonts count="1">${FONT0}</fonts>${FILLS}<cellXfs count="1">${XF0}</cellXfs>`,
      ),
    );
    expect(styles.withNumberFormat(0, "yyyy-mm-dd")).toBe(1);
    expect(styles.withNumberFormat(0, "#,##0.000")).toBe(2);
    const xml = styles.toString();
    expect(xml).toContain(
      `<numFmts count="3">${numFmts}<numFmt numFmtId="171" formatCode="#,##0.000"/></numFmts>`,
    );
    expect(xml).toContain(
      `<cellXfs count="3">${XF0}` +
        '<xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
        '<xf numFmtId="171" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
    );
  });

  it("in a sheet without cell formats starts them with one on the workbook's font, fill and border", () => {
    for (const cellXfs of ["", '<cellXfs count="0"/>']) {
      const styles = StyleSheet.parse(
        sheet(`<fonts count="1">${FONT0}</fonts>${FILLS}${CELL_STYLE_XFS}${cellXfs}${CELL_STYLES}`),
      );
      expect(styles.withNumberFormat(null, "yyyy-mm-dd"), cellXfs).toBe(0);
      expect(styles.toString(), cellXfs).toBe(
        sheet(
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>' +
            `<fonts count="1">${FONT0}</fonts>${FILLS}${CELL_STYLE_XFS}` +
            '<cellXfs count="1"><xf fontId="0" fillId="0" borderId="0" xfId="0" numFmtId="164" applyNumberFormat="1"/></cellXfs>' +
            CELL_STYLES,
        ),
      );
    }
  });

  it("counts as a change when only the number format is new, its cell format being there already", () => {
    // A cell format naming id 164 before the sheet defines it: the format is all that is added.
    const xf1 = '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>';
    const styles = StyleSheet.parse(
      sheet(`<fonts count="1">${FONT0}</fonts><cellXfs count="2">${XF0}${xf1}</cellXfs>`),
    );
    expect(styles.withNumberFormat(0, "yyyy-mm-dd")).toBe(1);
    expect(styles.changed).toBe(true);
    expect(styles.toString()).toContain(
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts',
    );
  });
});

describe("a cell's number format, read", () => {
  it.each([
    // [numFmtId of the cell format, its code as read, shows a date]
    ["0", "General", false],
    ["2", "0.00", false],
    ["14", "mm-dd-yy", true],
    ["22", "m/d/yy h:mm", true],
    ["49", "@", false],
    // East Asian locale dates have no code of their own here: read as ISO dates.
    ["27", "yyyy-mm-dd", true],
    ["58", "yyyy-mm-dd", true],
    // A built-in id without a known code, and one the sheet defines without a code.
    ["5", "General", false],
    ["166", "General", false],
    ["165", "d/m/yyyy", true],
    ["167", "0.0", false],
  ] as const)("numFmtId %s reads as %s (a date: %s)", (id, code, date) => {
    const styles = StyleSheet.parse(
      sheet(
        '<numFmts count="3"><numFmt numFmtId="165" formatCode="d/m/yyyy"/><numFmt numFmtId="166"/>' +
          '<numFmt numFmtId="167" formatCode="0.0"/></numFmts>' +
          `<cellXfs count="2">${XF0}<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>`,
      ),
    );
    expect(styles.numberFormatOf(1)).toBe(code);
    expect(styles.isDateFormat(1)).toBe(date);
    expect(styles.numberFormatOf(null)).toBe("General");
    expect(styles.changed).toBe(false);
  });
});
