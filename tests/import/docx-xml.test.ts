import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { ImportError, readDocxDocument } from "../../src/import";
import {
  isOn,
  paragraphRawText,
  parseXml,
  readStyles,
  W,
  wChild,
  wVal,
  type StyleInfo,
} from "../../src/import/docx-xml";

// Everything here is built inside each test: under Stryker a value built at module level or in a
// describe body is made before any mutant is switched on.

const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const M = "http://schemas.openxmlformats.org/officeDocument/2006/math";

/** A w:p element from its inner XML, in a document that binds `prefix` to WordprocessingML. */
function paragraph(inner: string, prefix = "w") {
  const xml = `<${prefix}:p xmlns:${prefix}="${W}" xmlns:mc="${MC}" xmlns:m="${M}">${inner}</${prefix}:p>`;
  return parseXml(xml).documentElement!;
}

/** The first w:rPr/w:b of a run with these run properties. */
function bold(rPr: string, prefix = "w") {
  const p = paragraph(`<${prefix}:r><${prefix}:rPr>${rPr}</${prefix}:rPr></${prefix}:r>`, prefix);
  return wChild(wChild(wChild(p, "r"), "rPr"), "b");
}

function stylesXml(styles: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${styles}</w:styles>`;
}

function style(id: string | null, name: string | null, inner = ""): string {
  const styleId = id === null ? "" : ` w:styleId="${id}"`;
  const nameElement = name === null ? "" : `<w:name w:val="${name}"/>`;
  return `<w:style w:type="paragraph"${styleId}>${nameElement}${inner}</w:style>`;
}

const NONE: StyleInfo = { headingLevel: null, numbered: false, bold: false, toc: false };

/** A .docx with this body (and styles part, if given), as Word stores it, prefix `w` unless told. */
async function docx(body: string, styles?: string, prefix = "w"): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<${prefix}:document xmlns:${prefix}="${W}"><${prefix}:body>${body}</${prefix}:body></${prefix}:document>`,
  );
  if (styles !== undefined) zip.file("word/styles.xml", styles);
  return zip.generateAsync({ type: "uint8array" });
}

function styled(styleId: string, text: string): string {
  return `<w:p><w:pPr><w:pStyle w:val="${styleId}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
}

const NOT_WORD =
  'Filen "plan.docx" kan inte läsas som ett Word-dokument (.docx): den är skadad eller inte ett ' +
  "Word-dokument. Öppna den i Word och spara den som Word-dokument (.docx), eller spara planen som " +
  "oformaterad text (.txt), och försök igen.";

describe("parseXml", () => {
  it.each([
    ["an attribute value without quotes", `<a x=1/>`],
    ["attributes without a space between them", `<a x="1"y="1"/>`],
  ])("reads XML that xmldom only warns about: %s", (_what, xml) => {
    expect(parseXml(xml).documentElement?.getAttribute("x")).toBe("1");
  });

  it.each([
    ["a bare < in text", `<w:t>1 < 2</w:t>`],
    ["content after the document element", `<w:p/></w:body></w:document><w:extra/>`],
  ])("refuses a document part with an XML error (%s) as not a Word document", async (_what, body) => {
    const error = await readDocxDocument(await docx(body), "plan.docx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).userMessage).toBe(NOT_WORD);
  });
});

describe("paragraphRawText", () => {
  it.each([
    [
      "a positional tab as a space",
      `<w:r><w:t>Mål</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>3</w:t></w:r>`,
      "Mål 3",
    ],
    [
      "a carriage return as a line break",
      `<w:r><w:t>Rad ett</w:t><w:cr/><w:t>Rad två</w:t></w:r>`,
      "Rad ett\nRad två",
    ],
    [
      "a non-breaking hyphen as a hyphen",
      `<w:r><w:t>BRÅ</w:t><w:noBreakHyphen/><w:t>rapport</w:t></w:r>`,
      "BRÅ-rapport",
    ],
    [
      "Word's symbol bullet as a bullet",
      `<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t>Trygghetsvandring</w:t></w:r>`,
      "\uf0b7 Trygghetsvandring",
    ],
    [
      "the symbol bullet in lower case hex",
      `<w:r><w:sym w:font="Symbol" w:char="f0b7"/><w:t>Punkt</w:t></w:r>`,
      "\uf0b7 Punkt",
    ],
    [
      "any other symbol as nothing",
      `<w:r><w:t>Före</w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>efter</w:t></w:r>`,
      "Föreefter",
    ],
    [
      "a symbol without a character as nothing",
      `<w:r><w:t>Före</w:t><w:sym w:font="Symbol"/><w:t>efter</w:t></w:r>`,
      "Föreefter",
    ],
    [
      "deleted text, tabs, breaks and symbols left out",
      `<w:r><w:t>Kvar</w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:tab/><w:delText>bort</w:delText><w:br/><w:sym w:font="Symbol" w:char="F0B7"/></w:r></w:del><w:r><w:t> här</w:t></w:r>`,
      "Kvar här",
    ],
    [
      "inserted text kept",
      `<w:r><w:t>Möte </w:t></w:r><w:ins w:id="2" w:author="A"><w:r><w:t>varje vecka</w:t></w:r></w:ins>`,
      "Möte varje vecka",
    ],
    [
      "the paragraph's tab stops left out",
      `<w:pPr><w:tabs><w:tab w:val="left" w:pos="2000"/><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr><w:r><w:t>Diarienummer</w:t></w:r>`,
      "Diarienummer",
    ],
    [
      "a field's instruction left out and its result kept",
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>6</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`,
      "6",
    ],
    [
      "text inside markup-compatibility alternatives left out",
      `<w:r><w:t>Text</w:t></w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>ruta</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>ruta</w:t></w:r></mc:Fallback></mc:AlternateContent>`,
      "Text",
    ],
    [
      "an equation's text (another namespace's m:t) left out",
      `<w:r><w:t>Andel </w:t></w:r><m:oMath><m:r><m:t>x/y</m:t></m:r></m:oMath>`,
      "Andel ",
    ],
  ])("reads %s", (_what, inner, text) => {
    expect(paragraphRawText(paragraph(inner))).toBe(text);
  });

  it("reads a paragraph whose WordprocessingML uses another prefix than w:", () => {
    const p = paragraph(
      `<ns0:r><ns0:t>Rad</ns0:t><ns0:br/><ns0:t>två</ns0:t><ns0:tab/><ns0:t>slut</ns0:t></ns0:r>`,
      "ns0",
    );
    expect(paragraphRawText(p)).toBe("Rad\ntvå slut");
  });
});

