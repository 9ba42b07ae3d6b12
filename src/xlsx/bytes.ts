/** Byte searches for looking into files without decoding them. */

export function indexOfBytes(bytes: Uint8Array, pattern: readonly number[]): number {
  const first = pattern[0];
  if (first === undefined) return 0;
  const last = bytes.length - pattern.length;
  for (let i = bytes.indexOf(first); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return i;
  }
  return -1;
}

/** The ASCII text as bytes. */
export function asciiBytes(text: string): number[] {
  return [...text].map((ch) => ch.charCodeAt(0) & 0xff);
}
