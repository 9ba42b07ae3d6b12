/**
 * XlsxPackage: parts found whatever their case or a leading "/", every untouched part saved
 * with its own compression, and an edit that throws leaving every part (and the list of
 * changed parts) as it was.
 */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { XlsxPackage } from "../../../src/xlsx/package/xlsx-package";
import { readZipDirectory } from "../../../src/xlsx/package/zip-directory";

const SHEET = "<worksheet><sheetData/></worksheet>";

function smallPackage(): XlsxPackage {
  return XlsxPackage.fromParts({ "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": SHEET });
}

async function partsOf(pkg: XlsxPackage): Promise<Record<string, string | undefined>> {
  const result: Record<string, string | undefined> = {};
  for (const part of pkg.parts().sort()) result[part] = await pkg.read(part);
  return result;
}

class EditFailed extends Error {}

describe("XlsxPackage part names", () => {
  it("lists parts, not the folders a zip holds, and finds them in any case and with a leading /", async () => {
    const pkg = smallPackage();
    expect(pkg.parts().sort()).toEqual(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(pkg.has("/xl/worksheets/sheet1.xml")).toBe(true);
    expect(pkg.has("XL/Worksheets/Sheet1.xml")).toBe(true);
    expect(pkg.has("xl/worksheets/sheet2.xml")).toBe(false);
    expect(await pkg.read("/XL/workbook.xml")).toBe("<workbook/>");
    expect(await pkg.read("xl/saknas.xml")).toBeUndefined();
  });

  it("writes a new part named with a leading / under its name without it, an existing one under its stored name", async () => {
    const pkg = smallPackage();
    pkg.write("/xl/styles.xml", "<styleSheet/>");
    pkg.write("XL/WORKBOOK.XML", "<workbook ny=''/>");
    expect(pkg.parts().sort()).toEqual(["xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(pkg.changedParts().sort()).toEqual(["xl/styles.xml", "xl/workbook.xml"]);
    const saved = await JSZip.loadAsync(await pkg.toBytes());
    expect(
      Object.keys(saved.files)
        .filter((name) => !saved.files[name]?.dir)
        .sort(),
    ).toEqual(["xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(await saved.file("xl/workbook.xml")?.async("string")).toBe("<workbook ny=''/>");
  });
});

describe("XlsxPackage.open and toBytes", () => {
  it("saves each untouched part with the compression it had: a stored part stored, a deflated part deflated", async () => {
    const zip = new JSZip();
    const text = "<sst>" + "<si><t>Trygghetsvandring</t></si>".repeat(50) + "</sst>";
    zip.file("xl/media/stored.xml", text, { compression: "STORE" });
    zip.file("xl/sharedStrings.xml", text, { compression: "DEFLATE" });
    const before = readZipDirectory(await zip.generateAsync({ type: "uint8array" }));
    const pkg = await XlsxPackage.open(await zip.generateAsync({ type: "uint8array" }));
    pkg.write("xl/workbook.xml", "<workbook/>");
    const after = readZipDirectory(await pkg.toBytes());
    const size = (entries: typeof before, name: string) =>
      entries?.find((e) => e.name === name)?.compressedSize;
    expect(size(after, "xl/media/stored.xml")).toBe(text.length);
    expect(size(after, "xl/sharedStrings.xml")).toBe(size(before, "xl/sharedStrings.xml"));
    expect(size(after, "xl/sharedStrings.xml")).toBeLessThan(text.length / 10);
  });
});

describe("XlsxPackage.atomically", () => {
  it("puts back every part an edit wrote, added or removed when it throws, and forgets them as changed", async () => {
    const pkg = smallPackage();
    pkg.write("xl/styles.xml", "<styleSheet/>");
    const before = await partsOf(pkg);
    const failed = pkg.atomically(async () => {
      pkg.write("xl/workbook.xml", "<workbook halv=''/>");
      pkg.write("xl/workbook.xml", "<workbook halv='2'/>");
      pkg.write("xl/worksheets/sheet2.xml", SHEET);
      pkg.remove("xl/worksheets/sheet1.xml");
      pkg.remove("xl/saknas.xml");
      throw new EditFailed("avbruten");
    });
    await expect(failed).rejects.toBeInstanceOf(EditFailed);
    expect(await partsOf(pkg)).toEqual(before);
    expect(pkg.has("xl/worksheets/sheet2.xml")).toBe(false);
    expect(pkg.changedParts()).toEqual(["xl/styles.xml"]);
    const saved = await JSZip.loadAsync(await pkg.toBytes());
    expect(await saved.file("xl/workbook.xml")?.async("string")).toBe("<workbook/>");
    expect(saved.file("xl/worksheets/sheet2.xml")).toBeNull();
  });

  it("keeps what an edit that succeeds wrote, and lists it as changed", async () => {
    const pkg = smallPackage();
    const result = await pkg.atomically(async () => {
      pkg.write("xl/worksheets/sheet2.xml", SHEET);
      pkg.remove("xl/worksheets/sheet1.xml");
      return "klar";
    });
    expect(result).toBe("klar");
    expect(pkg.parts().sort()).toEqual(["xl/workbook.xml", "xl/worksheets/sheet2.xml"]);
    expect(pkg.changedParts().sort()).toEqual(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]);
  });

  it("rolls back a whole outer edit, the part a nested edit wrote included", async () => {
    const pkg = smallPackage();
    const before = await partsOf(pkg);
    const failed = pkg.atomically(async () => {
      await pkg.atomically(async () => pkg.write("xl/worksheets/sheet2.xml", SHEET));
      pkg.write("xl/workbook.xml", "<workbook halv=''/>");
      throw new EditFailed("avbruten");
    });
    await expect(failed).rejects.toBeInstanceOf(EditFailed);
    expect(await partsOf(pkg)).toEqual(before);
  });

  it("starts each edit afresh: an edit that fails after one that succeeded, or after one that failed, is rolled back", async () => {
    const pkg = smallPackage();
    await pkg.atomically(async () => pkg.write("xl/worksheets/sheet2.xml", SHEET));
    const afterFirst = await partsOf(pkg);
    for (let attempt = 0; attempt < 2; attempt++) {
      const failed = pkg.atomically(async () => {
        pkg.write("xl/workbook.xml", `<workbook försök='${attempt}'/>`);
        throw new EditFailed("avbruten");
      });
      await expect(failed).rejects.toBeInstanceOf(EditFailed);
      expect(await partsOf(pkg)).toEqual(afterFirst);
    }
  });
});
