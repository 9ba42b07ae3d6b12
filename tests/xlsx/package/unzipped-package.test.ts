/** UnzippedPackage: a package read whole, its parts found in any case and with a leading "/". */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { UnzippedPackage } from "../../../src/xlsx/package/unzipped-package";

describe("UnzippedPackage", () => {
  it("lists the parts (not the folders a zip holds) and reads them in any case and with a leading /", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    zip.file("xl/worksheets/sheet1.xml", "<worksheet>Åtgärd</worksheet>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const pkg = new UnzippedPackage(bytes);
    expect(pkg.partNames().sort()).toEqual(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(await pkg.read("/XL/Worksheets/Sheet1.xml")).toBe("<worksheet>Åtgärd</worksheet>");
    expect(pkg.bytes("/xl/workbook.xml")).toEqual(new TextEncoder().encode("<workbook/>"));
    expect(await pkg.read("xl/saknas.xml")).toBeUndefined();
    expect(pkg.bytes("xl/saknas.xml")).toBeUndefined();
  });
});
