/**
 * A minimal zip writer (stored entries) for packages no zip library writes: an entry whose
 * central directory declares a size other than its data's (3.5 GiB, or 5 GiB through the
 * zip64 extension), to test that a declared size is read right before anything is inflated.
 */

export interface RawZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** The uncompressed size the central directory declares (default: the data's length). */
  readonly declaredSize?: number;
  /** Declare the size in a zip64 extra field (the header's size fields then hold 0xFFFFFFFF). */
  readonly zip64?: boolean;
}

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export function rawZip(entries: readonly RawZipEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const crc = crc32(entry.data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, entry.data.length, true);
    local.setUint16(26, name.length, true);
    chunks.push(new Uint8Array(local.buffer), name, entry.data);
    const declared = entry.declaredSize ?? entry.data.length;
    const extra = entry.zip64 ? new DataView(new ArrayBuffer(12)) : null;
    if (extra) {
      extra.setUint16(0, 0x0001, true);
      extra.setUint16(2, 8, true);
      extra.setBigUint64(4, BigInt(declared), true);
    }
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 45, true);
    header.setUint16(6, 20, true);
    header.setUint32(16, crc, true);
    header.setUint32(20, entry.data.length, true);
    header.setUint32(24, entry.zip64 ? 0xffffffff : declared, true);
    header.setUint16(28, name.length, true);
    header.setUint16(30, extra ? 12 : 0, true);
    header.setUint32(42, offset, true);
    central.push(new Uint8Array(header.buffer), name, ...(extra ? [new Uint8Array(extra.buffer)] : []));
    offset += 30 + name.length + entry.data.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const bytes = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of all) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
