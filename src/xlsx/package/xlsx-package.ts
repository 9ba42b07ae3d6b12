/**
 * A workbook package (the .xlsx zip) opened for editing: parts are read as text, the parts an
 * edit owns are written or removed, and saving copies every other part as it was: its
 * compressed bytes when the compression method is kept, so each untouched part comes out
 * byte for byte. Browser-safe (JSZip): the command line and the preview page save alike.
 */
import JSZip from "jszip";

type Content = string | Uint8Array;

/** What reading a package needs: its parts' text (the readers take this, not the editor). */
export interface PackageReader {
  read(part: string): Promise<string | undefined>;
}

const STORED = "\x00\x00";

interface LoadedEntry {
  readonly _data?: { readonly compression?: { readonly magic?: string } };
  options: { compression?: string };
}

export class XlsxPackage {
  /** Lower-cased part name → name as stored (part names are case-insensitive). */
  private readonly names = new Map<string, string>();
  private readonly touched = new Set<string>();
  /** While an edit runs: each part's entry as it was before the edit (null: there was none). */
  private journal: Map<string, JSZip.JSZipObject | null> | null = null;

  private constructor(private readonly zip: JSZip) {
    for (const file of Object.values(zip.files)) {
      if (!file.dir) this.names.set(XlsxPackage.key(file.name), file.name);
    }
  }

  private static key(part: string): string {
    return part.replace(/^\//, "").toLowerCase();
  }

  /** Opens a package; throws JSZip's error when the bytes are no zip. */
  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    return XlsxPackage.ofZip(await JSZip.loadAsync(bytes));
  }

  /** The package of a zip JSZip has loaded (and nothing has changed since). */
  static ofZip(zip: JSZip): XlsxPackage {
    for (const file of Object.values(zip.files)) {
      // Each part is saved with its own compression method, so its bytes can be copied.
      const entry = file as unknown as LoadedEntry;
      entry.options.compression = entry._data?.compression?.magic === STORED ? "STORE" : "DEFLATE";
    }
    return new XlsxPackage(zip);
  }

  /** A package made of these parts (a new workbook). */
  static fromParts(parts: Readonly<Record<string, Content>>): XlsxPackage {
    const zip = new JSZip();
    for (const [name, content] of Object.entries(parts)) zip.file(name, content, { compression: "DEFLATE" });
    return new XlsxPackage(zip);
  }

  private stored(part: string): string | undefined {
    return this.names.get(XlsxPackage.key(part));
  }

  has(part: string): boolean {
    return this.stored(part) !== undefined;
  }

  /** Every part's name, as stored. */
  parts(): string[] {
    return [...this.names.values()];
  }

  async read(part: string): Promise<string | undefined> {
    const name = this.stored(part);
    return name === undefined ? undefined : this.zip.file(name)?.async("string");
  }

  private remember(name: string): void {
    if (this.journal === null || this.journal.has(name)) return;
    this.journal.set(name, this.zip.files[name] ?? null);
  }

  /** Writes a part (replacing it, under the name it has, when it exists). */
  write(part: string, content: Content): void {
    const name = this.stored(part) ?? part.replace(/^\//, "");
    this.remember(name);
    this.zip.file(name, content, { compression: "DEFLATE" });
    this.names.set(XlsxPackage.key(name), name);
    this.touched.add(name);
  }

  remove(part: string): void {
    const name = this.stored(part);
    if (name === undefined) return;
    this.remember(name);
    this.zip.remove(name);
    this.names.delete(XlsxPackage.key(name));
    this.touched.add(name);
  }

  /**
   * Runs an edit as one: when it throws, every part it wrote or removed is as it was, so a
   * failed edit never leaves half of itself in the workbook.
   */
  async atomically<T>(edit: () => Promise<T>): Promise<T> {
    if (this.journal !== null) return edit();
    this.journal = new Map();
    const touchedBefore = new Set(this.touched);
    try {
      return await edit();
    } catch (error) {
      for (const [name, entry] of this.journal) {
        if (entry === null) {
          delete this.zip.files[name];
          this.names.delete(XlsxPackage.key(name));
        } else {
          this.zip.files[name] = entry;
          this.names.set(XlsxPackage.key(name), name);
        }
      }
      this.touched.clear();
      for (const name of touchedBefore) this.touched.add(name);
      throw error;
    } finally {
      this.journal = null;
    }
  }

  /** The parts written or removed since the package was opened. */
  changedParts(): string[] {
    return [...this.touched];
  }

  /** The package's bytes: written parts as written, every other part as it was. */
  async toBytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }
}