describe("wVal and isOn", () => {
  it.each([
    ["<w:b/>", true],
    [`<w:b w:val="1"/>`, true],
    [`<w:b w:val="true"/>`, true],
    [`<w:b w:val="on"/>`, true],
    [`<w:b w:val=""/>`, true],
    [`<w:b w:val="0"/>`, false],
    [`<w:b w:val="false"/>`, false],
    [`<w:b w:val="off"/>`, false],
    [`<w:b w:val="False"/>`, false],
    [`<w:i/>`, false],
  ])("takes %s as bold: %s", (rPr, on) => {
    expect(isOn(bold(rPr))).toBe(on);
  });

  it("reads w:val in a document that binds WordprocessingML to another prefix", () => {
    expect(wVal(bold(`<ns0:b ns0:val="0"/>`, "ns0"))).toBe("0");
    expect(isOn(bold(`<ns0:b ns0:val="0"/>`, "ns0"))).toBe(false);
    expect(isOn(bold(`<ns0:b/>`, "ns0"))).toBe(true);
  });

  it("reads no w:val from an element without one, or from no element", () => {
    expect(wVal(bold("<w:b/>"))).toBeNull();
    expect(wVal(undefined)).toBeNull();
  });
});

describe("readStyles", () => {
  it("reads each paragraph style's heading level, numbering, boldness and table-of-contents role", () => {
    const styles = readStyles(
      parseXml(
        stylesXml(
          [
            style("Normal", "Normal"),
            style("Heading1", "heading 1"),
            style("Otsikko2", "heading 2"),
            style("Rubrik1", "Egen rubrik"),
            style("Rubrik2", "Egen rubrik", `<w:pPr><w:outlineLvl w:val="3"/></w:pPr>`),
            style("Planrubrik", "Planrubrik", `<w:pPr><w:outlineLvl w:val="1"/></w:pPr>`),
            style("Punktlista", "List Bullet", `<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr>`),
            style("Fet", "Fet", `<w:rPr><w:b/></w:rPr>`),
            style("InteFet", "Inte fet", `<w:rPr><w:b w:val="0"/></w:rPr>`),
            style("TOC1", "Egen förteckning"),
            style("Sisluet2", "toc 2"),
            style("Mall", "Innehåll 3"),
            `<w:style w:type="character" w:styleId="Betoning"><w:name w:val="Emphasis"/></w:style>`,
          ].join(""),
        ),
      ),
    );
    expect(styles).toEqual(
      new Map<string, StyleInfo>([
        ["Normal", NONE],
        ["Heading1", { ...NONE, headingLevel: 1 }],
        ["Otsikko2", { ...NONE, headingLevel: 2 }],
        ["Rubrik1", { ...NONE, headingLevel: 1 }],
        ["Rubrik2", { ...NONE, headingLevel: 2 }],
        ["Planrubrik", { ...NONE, headingLevel: 2 }],
        ["Punktlista", { ...NONE, numbered: true }],
        ["Fet", { ...NONE, bold: true }],
        ["InteFet", NONE],
        ["TOC1", { ...NONE, toc: true }],
        ["Sisluet2", { ...NONE, toc: true }],
        ["Mall", { ...NONE, toc: true }],
        ["Betoning", NONE],
      ]),
    );
  });

  it("leaves out a style without a style id or with an empty one: no paragraph can name it", () => {
    const styles = readStyles(
      parseXml(
        stylesXml(
          style(null, "heading 1", `<w:rPr><w:b/></w:rPr>`) + style("", "toc 1") + style("Normal", "Normal"),
        ),
      ),
    );
    expect(styles).toEqual(new Map([["Normal", NONE]]));
  });

  it("reads no styles from a document without a styles part", () => {
    expect(readStyles(null)).toEqual(new Map());
  });
});

