import { describe, expect, it } from "vitest";
import { buildReportDocx } from "../../src/docx";
import { ExceljsWorkbook } from "../../src/xlsx";
import { ACTIVITY_NAMES, buildReportWorkbook } from "../helpers/report-fixture";
import { readDocx, W } from "./docx-reader";

async function reportFor(period: "T1" | "T2" | "VB") {
  const plan = new Uint8Array((await buildReportWorkbook().xlsx.writeBuffer()) as ArrayBuffer);
  const book = await ExceljsWorkbook.fromBuffer(plan, "plan.xlsx");
  return { book, ...(await buildReportDocx(book, { period, createdOn: "2026-09-20" })) };
}

describe("buildReportDocx", () => {
  it("gives the report real headings: Heading 1 per area, Heading 2 per activity under its area", async () => {
    const { bytes } = await reportFor("T2");
    const { paragraphs } = await readDocx(bytes);
    // Style names as Word knows its built-in ones (it compares them without case).
    const headings = paragraphs.filter((p) => p.style !== null && /^(heading [123]|title)$/i.test(p.style));
    expect(headings.map((h) => `${h.style?.toLowerCase()}: ${h.text}`)).toEqual([
      "title: Åtgärdsplan för gemensamma prioriteringar",
      "heading 1: Översikt",
      "heading 3: Sammanfattning per område",
      "heading 1: Status per område",
      "heading 1: 1. Riktat arbete i utsatta områden",
      "heading 3: Bedömning T2 2026",
      ...["1.1", "1.2", "1.10"].map((nr) => `heading 2: ${nr} ${ACTIVITY_NAMES[nr]}`),
      "heading 1: 2. Riktat arbete mot avgränsade platser",
      "heading 3: Bedömning T2 2026",
      ...["2.1", "2.2", "2.3"].map((nr) => `heading 2: ${nr} ${ACTIVITY_NAMES[nr]}`),
      "heading 1: Aktiviteter utan uppföljning",
    ]);
  });

  it("uses Word's own heading styles, which its table of contents collects", async () => {
    const { bytes } = await reportFor("T1");
    const docx = await readDocx(bytes);
    const styles = await docx.part("word/styles.xml");
    for (const [id, name, level] of [
      ["Heading1", "heading 1", 0],
      ["Heading2", "heading 2", 1],
    ] as const) {
      const style = new RegExp(
        `<w:style [^>]*w:styleId="${id}"[^>]*><w:name w:val="${name}"/>[\\s\\S]*?</w:style>`,
        "i",
      );
      // The outline level makes the heading a table-of-contents entry in Word and LibreOffice.
      expect(style.exec(styles)?.[0]).toContain(`<w:outlineLvl w:val="${level}"/>`);
    }
    // Headings stay with what follows them.
    expect(styles).toMatch(/w:styleId="Heading2"[\s\S]*?<w:keepNext\/>/);
  });

  it("prints on A4 with the district, the period and 'sida N av M' in the footer", async () => {
    const { bytes } = await reportFor("T2");
    const docx = await readDocx(bytes);
    const size = docx.document.getElementsByTagNameNS(W, "pgSz")[0];
    expect([size?.getAttributeNS(W, "w"), size?.getAttributeNS(W, "h")]).toEqual(["11906", "16838"]);
    const footers = Object.keys(docx.zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
    const footer = (await Promise.all(footers.map((f) => docx.part(f)))).join("");
    expect(footer).toContain("Skärholmen · Tertial 2 (maj–augusti) 2026 – sida ");
    expect(footer).toMatch(/PAGE[\s\S]*av[\s\S]*NUMPAGES/);
  });

  it("colours the statuses as the sheet does and keeps dates from breaking", async () => {
    const { bytes } = await reportFor("T1");
    const xml = await (await readDocx(bytes)).part("word/document.xml");
    for (const fill of ["C6EFCE", "FFEB9C", "FFC7CE", "D9D9D9"]) expect(xml).toContain(`w:fill="${fill}"`);
    // "Rapportdatum 2026-05-10" is written 2026‑05‑10 with non-breaking hyphens.
    expect(xml).toMatch(/2026<\/w:t><w:noBreakHyphen\/><w:t[^>]*>05<\/w:t><w:noBreakHyphen\/><w:t[^>]*>10/);
    // Activity rows never split across pages.
    expect(xml).toContain("<w:cantSplit/>");
  });

  it("holds the chart as a PNG picture with a description, and writes nothing to the workbook", async () => {
    const { bytes, book } = await reportFor("T2");
    const docx = await readDocx(bytes);
    const media = Object.keys(docx.zip.files).filter((f) => f.startsWith("word/media/"));
    expect(media).toHaveLength(1);
    const png = await docx.zip.file(media[0] ?? "")!.async("uint8array");
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join("")).toBe("PNG");
    const xml = await docx.part("word/document.xml");
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Målet nått per område, T2 2026"/);
    expect((await book.readSnapshot()).sheets.map((s) => s.name)).not.toContain("Rapport T2 2026");
  });
});
