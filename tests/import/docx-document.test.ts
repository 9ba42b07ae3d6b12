// readDocxDocument on small packages built part by part in each test: which part is the
// document, which parts are page headers and footers, which files are refused and with what
// message. Every input is built inside its test (`npm run mutate` runs the tests once per
// mutant, with the mutant switched on only after module level has run).
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { ImportError, readDocxDocument } from "../../src/import";
import { MAX_DOCX_BYTES } from "../../src/import/read-docx-document";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const CORE_PROPERTIES =
  "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

const paragraph = (text: string) => (text === "" ? "<w:p/>" : `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`);
const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;
const headerXml = (...lines: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W_NS}">${lines.map(paragraph).join("")}</w:hdr>`;
const relsXml = (...relationships: [type: string, target: string][]) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS_NS}">${relationships
    .map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;

/** A zip of exactly these parts, in this order, stored uncompressed. */
async function zipOf(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(parts)) zip.file(path, text, { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

/** Sets a 32-bit field of the part `name`'s entry in the zip's central directory. */
function patchEntry(data: Uint8Array, name: string, field: number, value: number): Uint8Array {
  const bytes = data.slice();
  const view = new DataView(bytes.buffer);
  const encoded = new TextEncoder().encode(name);
  for (let at = 0; at + 46 <= bytes.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const entryName = bytes.subarray(at + 46, at + 46 + nameLength);
    if (nameLength === encoded.length && entryName.every((b, i) => b === encoded[i])) {
      view.setUint32(at + field, value, true);
      return bytes;
    }
  }
  throw new Error(`no part ${name} in the zip`);
}

/** The part declares `size` uncompressed bytes, as a part that inflates to that much would. */
const declareSize = (data: Uint8Array, name: string, size: number) => patchEntry(data, name, 24, size);

const read = (data: Uint8Array) => readDocxDocument(data, "plan.docx");

async function failure(data: Uint8Array): Promise<ImportError> {
  const error = await read(data).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const NOT_WORD =
  'Filen "plan.docx" kan inte läsas som ett Word-dokument (.docx): den är skadad eller inte ett ' +
  "Word-dokument. Öppna den i Word och spara den som Word-dokument (.docx), eller spara " +
  "planen som oformaterad text (.txt), och försök igen.";

describe("readDocxDocument: the package", () => {
  it("reads a document that has only its main part, without relationships or styles", async () => {
    const data = await zipOf({ "word/document.xml": documentXml(paragraph("Inledning")) });
    expect(await read(data)).toEqual({
      blocks: [{ kind: "text", paragraphs: ["Inledning"] }],
      furniture: [],
    });
  });

  it.each([
    ["a target without a leading slash", "word/document2.xml"],
    ["a target from the package root", "/content/document.xml"],
  ])("reads the main part the package relationships name: %s", async (_what, target) => {
    const data = await zipOf({
      "_rels/.rels": relsXml([CORE_PROPERTIES, "docProps/core.xml"], [OFFICE_DOCUMENT, target]),
      "word/document.xml": documentXml(paragraph("En annan del")),
      [target.replace(/^\//, "")]: documentXml(paragraph("Huvuddokumentet")),
    });
    expect((await read(data)).blocks).toEqual([{ kind: "text", paragraphs: ["Huvuddokumentet"] }]);
  });

  it("reads word/document.xml when the package relationships name no document", async () => {
    const data = await zipOf({
      "_rels/.rels": relsXml([CORE_PROPERTIES, "docProps/core.xml"]),
      "word/document.xml": documentXml(paragraph("Huvuddokumentet")),
    });
    expect((await read(data)).blocks).toEqual([{ kind: "text", paragraphs: ["Huvuddokumentet"] }]);
  });

  it("takes a heading's level from the style's name in word/styles.xml", async () => {
    const data = await zipOf({
      "word/document.xml": documentXml(
        '<w:p><w:pPr><w:pStyle w:val="Style10"/></w:pPr><w:r><w:t>1. Riktat arbete i utsatta områden</w:t></w:r></w:p>',
      ),
      "word/styles.xml":
        `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">` +
        '<w:style w:type="paragraph" w:styleId="Style10"><w:name w:val="heading 1"/></w:style></w:styles>',
    });
    expect((await read(data)).blocks).toEqual([
      { kind: "heading", level: 1, nr: "1", title: "Riktat arbete i utsatta områden" },
    ]);
  });
});

describe("readDocxDocument: page headers and footers", () => {
  it("keeps headers before footers, each in the order of their numbers, leaving out empty lines", async () => {
    const data = await zipOf({
      "word/document.xml": documentXml(paragraph("Text")),
      "word/footer1.xml": headerXml("Bilaga 7.1"),
      "word/header2.xml": headerXml("Lokalpolisområde Skärholmen"),
      "word/header1.xml": headerXml("Diarienummer: 6 av 14", "", "Skärholmens stadsdelsförvaltning"),
    });
    expect((await read(data)).furniture).toEqual([
      "Diarienummer: 6 av 14",
      "Skärholmens stadsdelsförvaltning",
      "Lokalpolisområde Skärholmen",
      "Bilaga 7.1",
    ]);
  });

  it("reads word/header.xml and word/footerN.xml, and no other part named like them", async () => {
    const data = await zipOf({
      "word/document.xml": documentXml(paragraph("Text")),
      "word/header.xml": headerXml("Sidhuvud utan nummer"),
      "word/footer12.xml": headerXml("Sidfot tolv"),
      "old/word/header3.xml": headerXml("Gammal kopia"),
      "word/header4.xml.bak": headerXml("Säkerhetskopia"),
    });
    expect((await read(data)).furniture).toEqual(["Sidhuvud utan nummer", "Sidfot tolv"]);
  });
});

describe("readDocxDocument: files it refuses", () => {
  it("refuses a package whose parts declare more than 20 MB, before reading them", async () => {
    const small = await zipOf({
      "word/document.xml": documentXml(paragraph("Text")),
      "word/media/film.bin": "x",
    });
    const error = await failure(declareSize(small, "word/media/film.bin", 23 * 1024 * 1024 + 300_000));
    expect(error.userMessage).toBe(
      'Dokumentet "plan.docx" är för stort för att läsas: det innehåller 23 MB och gränsen är 20 MB. ' +
        "En åtgärdsplan är mycket mindre: kontrollera att det är rätt dokument, eller spara planen som " +
        "oformaterad text (.txt) och försök igen.",
    );
  });

  it("reads a package whose parts declare exactly 20 MB, the limit", async () => {
    const document = documentXml(paragraph("Text"));
    const small = await zipOf({ "word/document.xml": document, "word/media/film.bin": "x" });
    const rest = MAX_DOCX_BYTES - new TextEncoder().encode(document).length;
    const doc = await read(declareSize(small, "word/media/film.bin", rest));
    expect(doc.blocks).toEqual([{ kind: "text", paragraphs: ["Text"] }]);
  });

  it("refuses an Excel workbook and says which commands read one", async () => {
    const data = await zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" });
    expect((await failure(data)).userMessage).toBe(
      'Filen "plan.docx" är en Excel-arbetsbok, inte ett Word-dokument. Importera läser planens ' +
        "Word-dokument (.docx) eller en textfil (.txt) och skapar arbetsboken. En arbetsbok som redan " +
        'finns kontrolleras med "atgardsplan validera", och en egen arbetsbok kopplas till planens ' +
        'tabeller med "atgardsplan koppla".',
    );
  });

  it("refuses an old .doc or password-protected file by its OLE signature", async () => {
    const error = await failure(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(error.userMessage).toBe(
      'Filen "plan.docx" är ett äldre Word-dokument (.doc) eller lösenordsskyddat. Öppna den i Word, ' +
        "ta bort lösenordet och spara den som Word-dokument (.docx), och försök igen.",
    );
  });

  it("takes a file that starts like an OLE file but is not one for a damaged document, keeping the cause", async () => {
    const error = await failure(new Uint8Array([0xd0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]));
    expect(error.userMessage).toBe(NOT_WORD);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it.each([
    ["the document part", "word/document.xml"],
    ["the styles part", "word/styles.xml"],
    ["a page header", "word/header1.xml"],
  ])("refuses %s when it is not XML, keeping the parser's error as the cause", async (_what, path) => {
    const data = await zipOf({
      "word/document.xml": documentXml(paragraph("Text")),
      [path]: "<w:document><w:body>",
    });
    const error = await failure(data);
    expect(error.userMessage).toBe(NOT_WORD);
    expect(error.cause).toBeInstanceOf(Error);
  });
});
