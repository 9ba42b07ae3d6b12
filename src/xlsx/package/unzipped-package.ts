/**
 * A package read whole and at once (fflate), for reading only: every part inflated in one
 * synchronous pass, each read as often as wanted without inflating it again. JSZip's
 * XlsxPackage inflates a part on every read, a few milliseconds of scheduling each, which
 * is most of the time reading a small workbook takes. Browser-safe.
 */
import { unzipSync } from "fflate";
import type { PackageReader } from "./xlsx-package";

const UTF8 = new TextDecoder();

export class UnzippedPackage implements PackageReader {
  /** Lower-cased part name (part names are case-insensitive) → its bytes. */
  private readonly parts = new Map<string, Uint8Array>();
  private readonly names: string[] = [];

  /** Throws fflate's error when the bytes are no readable zip. */
  constructor(bytes: Uint8Array) {
    const files = unzipSync(bytes, { filter: (file) => !file.name.endsWith("/") });
    for (const [name, data] of Object.entries(files)) {
      this.names.push(name);
      this.parts.set(UnzippedPackage.key(name), data);
    }
  }

  private static key(part: string): string {
    return part.replace(/^\//, "").toLowerCase();
  }

  /** Every part's name, as stored. */
  partNames(): string[] {
    return [...this.names];
  }

  bytes(part: string): Uint8Array | undefined {
    return this.parts.get(UnzippedPackage.key(part));
  }

  read(part: string): Promise<string | undefined> {
    const data = this.bytes(part);
    return Promise.resolve(data === undefined ? undefined : UTF8.decode(data));
  }
}
