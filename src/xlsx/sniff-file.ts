/**
 * What kind of file a workbook's bytes are, from their first bytes (and, for old Office
 * files, the names in their directory), so that a wrong file gets a precise message.
 */
import { indexOfBytes } from "./bytes";

export type FileKind = "empty" | "zip" | "encrypted" | "legacy-xls" | "legacy-word" | "text" | "unknown";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** The name as an OLE2 directory entry stores it (UTF-16LE). */
function utf16(name: string): number[] {
  return [...name].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
}

/** Text: a byte-order mark, or a sample without NUL and with few control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (
    startsWith(bytes, [0xef, 0xbb, 0xbf]) ||
    startsWith(bytes, [0xff, 0xfe]) ||
    startsWith(bytes, [0xfe, 0xff])
  ) {
    return true;
  }
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control <= sample.length / 100;
}

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return "zip";
  if (startsWith(bytes, OLE2)) {
    // An encrypted .xlsx is an OLE2 file holding EncryptionInfo and EncryptedPackage.
    if (indexOfBytes(bytes, utf16("EncryptionInfo")) !== -1) return "encrypted";
    if (indexOfBytes(bytes, utf16("WordDocument")) !== -1) return "legacy-word";
    return "legacy-xls";
  }
  return looksLikeText(bytes) ? "text" : "unknown";
}
