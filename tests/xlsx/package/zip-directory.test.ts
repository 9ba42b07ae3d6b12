/** readZipDirectory: every entry's declared size, unsigned and through zip64. */
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { readZipDirectory } from "../../../src/xlsx/package/zip-directory";
import { rawZip } from "../../helpers/zip-writer";

const data = new TextEncoder().encode("<x/>");
const GIB = 1024 ** 3;

describe("readZipDirectory", () => {
  it("lists every entry with its sizes, as a zip library writes them", async () => {
    const zip = new JSZip();
    zip.file("a.xml", "a".repeat(1000));
    zip.file("mapp/b.bin", new Uint8Array(10));
    const entries = readZipDirectory(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    expect(entries?.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ["a.xml", 1000],
      ["mapp/", 0],
      ["mapp/b.bin", 10],
    ]);
    expect(entries?.[0]?.compressedSize).toBeLessThan(1000);
  });

  it("reads a declared size between 2 and 4 GiB as positive", () => {
    const entries = readZipDirectory(rawZip([{ name: "stor.xml", data, declaredSize: 3.5 * GIB }]));
    expect(entries?.[0]?.uncompressedSize).toBe(3.5 * GIB);
  });

  it("reads a size of 4 GiB and more from the zip64 extra field", () => {
    const entries = readZipDirectory(
      rawZip([{ name: "större.xml", data, declaredSize: 5 * GIB, zip64: true }]),
    );
    expect(entries?.[0]?.uncompressedSize).toBe(5 * GIB);
  });

  it("gives null for bytes that hold no zip directory", () => {
    expect(readZipDirectory(new TextEncoder().encode("Nr;Aktivitet\n1.1;Möte"))).toBeNull();
  });
});
