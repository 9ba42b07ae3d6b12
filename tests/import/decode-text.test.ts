import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/import/decode-text";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, !bigEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), !bigEndian);
  return out;
};

describe("decodeText", () => {
  it.each([
    [
      "UTF-8 with a byte order mark",
      bytes(0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Åtgärd")),
      "Åtgärd",
    ],
    ["UTF-8 without a byte order mark", new TextEncoder().encode("Löptid"), "Löptid"],
    ["UTF-16 little-endian (Word's Unicode text)", utf16("Åtgärd", false), "Åtgärd"],
    ["UTF-16 big-endian", utf16("Åtgärd", true), "Åtgärd"],
    // Windows-1252 text whose first bytes look like half a byte order mark is still Windows-1252.
    ["Windows-1252 starting with ÿ", bytes(0xff, 0x41), "ÿA"],
    ["Windows-1252 starting with þ", bytes(0xfe, 0x41), "þA"],
    ["Windows-1252 with þ second", bytes(0x41, 0xfe, 0x42), "AþB"],
    ["Windows-1252 with ÿ second", bytes(0x41, 0xff, 0x42), "AÿB"],
    ["Windows-1252 Swedish letters", bytes(0xc5, 0x74, 0x67, 0xe4, 0x72, 0x64), "Åtgärd"],
  ])("decodes %s", (_name, data, text) => {
    expect(decodeText(data)).toBe(text);
  });
});
