/**
 * The parts of a zip package and their sizes, read from its central directory without
 * inflating anything: for refusing a package too large to read before reading it. Sizes are
 * read as unsigned numbers, with the zip64 extension for parts of 4 GiB and more (JSZip
 * reads a declared size between 2 and 4 GiB as negative).
 */

export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

function u64(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

function endOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - MAX16);
  for (let at = last; at >= first; at--) if (view.getUint32(at, true) === EOCD) return at;
  return -1;
}

/** Where the directory starts and how many entries it has (zip64 where the fields are full). */
function directory(view: DataView, eocd: number): { offset: number; count: number } {
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count !== MAX16 && offset !== MAX32) return { offset, count };
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return { offset, count };
  const record = u64(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return { offset, count };
  return { offset: u64(view, record + 48), count: u64(view, record + 32) };
}

/** The zip64 extra field's sizes, for the fields the header left at their maximum. */
function zip64Sizes(
  view: DataView,
  extra: number,
  length: number,
  sizes: { compressed: number; uncompressed: number },
): { compressed: number; uncompressed: number } {
  for (let at = extra; at + 4 <= extra + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const result = { ...sizes };
      if (sizes.uncompressed === MAX32 && field + 8 <= at + 4 + size) {
        result.uncompressed = u64(view, field);
        field += 8;
      }
      if (sizes.compressed === MAX32 && field + 8 <= at + 4 + size) result.compressed = u64(view, field);
      return result;
    }
    at += 4 + size;
  }
  return sizes;
}

/** Every entry of the zip's central directory; null when the bytes hold no readable directory. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = endOfDirectory(view);
  if (eocd === -1) return null;
  const { offset, count } = directory(view, eocd);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > view.byteLength) return null;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const sizes = zip64Sizes(view, at + 46 + nameLength, extraLength, {
      compressed: view.getUint32(at + 20, true),
      uncompressed: view.getUint32(at + 24, true),
    });
    entries.push({ name, compressedSize: sizes.compressed, uncompressedSize: sizes.uncompressed });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