describe("readDocxDocument with the document's styles", () => {
  it("takes headings and the table of contents from styles whose ids are in another language", async () => {
    const styles = stylesXml(
      style("Otsikko1", "heading 1") +
        style("Otsikko2", "heading 2") +
        style("Sisluet1", "toc 1") +
        style(
          "Numrubrik",
          "Numrerad rubrik",
          `<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>`,
        ),
    );
    const body = [
      styled("Sisluet1", "1. Riktat arbete i utsatta områden"),
      styled("Otsikko1", "1. Riktat arbete i utsatta områden"),
      styled("Otsikko2", "1.1 Platssamverkan Vårberg"),
      styled("Numrubrik", "Trygghet i centrum"),
      `<w:p><w:r><w:t>Mötena hålls varje vecka.</w:t></w:r></w:p>`,
    ].join("");
    const doc = await readDocxDocument(await docx(body, styles), "plan.docx");
    expect(doc.blocks).toEqual([
      { kind: "heading", level: 1, nr: "1", title: "Riktat arbete i utsatta områden" },
      { kind: "heading", level: 2, nr: "1.1", title: "Platssamverkan Vårberg" },
      { kind: "heading", level: 1, nr: null, title: "Trygghet i centrum" },
      { kind: "text", paragraphs: ["Mötena hålls varje vecka."] },
    ]);
  });

  it("does not give a paragraph without a style the properties of a style without an id", async () => {
    const styles = stylesXml(style(null, "heading 1", `<w:rPr><w:b/></w:rPr>`));
    const doc = await readDocxDocument(
      await docx(`<w:p><w:r><w:t>1. Inte en rubrik</w:t></w:r></w:p>`, styles),
      "plan.docx",
    );
    expect(doc.blocks).toEqual([{ kind: "text", paragraphs: ["1. Inte en rubrik"] }]);
  });

  it("does not take a numbered paragraph whose bold is switched off for a heading", async () => {
    const body =
      `<w:p><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>1. Inte en rubrik</w:t></w:r></w:p>` +
      `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>2. En rubrik</w:t></w:r></w:p>`;
    const doc = await readDocxDocument(await docx(body), "plan.docx");
    expect(doc.blocks).toEqual([
      { kind: "text", paragraphs: ["1. Inte en rubrik"] },
      { kind: "heading", level: 1, nr: "2", title: "En rubrik" },
    ]);
  });

  it("reads a document whose WordprocessingML uses another prefix than w: (as a script rewriting it may write)", async () => {
    const body =
      `<ns0:p><ns0:pPr><ns0:pStyle ns0:val="Heading2"/></ns0:pPr><ns0:r><ns0:t>1.1 Platssamverkan</ns0:t></ns0:r></ns0:p>` +
      `<ns0:p><ns0:r><ns0:t>Text</ns0:t></ns0:r></ns0:p>`;
    const doc = await readDocxDocument(await docx(body, undefined, "ns0"), "plan.docx");
    expect(doc.blocks).toEqual([
      { kind: "heading", level: 2, nr: "1.1", title: "Platssamverkan" },
      { kind: "text", paragraphs: ["Text"] },
    ]);
  });
});
