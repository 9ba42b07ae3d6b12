// The large documents on their own: each reads megabytes of XML, which takes seconds, so
// `npm run mutate` leaves this file out of the import scope's tests (vitest.mutate.config.ts).
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { ImportError, readDocxDocument } from "../../src/import";

const read = async (data: Uint8Array) => readDocxDocument(data, "plan.docx");

describe("readDocxDocument on large documents", () => {
  /** A document of `paragraphs` loose paragraphs (no headings): one text block. */
  async function paragraphsDocx(paragraphs: number): Promise<Uint8Array> {
    const p =
      "<w:p><w:r><w:t>Mötena hölls varannan vecka med polisen och fastighetsägarna.</w:t></w:r></w:p>";
    const zip = new JSZip();
    zip.file(
      "word/document.xml",
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p.repeat(paragraphs)}</w:body></w:document>`,
    );
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }

  // 100,000 paragraphs (9 MB of XML): the join of loose paragraphs copied its list for each
  // one, which took minutes; read linearly it takes seconds.
  it("reads 100,000 loose paragraphs into one text block holding them all", async () => {
    const document = await read(await paragraphsDocx(100_000));
    expect(document.blocks).toHaveLength(1);
    const [block] = document.blocks;
    expect(block?.kind === "text" && block.paragraphs.length).toBe(100_000);
  }, 60_000);

  it("refuses a document of more than 20 MB of XML before reading it", async () => {
    const data = await paragraphsDocx(250_000);
    expect(data.length).toBeLessThan(1024 * 1024);
    const error = await read(data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).userMessage).toMatch(
      /^Dokumentet "plan.docx" är för stort för att läsas: det innehåller 23 MB och gränsen är 20 MB\./,
    );
  });
});
