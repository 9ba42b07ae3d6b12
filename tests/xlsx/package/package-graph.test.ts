/**
 * How a package's parts hang together: the workbook part wherever the package puts it, each
 * sheet's part, adding a part with the parts it relates to, and removing a sheet with exactly
 * the parts only it uses (a part another sheet uses stays; an external link is no part).
 */
import { describe, expect, it } from "vitest";
import {
  addRelatedPart,
  removePartTree,
  requiredText,
  sheetEntries,
  updateContentTypes,
  workbookPartOf,
} from "../../../src/xlsx/package/package-graph";
import { readRelationships } from "../../../src/xlsx/package/relationships";
import { CONTENT_TYPE, NS, REL_TYPE, XML_DECLARATION } from "../../../src/xlsx/package/xml";
import { XlsxPackage } from "../../../src/xlsx/package/xlsx-package";

const IMAGE = `${NS.rel}/image`;
const HYPERLINK = `${NS.rel}/hyperlink`;
const CHARTSHEET = `${NS.rel}/chartsheet`;

type Rel = readonly [id: string, type: string, target: string, external?: "External"];

function rels(...list: Rel[]): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="${NS.packageRel}">` +
    list
      .map(
        ([id, type, target, mode]) =>
          `<Relationship Id="${id}" Type="${type}" Target="${target}"${mode ? ` TargetMode="${mode}"` : ""}/>`,
      )
      .join("") +
    "</Relationships>"
  );
}

function contentTypes(...overrides: (readonly [string, string])[]): string {
  return (
    `${XML_DECLARATION}<Types xmlns="${NS.contentTypes}"><Default Extension="png" ContentType="image/png"/>` +
    overrides.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join("") +
    "</Types>"
  );
}

const sheet = (name: string, id: number, relId: string, state = "") =>
  `<sheet name="${name}" sheetId="${id}"${state} r:id="${relId}"/>`;

/**
 * A workbook at xl/arbetsbok.xml with two worksheets and a chart sheet. Sheet 1's drawing has a
 * chart of its own, a chart sheet 2's drawing also shows (named in another case there), and an
 * image sheet 2 only links to externally; sheet 1 links externally to an image nothing uses.
 */
function graphPackage(): XlsxPackage {
  return XlsxPackage.fromParts({
    "[Content_Types].xml": contentTypes(
      ["xl/arbetsbok.xml", CONTENT_TYPE.workbook],
      ["xl/worksheets/sheet1.xml", CONTENT_TYPE.worksheet],
      ["xl/worksheets/sheet2.xml", CONTENT_TYPE.worksheet],
      ["xl/drawings/drawing1.xml", CONTENT_TYPE.drawing],
      ["xl/drawings/drawing2.xml", CONTENT_TYPE.drawing],
      ["xl/charts/chart1.xml", CONTENT_TYPE.chart],
      ["xl/charts/delat.xml", CONTENT_TYPE.chart],
    ),
    "_rels/.rels": rels(
      ["rId1", REL_TYPE.coreProperties, "docProps/core.xml"],
      ["rId2", REL_TYPE.officeDocument, "/xl/arbetsbok.xml"],
    ),
    "docProps/core.xml": "<coreProperties/>",
    "xl/arbetsbok.xml":
      `<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><sheets>` +
      sheet("Plan", 1, "rId1") +
      sheet("Diagram", 2, "rId2") +
      sheet("Borttagen", 3, "rId9") +
      sheet("Rapport", 4, "rId3", ' state="hidden"') +
      "</sheets></workbook>",
    "xl/_rels/arbetsbok.xml.rels": rels(
      ["rId1", REL_TYPE.worksheet, "worksheets/sheet1.xml"],
      ["rId2", CHARTSHEET, "chartsheets/sheet1.xml"],
      ["rId3", REL_TYPE.worksheet, "/xl/worksheets/sheet2.xml"],
    ),
    "xl/worksheets/sheet1.xml": "<worksheet/>",
    "xl/worksheets/_rels/sheet1.xml.rels": rels(
      ["rId1", REL_TYPE.drawing, "../drawings/drawing1.xml"],
      ["rId2", HYPERLINK, "../media/extern.png", "External"],
    ),
    "xl/worksheets/sheet2.xml": "<worksheet/>",
    "xl/worksheets/_rels/sheet2.xml.rels": rels(
      ["rId1", REL_TYPE.drawing, "../drawings/drawing2.xml"],
      ["rId2", HYPERLINK, "../media/bild.png", "External"],
    ),
    "xl/chartsheets/sheet1.xml": "<chartsheet/>",
    "xl/drawings/drawing1.xml": "<wsDr/>",
    "xl/drawings/_rels/drawing1.xml.rels": rels(
      ["rId1", REL_TYPE.chart, "../charts/chart1.xml"],
      ["rId2", REL_TYPE.chart, "../charts/delat.xml"],
      ["rId3", IMAGE, "../media/bild.png"],
    ),
    "xl/drawings/drawing2.xml": "<wsDr/>",
    "xl/drawings/_rels/drawing2.xml.rels": rels(["rId1", REL_TYPE.chart, "../charts/Delat.xml"]),
    "xl/charts/chart1.xml": "<chartSpace/>",
    "xl/charts/delat.xml": "<chartSpace/>",
    "xl/media/bild.png": new Uint8Array([137, 80, 78, 71]),
    "xl/media/extern.png": new Uint8Array([137, 80, 78, 71]),
  });
}

async function overrides(pkg: XlsxPackage): Promise<string[]> {
  const xml = await requiredText(pkg, "[Content_Types].xml");
  return [...xml.matchAll(/<Override PartName="([^"]*)" ContentType="([^"]*)"\/>/g)].map(
    ([, part, type]) => `${part} ${type?.replace(/^.*[./]/, "")}`,
  );
}

describe("reading the graph", () => {
  it("finds the workbook part the package relates, and xl/workbook.xml in a package that relates none", async () => {
    expect(await workbookPartOf(graphPackage())).toBe("xl/arbetsbok.xml");
    expect(await workbookPartOf(XlsxPackage.fromParts({ "xl/workbook.xml": "<workbook/>" }))).toBe(
      "xl/workbook.xml",
    );
  });

  it("lists every sheet in tab order, with the part of each worksheet and none for a chart sheet or a lost one", async () => {
    expect(await sheetEntries(graphPackage(), "xl/arbetsbok.xml")).toEqual([
      {
        name: "Plan",
        sheetId: 1,
        relId: "rId1",
        state: "visible",
        index: 0,
        part: "xl/worksheets/sheet1.xml",
      },
      { name: "Diagram", sheetId: 2, relId: "rId2", state: "visible", index: 1, part: null },
      { name: "Borttagen", sheetId: 3, relId: "rId9", state: "visible", index: 2, part: null },
      {
        name: "Rapport",
        sheetId: 4,
        relId: "rId3",
        state: "hidden",
        index: 3,
        part: "xl/worksheets/sheet2.xml",
      },
    ]);
  });

  it("refuses a part the package lacks, naming it", async () => {
    await expect(requiredText(graphPackage(), "xl/saknas.xml")).rejects.toThrow(
      new Error("Delen xl/saknas.xml saknas i arbetsboken"),
    );
  });
});

describe("changing the graph", () => {
  it("forgets content types without declaring anything else", async () => {
    const pkg = graphPackage();
    await updateContentTypes(pkg, { remove: ["xl/charts/chart1.xml", "XL/Drawings/Drawing1.xml"] });
    expect(await overrides(pkg)).toEqual([
      "/xl/arbetsbok.xml main+xml",
      "/xl/worksheets/sheet1.xml worksheet+xml",
      "/xl/worksheets/sheet2.xml worksheet+xml",
      "/xl/drawings/drawing2.xml drawing+xml",
      "/xl/charts/delat.xml chart+xml",
    ]);
  });

  it("adds a drawing with its chart under free names, each related from its owner and declared", async () => {
    const pkg = graphPackage();
    const id = await addRelatedPart(pkg, "xl/worksheets/sheet2.xml", {
      type: REL_TYPE.drawing,
      stem: "xl/drawings/drawing",
      extension: "xml",
      contentType: CONTENT_TYPE.drawing,
      content: (ids) => `<wsDr charts="${ids.join(" ")}"/>`,
      related: [
        {
          type: REL_TYPE.chart,
          stem: "xl/charts/chart",
          extension: "xml",
          contentType: CONTENT_TYPE.chart,
          content: (ids) => `<chartSpace related="${ids.join(" ")}"/>`,
        },
      ],
    });
    expect(id).toBe("rId3");
    expect(await pkg.read("xl/drawings/drawing3.xml")).toBe('<wsDr charts="rId1"/>');
    expect(await pkg.read("xl/charts/chart2.xml")).toBe('<chartSpace related=""/>');
    expect(readRelationships(await pkg.read("xl/drawings/_rels/drawing3.xml.rels"))).toEqual([
      { id: "rId1", type: REL_TYPE.chart, target: "../charts/chart2.xml", external: false },
    ]);
    expect(readRelationships(await pkg.read("xl/worksheets/_rels/sheet2.xml.rels")).at(-1)).toEqual({
      id: "rId3",
      type: REL_TYPE.drawing,
      target: "../drawings/drawing3.xml",
      external: false,
    });
    expect((await overrides(pkg)).slice(-2)).toEqual([
      "/xl/charts/chart2.xml chart+xml",
      "/xl/drawings/drawing3.xml drawing+xml",
    ]);
  });

  it("removes a sheet with the parts only it uses, keeping what another sheet uses and what it only links to", async () => {
    const pkg = graphPackage();
    const before = pkg.parts();
    await removePartTree(pkg, "xl/worksheets/sheet1.xml");
    const gone = [
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/_rels/sheet1.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/charts/chart1.xml",
      "xl/media/bild.png",
    ];
    expect(pkg.parts().sort()).toEqual(before.filter((part) => !gone.includes(part)).sort());
    expect(await overrides(pkg)).toEqual([
      "/xl/arbetsbok.xml main+xml",
      "/xl/worksheets/sheet2.xml worksheet+xml",
      "/xl/drawings/drawing2.xml drawing+xml",
      "/xl/charts/delat.xml chart+xml",
    ]);
  });

  it("removes parts whose relationships lead round in a circle", async () => {
    const pkg = XlsxPackage.fromParts({
      "[Content_Types].xml": contentTypes(["xl/a.xml", "application/xml"], ["xl/b.xml", "application/xml"]),
      "xl/a.xml": "<a/>",
      "xl/_rels/a.xml.rels": rels(["rId1", REL_TYPE.chart, "b.xml"]),
      "xl/b.xml": "<b/>",
      "xl/_rels/b.xml.rels": rels(["rId1", REL_TYPE.chart, "a.xml"]),
    });
    await removePartTree(pkg, "xl/a.xml");
    expect(pkg.parts()).toEqual(["[Content_Types].xml"]);
  });
});
