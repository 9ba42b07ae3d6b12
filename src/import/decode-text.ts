/**
 * The bytes of a text export → a string: UTF-8 (with or without a byte order mark), UTF-16
 * with a byte order mark (Word's "Unicode text"), otherwise Windows-1252 (Word's "Text only"
 * on a Swedish Windows).
 */
export function decodeText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return new TextDecoder("windows-1252").decode(data);
  }
}
