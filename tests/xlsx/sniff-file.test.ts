import { describe, expect, it } from "vitest";
import { sniffFile } from "../../src/xlsx/sniff-file";
import { NOT_WORKBOOKS } from "../helpers/xlsx-fixtures";

describe("sniffFile", () => {
  it.each([
    ["empty", NOT_WORKBOOKS.empty()],
    ["legacy-xls", NOT_WORKBOOKS.legacyXls()],
    ["encrypted", NOT_WORKBOOKS.encrypted()],
    ["text", NOT_WORKBOOKS.csv()],
    ["unknown", NOT_WORKBOOKS.garbage()],
  ] as const)("recognises %s", (kind, bytes) => {
    expect(sniffFile(bytes)).toBe(kind);
  });

  it("recognises a zip", async () => {
    expect(sniffFile(await NOT_WORKBOOKS.zip())).toBe("zip");
  });

  it("takes UTF-16 text with a byte-order mark for text", () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from("Nr\tOmråde\r\n", "utf16le")]);
    expect(sniffFile(bytes)).toBe("text");
  });

  it("takes an old Word document for one", () => {
    const bytes = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...Buffer.from("WordDocument", "utf16le"),
    ]);
    expect(sniffFile(bytes)).toBe("legacy-word");
  });
});
