/**
 * A new, empty workbook package (what `mall`, an import and a published report start from)
 * and sheets added to it: every part declared with its content type and related from the
 * package, the creator written as text, and each new sheet declared, related, listed in the
 * workbook and counted in the document properties.
 */
import { describe, expect, it } from "vitest";
import { addWorksheet, replaceWorksheet, type NewWorksheet } from "../../../src/xlsx/package/add-worksheet";
import { contentTypeOf } from "../../../src/xlsx/package/content-types";
import { newPackageParts } from "../../../src/xlsx/package/new-package";
import { CONTENT_TYPES_PART, relationshipsOf, sheetEntries } from "../../../src/xlsx/package/package-graph";
import { readRelationships } from "../../../src/xlsx/package/relationships";
import { CONTENT_TYPE, NS, parseXml, REL_TYPE } from "../../../src/xlsx/package/xml";
import { XlsxPackage } from "../../../src/xlsx/package/xlsx-package";

const CREATOR = "Brottsförebyggande & trygghet <Skärholmen>";

function plainSheet(name: string): NewWorksheet {
  return {
    name,
    related: [],
    content: () => `<worksheet xmlns="${NS.main}"><sheetData/></worksheet>`,
  };
}

describe("newPackageParts", () => {
  it("declares every part's content type", () => {
    const types = newPackageParts(CREATOR)[CONTENT_TYPES_PART] ?? "";
    expect(
      [
        "_rels/.rels",
        "xl/_rels/workbook.xml.rels",
        "xl/workbook.xml",
        "xl/styles.xml",
        "docProps/core.xml",
        "docProps/app.xml",
      ].map((part) => contentTypeOf(types, part)),
    ).toEqual([
      CONTENT_TYPE.relationships,
      CONTENT_TYPE.relationships,
      CONTENT_TYPE.workbook,
      CONTENT_TYPE.styles,
      CONTENT_TYPE.coreProperties,
      CONTENT_TYPE.extendedProperties,
    ]);
    expect(contentTypeOf(types, "xl/annat.xml")).toBe("application/xml");
  });

  it("relates the workbook and both property parts from the package", () => {
    expect(readRelationships(newPackageParts(CREATOR)["_rels/.rels"])).toEqual([
      { id: "rId1", type: REL_TYPE.officeDocument, target: "xl/workbook.xml", external: false },
      { id: "rId2", type: REL_TYPE.coreProperties, target: "docProps/core.xml", external: false },
      { id: "rId3", type: REL_TYPE.extendedProperties, target: "docProps/app.xml", external: false },
    ]);
  });

  it("writes the creator as text, whatever characters it holds", () => {
    const core = parseXml(newPackageParts(CREATOR)["docProps/core.xml"] ?? "");
    const creator = core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator");
    expect(Array.from(creator).map((e) => e.textContent)).toEqual([CREATOR]);
  });
});

describe("addWorksheet on a new package", () => {
  it("declares, relates and lists each sheet, and counts it in the document properties", async () => {
    const pkg = XlsxPackage.fromParts(newPackageParts(CREATOR));
    const plan = await addWorksheet(pkg, "xl/workbook.xml", plainSheet("Plan"));
    const report = await addWorksheet(pkg, "xl/workbook.xml", plainSheet("Rapport T1 2026"));
    expect([plan, report]).toEqual([
      {
        name: "Plan",
        sheetId: 1,
        relId: "rId2",
        state: "visible",
        index: 0,
        part: "xl/worksheets/sheet1.xml",
      },
      {
        name: "Rapport T1 2026",
        sheetId: 2,
        relId: "rId3",
        state: "visible",
        index: 1,
        part: "xl/worksheets/sheet2.xml",
      },
    ]);
    const types = (await pkg.read(CONTENT_TYPES_PART)) ?? "";
    expect(types).toContain(
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CONTENT_TYPE.worksheet}"/>` +
        `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CONTENT_TYPE.worksheet}"/></Types>`,
    );
    expect((await relationshipsOf(pkg, "xl/workbook.xml")).map((r) => [r.id, r.type, r.target])).toEqual([
      ["rId1", REL_TYPE.styles, "styles.xml"],
      ["rId2", REL_TYPE.worksheet, "worksheets/sheet1.xml"],
      ["rId3", REL_TYPE.worksheet, "worksheets/sheet2.xml"],
    ]);
    const app = (await pkg.read("docProps/app.xml")) ?? "";
    expect(app).toContain(
      '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Kalkylblad</vt:lpstr></vt:variant>' +
        "<vt:variant><vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs>" +
        '<TitlesOfParts><vt:vector size="2" baseType="lpstr"><vt:lpstr>Plan</vt:lpstr><vt:lpstr>Rapport T1 2026</vt:lpstr></vt:vector></TitlesOfParts>',
    );
  });

  it("adds the sheet to a package whose document properties part is missing, and makes none", async () => {
    const { ["docProps/app.xml"]: _, ...parts } = newPackageParts(CREATOR);
    const pkg = XlsxPackage.fromParts(parts);
    await addWorksheet(pkg, "xl/workbook.xml", plainSheet("Plan"));
    expect((await sheetEntries(pkg, "xl/workbook.xml")).map((s) => [s.name, s.part])).toEqual([
      ["Plan", "xl/worksheets/sheet1.xml"],
    ]);
    expect(pkg.has("docProps/app.xml")).toBe(false);
  });

  it("leaves a document properties part alone that the package does not relate", async () => {
    const parts = newPackageParts(CREATOR);
    const rels = (parts["_rels/.rels"] ?? "").replace(/<Relationship Id="rId3"[^>]*\/>/, "");
    const pkg = XlsxPackage.fromParts({ ...parts, "_rels/.rels": rels });
    await addWorksheet(pkg, "xl/workbook.xml", plainSheet("Plan"));
    expect((await sheetEntries(pkg, "xl/workbook.xml")).map((s) => s.name)).toEqual(["Plan"]);
    expect(await pkg.read("docProps/app.xml")).toBe(parts["docProps/app.xml"]);
  });
});

describe("replaceWorksheet", () => {
  it("refuses a sheet that is no worksheet (a chart sheet) and changes nothing", async () => {
    const pkg = XlsxPackage.fromParts(newPackageParts(CREATOR));
    const chart = {
      name: "Diagram1",
      sheetId: 1,
      relId: "rId9",
      state: "visible",
      index: 0,
      part: null,
    } as const;
    await expect(replaceWorksheet(pkg, chart, plainSheet("Diagram1"))).rejects.toThrow(
      new Error("Diagram1 är inget kalkylblad"),
    );
    expect(pkg.changedParts()).toEqual([]);
  });
});
