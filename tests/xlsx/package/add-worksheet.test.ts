/**
 * A sheet this tool makes, with the parts it relates to (a drawing and the drawing's chart):
 * added with its relationships and content types, and replaced by its own parts only.
 */
import { describe, expect, it } from "vitest";
import { addWorksheet, replaceWorksheet, type NewWorksheet } from "../../../src/xlsx/package/add-worksheet";
import { CONTENT_TYPES_PART, relationshipsOf, sheetEntries } from "../../../src/xlsx/package/package-graph";
import { worksheetXml } from "../../../src/xlsx/package/worksheet-writer";
import { CONTENT_TYPE, REL_TYPE } from "../../../src/xlsx/package/xml";
import { XlsxPackage } from "../../../src/xlsx/package/xlsx-package";
import { featureRichWorkbook } from "../../helpers/feature-rich";

/** A sheet showing a chart: sheet → drawing → chart, each part naming the next by its id. */
function chartSheet(name: string, title: string): NewWorksheet {
  return {
    name,
    related: [
      {
        type: REL_TYPE.drawing,
        stem: "xl/drawings/drawing",
        extension: "xml",
        contentType: CONTENT_TYPE.drawing,
        content: ([chart]) =>
          `<xdr:wsDr xmlns:xdr="x"><c:chart xmlns:c="c" r:id="${chart}" xmlns:r="r"/></xdr:wsDr>`,
        related: [
          {
            type: REL_TYPE.chart,
            stem: "xl/charts/chart",
            extension: "xml",
            contentType: CONTENT_TYPE.chart,
            content: () => `<c:chartSpace xmlns:c="c"><c:title>${title}</c:title></c:chartSpace>`,
          },
        ],
      },
    ],
    content: ([drawing]) =>
      worksheetXml({
        columns: [],
        rows: [{ row: 1, height: null, cells: [{ column: 1, value: title, style: null }] }],
        merges: [],
        frozenRows: 0,
        lists: [],
        print: null,
        rowBreaks: [12, 40],
        drawingId: drawing ?? null,
        tableIds: [],
        date1904: false,
      }),
  };
}

describe("addWorksheet and replaceWorksheet", () => {
  it("add a sheet with its drawing and chart, and replace only those parts", async () => {
    const pkg = await XlsxPackage.open(await featureRichWorkbook());
    const before = new Set(pkg.parts());
    const entry = await addWorksheet(pkg, "xl/workbook.xml", chartSheet("Översikt", "Status per område"));
    expect(entry).toMatchObject({ name: "Översikt", part: "xl/worksheets/sheet13.xml", index: 12 });
    const sheet = (await pkg.read("xl/worksheets/sheet13.xml")) ?? "";
    const [drawingRel] = await relationshipsOf(pkg, "xl/worksheets/sheet13.xml");
    expect(sheet).toContain(`<drawing r:id="${drawingRel?.id}"/>`);
    expect(sheet).toContain('<rowBreaks count="2" manualBreakCount="2"><brk id="12" max="16383" man="1"/>');
    // Excel's own file has drawing1 and drawing2 and chart1: the new parts take free names.
    expect(drawingRel?.target).toBe("../drawings/drawing3.xml");
    expect(await pkg.read("xl/drawings/_rels/drawing3.xml.rels")).toContain('Target="../charts/chart2.xml"');
    const types = (await pkg.read(CONTENT_TYPES_PART)) ?? "";
    expect(types).toContain(
      `<Override PartName="/xl/drawings/drawing3.xml" ContentType="${CONTENT_TYPE.drawing}"/>`,
    );
    expect(types).toContain(
      `<Override PartName="/xl/charts/chart2.xml" ContentType="${CONTENT_TYPE.chart}"/>`,
    );

    await replaceWorksheet(pkg, entry, chartSheet("Översikt", "Status per område, T2"));
    expect(await pkg.read("xl/charts/chart2.xml")).toContain("Status per område, T2");
    expect(
      pkg
        .parts()
        .filter((p) => !before.has(p))
        .sort(),
    ).toEqual([
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing3.xml.rels",
      "xl/drawings/drawing3.xml",
      "xl/worksheets/_rels/sheet13.xml.rels",
      "xl/worksheets/sheet13.xml",
    ]);
    // The user's chart and drawings are untouched.
    for (const part of ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml"]) {
      expect(pkg.changedParts()).not.toContain(part);
    }
    expect((await sheetEntries(pkg, "xl/workbook.xml")).map((s) => s.name).at(-1)).toBe("Översikt");
  });
});
