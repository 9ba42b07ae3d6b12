/**
 * readZipDirectory on directories built byte by byte: entries with extra fields and comments,
 * the zip64 extra field in each of its shapes, the zip64 end of directory, and broken
 * directories, which give null and never throw. Only the central directory and its end
 * records are read, so the local entries are left out (the directory starts at `prefix`).
 */
import { describe, expect, it } from "vitest";
import { readZipDirectory, type ZipEntry } from "../../../src/xlsx/package/zip-directory";

const MAX32 = 0xffffffff;
const GIB = 1024 ** 3;

class Bytes {
  private readonly out: number[] = [];
  get length(): number {
    return this.out.length;
  }
  u16(value: number): this {
    this.out.push(value & 0xff, (value >>> 8) & 0xff);
    return this;
  }
  u32(value: number): this {
    return this.u16(value & 0xffff).u16(Math.floor(value / 0x10000) & 0xffff);
  }
  u64(value: number): this {
    return this.u32(value % 0x100000000).u32(Math.floor(value / 0x100000000));
  }
  raw(bytes: ArrayLike<number>): this {
    for (let i = 0; i < bytes.length; i++) this.out.push(bytes[i] ?? 0);
    return this;
  }
  zeros(count: number): this {
    return this.raw(new Array<number>(count).fill(0));
  }
  toArray(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

const text = (value: string) => new TextEncoder().encode(value);

/** An extra field: id, size, data. */
function field(id: number, data: Bytes | number[]): number[] {
  const body = data instanceof Bytes ? Array.from(data.toArray()) : data;
  return Array.from(new Bytes().u16(id).u16(body.length).raw(body).toArray());
}
const zip64Field = (...values: number[]) =>
  field(
    0x0001,
    values.reduce((b, v) => b.u64(v), new Bytes()),
  );
const timestampField = field(0x5455, [1, 2, 3, 4, 5]);

interface Header {
  readonly name: string;
  readonly compressed?: number;
  readonly uncompressed?: number;
  readonly extra?: readonly number[];
  readonly comment?: string;
}

function writeHeader(out: Bytes, h: Header): void {
  const name = text(h.name);
  const extra = h.extra ?? [];
  const comment = text(h.comment ?? "");
  out.u32(0x02014b50).u16(45).u16(20).u16(0).u16(8).u32(0).u32(0);
  out.u32(h.compressed ?? 10).u32(h.uncompressed ?? 20);
  out.u16(name.length).u16(extra.length).u16(comment.length);
  out.u16(0).u16(0).u32(0).u32(0);
  out.raw(name).raw(extra).raw(comment);
}

interface Layout {
  readonly headers: readonly Header[];
  /** Bytes before the directory (where the local entries would be). */
  readonly prefix?: number;
  /** What the end record says, when not the real values. */
  readonly count?: number;
  readonly offset?: number;
  /** A zip64 end record and locator with the real values. */
  readonly zip64?: {
    readonly recordSignature?: number;
    readonly locatorSignature?: number;
    readonly recordAt?: number;
    readonly recordFromEnd?: number;
  };
  readonly comment?: string;
}

function directoryZip(layout: Layout): Uint8Array {
  const out = new Bytes().zeros(layout.prefix ?? 0);
  const start = out.length;
  for (const header of layout.headers) writeHeader(out, header);
  const size = out.length - start;
  const count = layout.headers.length;
  const comment = text(layout.comment ?? "");
  if (layout.zip64) {
    const record = out.length;
    const end = record + 56 + 20 + 22 + comment.length;
    out
      .u32(layout.zip64.recordSignature ?? 0x06064b50)
      .u64(44)
      .u16(45)
      .u16(45)
      .u32(0)
      .u32(0);
    out.u64(count).u64(count).u64(size).u64(start);
    out
      .u32(layout.zip64.locatorSignature ?? 0x07064b50)
      .u32(0)
      .u64(
        layout.zip64.recordAt ??
          (layout.zip64.recordFromEnd === undefined ? record : end - layout.zip64.recordFromEnd),
      )
      .u32(1);
  }
  out
    .u32(0x06054b50)
    .u16(0)
    .u16(0)
    .u16(layout.count ?? count)
    .u16(layout.count ?? count);
  out
    .u32(size)
    .u32(layout.offset ?? start)
    .u16(comment.length)
    .raw(comment);
  return out.toArray();
}

const sizes = (entries: ZipEntry[] | null) =>
  entries?.map((e) => [e.name, e.compressedSize, e.uncompressedSize] as const) ?? null;

describe("readZipDirectory, entry by entry", () => {
  it("reads every entry after one with an extra field and a comment, in a zip with a comment of its own", () => {
    const bytes = directoryZip({
      prefix: 30,
      headers: [
        {
          name: "xl/workbook.xml",
          compressed: 300,
          uncompressed: 1200,
          extra: timestampField,
          comment: "Åtgärdsplan",
        },
        { name: "xl/styles.xml", compressed: 400, uncompressed: 2500 },
      ],
      comment: "Sparad av Excel",
    });
    expect(sizes(readZipDirectory(bytes))).toEqual([
      ["xl/workbook.xml", 300, 1200],
      ["xl/styles.xml", 400, 2500],
    ]);
  });

  it("reads a zip of no entries (its end record alone) as an empty list", () => {
    expect(readZipDirectory(directoryZip({ headers: [] }))).toEqual([]);
  });

  it("gives null for bytes with no end record, however long", () => {
    expect(readZipDirectory(new Uint8Array(64))).toBeNull();
  });

  it.each([
    [
      "only the size inflated in zip64",
      { compressed: 1000, uncompressed: MAX32, extra: zip64Field(5 * GIB) },
      [1000, 5 * GIB],
    ],
    [
      "only the compressed size in zip64",
      { compressed: MAX32, uncompressed: 100, extra: zip64Field(4.5 * GIB) },
      [4.5 * GIB, 100],
    ],
    [
      "both sizes in zip64",
      { compressed: MAX32, uncompressed: MAX32, extra: zip64Field(5 * GIB, 4.5 * GIB) },
      [4.5 * GIB, 5 * GIB],
    ],
    [
      "the size and the entry's offset in zip64, the compressed size in the header",
      { compressed: 1000, uncompressed: MAX32, extra: zip64Field(5 * GIB, 6 * GIB) },
      [1000, 5 * GIB],
    ],
    [
      "zip64 after another extra field",
      { compressed: 1000, uncompressed: MAX32, extra: [...timestampField, ...zip64Field(5 * GIB)] },
      [1000, 5 * GIB],
    ],
    [
      "a zip64 field too short for the size: the next field is not read as one",
      {
        compressed: 1000,
        uncompressed: MAX32,
        extra: [...field(0x0001, []), ...field(0x000a, new Bytes().u64(7))],
      },
      [1000, MAX32],
    ],
    [
      "a zip64 field with the size only, when both are full: the next field is not read as the compressed size",
      {
        compressed: MAX32,
        uncompressed: MAX32,
        extra: [...zip64Field(5 * GIB), ...field(0x000a, new Bytes().u64(7))],
      },
      [MAX32, 5 * GIB],
    ],
    [
      "an entry comment that looks like a zip64 field is not read as one",
      {
        compressed: 1000,
        uncompressed: MAX32,
        extra: timestampField,
        comment: String.fromCharCode(1, 0, 8, 0, 0, 0, 0, 0, 5, 0, 0, 0),
      },
      [1000, MAX32],
    ],
  ] as const)("reads %s", (_, header, [compressed, uncompressed]) => {
    const bytes = directoryZip({ headers: [{ name: "xl/stor.xml", ...header }, { name: "xl/liten.xml" }] });
    expect(sizes(readZipDirectory(bytes))).toEqual([
      ["xl/stor.xml", compressed, uncompressed],
      ["xl/liten.xml", 10, 20],
    ]);
  });
});

describe("readZipDirectory, the zip64 end of directory", () => {
  const headers = [{ name: "a.xml" }, { name: "b.xml", compressed: 11, uncompressed: 22 }];
  const expected = [
    ["a.xml", 10, 20],
    ["b.xml", 11, 22],
  ];

  it.each([
    ["the offset full", { offset: MAX32 }],
    ["the count full", { count: 0xffff }],
    ["both full", { offset: MAX32, count: 0xffff }],
  ])("finds the directory through the zip64 record when the end record has %s", (_, full) => {
    expect(sizes(readZipDirectory(directoryZip({ prefix: 40, headers, ...full, zip64: {} })))).toEqual(
      expected,
    );
  });

  it.each([
    ["a locator without its signature", { locatorSignature: 0 }],
    ["a zip64 record without its signature", { recordSignature: 0 }],
    ["a locator pointing past the end", { recordAt: 10_000 }],
    ["a locator pointing into the last bytes", { recordFromEnd: 2 }],
  ])("gives null for %s", (_, zip64) => {
    expect(
      readZipDirectory(directoryZip({ prefix: 40, headers, offset: MAX32, count: 0xffff, zip64 })),
    ).toBeNull();
  });

  it("gives null for a full count with no room for a locator before the end record", () => {
    expect(readZipDirectory(directoryZip({ headers: [], count: 0xffff }))).toBeNull();
  });
});

describe("readZipDirectory, broken directories", () => {
  const one = [{ name: "xl/workbook.xml" }];
  const withName = (nameLength: number) => {
    const bytes = directoryZip({ headers: one });
    new DataView(bytes.buffer).setUint16(28, nameLength, true);
    return bytes;
  };
  const withExtra = (extraLength: number) => {
    const bytes = directoryZip({ headers: one });
    new DataView(bytes.buffer).setUint16(30, extraLength, true);
    return bytes;
  };

  it.each([
    ["more entries declared than there are", directoryZip({ headers: one, count: 2 })],
    ["a directory offset past the end", directoryZip({ headers: one, offset: 70 })],
    ["a directory offset into the last bytes", directoryZip({ headers: one, offset: 80 })],
    ["a directory offset at bytes that are no entry", directoryZip({ prefix: 60, headers: one, offset: 0 })],
    ["an entry name running past the end", withName(60)],
    ["an extra field running past the end", withExtra(200)],
  ])("gives null for %s", (_, bytes) => {
    expect(readZipDirectory(bytes)).toBeNull();
  });

  it("reads an entry whose fixed fields end at the last byte (the end record lying inside them)", () => {
    const bytes = new Bytes().u32(0x02014b50).zeros(16).u32(10);
    bytes.u32(0x06054b50).u16(0).u16(0).u16(1).u16(1).u32(46).u32(0).u16(0);
    expect(sizes(readZipDirectory(bytes.toArray()))).toEqual([["", 10, 0x06054b50]]);
  });

  it("reads an entry whose name and extra field end at the last byte", () => {
    const bytes = directoryZip({ headers: one });
    const view = new DataView(bytes.buffer);
    view.setUint16(28, 15 + 22 - 4, true);
    view.setUint16(30, 4, true);
    expect(readZipDirectory(bytes)?.map((e) => e.name.slice(0, 15))).toEqual(["xl/workbook.xml"]);
  });
});
