import { Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from "docx";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { ImportError, readDocxDocument, type PlanBlock } from "../../src/import";
import { docxOf, planDocx, plainDocx } from "../helpers/docx-fixtures";
import type { PlanDocumentModel } from "../helpers/seed-plan";

const MODEL: PlanDocumentModel = {
  title: "Åtgärdsplan för gemensamma prioriteringar",
  intro: ["Beskrivning och disposition"],
  contents: ["1. Riktat arbete i utsatta områden", "1.1 Platssamverkan Vårberg"],
  afterContents: [],
  sections: [
    {
      level: 1,
      nr: "1",
      title: "Riktat arbete i utsatta områden",
      rows: [["Övergripande mål och syfte", ["Att minska brottsligheten."]]],
    },
    {
      level: 2,
      nr: "1.1",
      title: "Platssamverkan Vårberg",
      rows: [
        ["Beskrivning och syfte", ["Mötena syftar till att:", "• Fånga upp frågor", "• Besluta och agera"]],
        ["Stadsdelsförvaltningens övriga deltagare", ["Enhetschef stadsmiljö", "Enhetschef förskola"]],
        ["Polisen kontakt", []],
      ],
    },
  ],
  header: ["Diarienummer: 6 av 14", "Lokalpolisområde Skärholmen", "Skärholmens stadsdelsförvaltning:"],
  footer: ["Bilaga 7.1"],
};

const read = async (data: Uint8Array) => readDocxDocument(data, "plan.docx");
const kinds = (blocks: readonly PlanBlock[]) => blocks.map((b) => b.kind);

describe("readDocxDocument", () => {
  it("reads headings, two-column rows, bullets and the title in order, skipping the table of contents", async () => {
    const doc = await read(await planDocx(MODEL));
    expect(doc.blocks).toEqual([
      {
        kind: "text",
        paragraphs: ["Åtgärdsplan för gemensamma prioriteringar", "Beskrivning och disposition"],
      },
      { kind: "heading", level: 1, nr: "1", title: "Riktat arbete i utsatta områden" },
      { kind: "field", label: "Övergripande mål och syfte", paragraphs: ["Att minska brottsligheten."] },
      { kind: "heading", level: 2, nr: "1.1", title: "Platssamverkan Vårberg" },
      {
        kind: "field",
        label: "Beskrivning och syfte",
        paragraphs: ["Mötena syftar till att:", "• Fånga upp frågor", "• Besluta och agera"],
      },
      {
        kind: "field",
        label: "Stadsdelsförvaltningens övriga deltagare",
        paragraphs: ["Enhetschef stadsmiljö", "Enhetschef förskola"],
      },
      { kind: "field", label: "Polisen kontakt", paragraphs: [] },
    ]);
  });

  it("keeps page headers and footers out of the content, as furniture", async () => {
    const doc = await read(await planDocx(MODEL));
    expect(JSON.stringify(doc.blocks)).not.toMatch(/Bilaga|Diarienummer|Lokalpolisområde/);
    expect(doc.furniture).toEqual([
      "Diarienummer: 6 av 14",
      "Lokalpolisområde Skärholmen",
      "Skärholmens stadsdelsförvaltning:",
      "Bilaga 7.1",
    ]);
  });

  it("takes bold paragraphs starting with a number as headings, and joins a label broken over two lines", async () => {
    const doc = await read(await planDocx(MODEL, { headings: "bold", breakLabelsLongerThan: 20 }));
    expect(doc.blocks.filter((b) => b.kind === "heading")).toEqual([
      { kind: "heading", level: 1, nr: "1", title: "Riktat arbete i utsatta områden" },
      { kind: "heading", level: 2, nr: "1.1", title: "Platssamverkan Vårberg" },
    ]);
    expect(
      doc.blocks.filter((b) => b.kind === "field").map((b) => (b.kind === "field" ? b.label : "")),
    ).toEqual([
      "Övergripande mål och syfte",
      "Beskrivning och syfte",
      "Stadsdelsförvaltningens övriga deltagare",
      "Polisen kontakt",
    ]);
  });

  it("leaves a heading's number to Word when Word numbers it", async () => {
    const doc = await read(await planDocx(MODEL, { wordNumbering: true }));
    expect(doc.blocks.filter((b) => b.kind === "heading")).toEqual([
      { kind: "heading", level: 1, nr: null, title: "Riktat arbete i utsatta områden" },
      { kind: "heading", level: 2, nr: null, title: "Platssamverkan Vårberg" },
    ]);
  });

  it("does not take a plain numbered paragraph for a heading", async () => {
    const doc = await read(await plainDocx(["1. Inte en rubrik", "Text"]));
    expect(doc.blocks).toEqual([{ kind: "text", paragraphs: ["1. Inte en rubrik", "Text"] }]);
  });

  it("splits a value cell's manual line breaks into lines and labels merged cells per row", async () => {
    const cell = (text: string, extra: object = {}) =>
      new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })], ...extra });
    const data = await docxOf([
      new Paragraph({ children: [new TextRun({ text: "1.1 Platssamverkan", bold: true })] }),
      new Table({
        rows: [
          new TableRow({
            children: [
              cell("Polisen", { verticalMerge: VerticalMergeType.RESTART }),
              cell("kontakt"),
              cell("Kommunpoliser"),
            ],
          }),
          new TableRow({
            children: [
              new TableCell({ children: [], verticalMerge: VerticalMergeType.CONTINUE }),
              cell("åtagande"),
              new TableCell({
                children: [
                  new Paragraph({
                    children: [new TextRun("Rad ett"), new TextRun({ text: "Rad två", break: 1 })],
                  }),
                ],
              }),
            ],
          }),
          new TableRow({ children: [cell(""), cell("Värde utan rubrik")] }),
        ],
      }),
    ]);
    const doc = await read(data);
    expect(doc.blocks).toEqual([
      { kind: "heading", level: 2, nr: "1.1", title: "Platssamverkan" },
      { kind: "field", label: "Polisen kontakt", paragraphs: ["Kommunpoliser"] },
      { kind: "field", label: "Polisen åtagande", paragraphs: ["Rad ett", "Rad två"] },
      { kind: "text", paragraphs: ["Värde utan rubrik"] },
    ]);
  });

  it("reads an empty Word document as no blocks", async () => {
    expect(kinds((await read(await plainDocx([]))).blocks)).toEqual([]);
  });

  it.each([
    ["an empty file", new Uint8Array(), /är tom/],
    [
      "bytes that are not a zip",
      new TextEncoder().encode("inte ett dokument"),
      /kan inte läsas som ett Word-dokument/,
    ],
    [
      "an old .doc (OLE) file",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      /äldre Word-dokument/,
    ],
  ])("throws an ImportError with a Swedish message for %s", async (_what, data, message) => {
    const error = await read(data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).userMessage).toMatch(message);
    expect((error as ImportError).userMessage).toContain('"plan.docx"');
  });

  it("throws an ImportError for a zip without a Word document in it", async () => {
    const zip = new JSZip();
    zip.file("hej.txt", "hej");
    const data = await zip.generateAsync({ type: "uint8array" });
    await expect(read(data)).rejects.toThrow(ImportError);
  });

  it("throws an ImportError for a document part that is not XML", async () => {
    const zip = await JSZip.loadAsync(await plainDocx(["Text"]));
    zip.file("word/document.xml", "<w:document><w:body>");
    const data = await zip.generateAsync({ type: "uint8array" });
    await expect(read(data)).rejects.toThrow(/kan inte läsas som ett Word-dokument/);
  });
});
