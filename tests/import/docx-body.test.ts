import { describe, expect, it } from "vitest";
import type { PlanBlock } from "../../src/import";
import { readBodyBlocks } from "../../src/import/docx-body";
import { parseXml, readStyles, W, type StyleInfo } from "../../src/import/docx-xml";

// Small WordprocessingML bodies built as text. Every test parses its own body inside `it`,
// so that the mutation run sees the code under test run with each mutant switched on.

const run = (text: string, bold = false) =>
  `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
/** A manual line break, then `text`, in one run. */
const brokenRun = (text: string) => `<w:r><w:br/><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (content: string, pPr = "") => `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}${content}</w:p>`;
const para = (text: string, pPr = "") => p(run(text), pPr);
const EMPTY_P = "<w:p/>";
const pStyle = (id: string) => `<w:pStyle w:val="${id}"/>`;
const numPr = (numId: string) => `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`;
const outline = (level: number) => `<w:outlineLvl w:val="${level}"/>`;

const cell = (content: string, tcPr = "") =>
  `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/>${tcPr}</w:tcPr>${content}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join("")}</w:tbl>`;
const sdt = (content: string) => `<w:sdt><w:sdtPr/><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
const customXml = (content: string) => `<w:customXml w:element="avsnitt">${content}</w:customXml>`;
const SECT_PR = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';

const style = (info: Partial<StyleInfo>): StyleInfo => ({
  headingLevel: null,
  numbered: false,
  bold: false,
  toc: false,
  ...info,
});

function read(body: string, styles: ReadonlyMap<string, StyleInfo> = new Map()): PlanBlock[] {
  const document = parseXml(`<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  const element = document.getElementsByTagNameNS(W, "body")[0];
  if (element === undefined) throw new Error("no body");
  return readBodyBlocks(element, styles);
}

const AREA = { kind: "heading", level: 1, nr: "1", title: "Riktat arbete" } as const;
const text = (...paragraphs: string[]): PlanBlock => ({ kind: "text", paragraphs });

describe("readBodyBlocks: what makes a paragraph a heading, a list item or text", () => {
  const styles = new Map<string, StyleInfo>([
    ["Overskrift", style({ headingLevel: 2 })],
    ["Listpunkt", style({ numbered: true })],
    ["Fet", style({ bold: true })],
  ]);
  const cases: [string, string, PlanBlock[]][] = [
    [
      "outline level 0 makes a plain numbered line an area heading",
      para("1. Riktat arbete", outline(0)),
      [AREA],
    ],
    [
      "outline level 2 (a third-level heading) is not a plan heading",
      para("1.1 Platssamverkan Vårberg", outline(2)),
      [text("1.1 Platssamverkan Vårberg")],
    ],
    ["a heading style id needs no styles part", para("1. Riktat arbete", pStyle("Rubrik1")), [AREA]],
    [
      "a style's heading level counts when its id names no level",
      para("1.1 Platssamverkan Vårberg", pStyle("Overskrift")),
      [{ kind: "heading", level: 2, nr: "1.1", title: "Platssamverkan Vårberg" }],
    ],
    [
      "a list style makes a list item",
      para("Fånga upp frågor", pStyle("Listpunkt")),
      [text("• Fånga upp frågor")],
    ],
    ["numbering makes a list item", para("Fånga upp frågor", numPr("3")), [text("• Fånga upp frågor")]],
    [
      "numbering switched off (numId 0) is no list item",
      para("Fånga upp frågor", numPr("0")),
      [text("Fånga upp frågor")],
    ],
    ["a bold style makes a numbered line a heading", para("1. Riktat arbete", pStyle("Fet")), [AREA]],
    [
      "bold runs make a heading though a run holding only a space is not bold",
      p(run("1. Riktat arbete", true) + run(" ")),
      [AREA],
    ],
    [
      "a run with text is not bold even if it also holds a blank text",
      p(run("1. Riktat", true) + '<w:r><w:t xml:space="preserve"> </w:t><w:t>arbete</w:t></w:r>'),
      [text("1. Riktat arbete")],
    ],
    ["a partly bold line is text", p(run("1.", true) + run(" Riktat arbete")), [text("1. Riktat arbete")]],
    [
      "a line only in a tracked insertion, not bold, is text",
      p(
        `<w:ins w:id="1" w:author="Strateg" w:date="2026-01-12T09:00:00Z">${run("1. Riktat arbete")}</w:ins>`,
      ),
      [text("1. Riktat arbete")],
    ],
    [
      "a numbered list item broken over two lines gets one bullet",
      p(run("Fånga upp frågor") + brokenRun("och besluta"), numPr("3")),
      [text("• Fånga upp frågor", "och besluta")],
    ],
    [
      "a numbered line that starts with Word's symbol bullet gets no second bullet",
      p('<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t>Fånga upp frågor</w:t></w:r>', numPr("3")),
      [text("• Fånga upp frågor")],
    ],
    [
      "a heading broken over two lines keeps a space between them",
      p(run("1. Riktat arbete") + brokenRun("i utsatta områden"), pStyle("Heading1")),
      [{ kind: "heading", level: 1, nr: "1", title: "Riktat arbete i utsatta områden" }],
    ],
    [
      "a numbered heading-styled line without a number in its text is a heading without Nr",
      para("Riktat arbete", pStyle("Heading1") + numPr("3")),
      [{ kind: "heading", level: 1, nr: null, title: "Riktat arbete" }],
    ],
  ];
  it.each(cases)("%s", (_name, body, expected) => {
    expect(read(body, styles)).toEqual(expected);
  });
});

describe("readBodyBlocks: styles", () => {
  it("gives a paragraph without a style nothing of a style that has no id", () => {
    const styles = readStyles(
      parseXml(
        `<w:styles xmlns:w="${W}"><w:style w:type="paragraph"><w:name w:val="heading 1"/>` +
          '<w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2">' +
          '<w:name w:val="heading 2"/></w:style></w:styles>',
      ),
    );
    expect(
      read(para("1. Riktat arbete") + para("1.1 Platssamverkan Vårberg", pStyle("Heading2")), styles),
    ).toEqual([
      text("1. Riktat arbete"),
      { kind: "heading", level: 2, nr: "1.1", title: "Platssamverkan Vårberg" },
    ]);
  });
});

describe("readBodyBlocks: tables of contents", () => {
  const cases: [string, boolean, Map<string, StyleInfo>][] = [
    ["TOC1", true, new Map()],
    ["TOC", true, new Map()],
    ["innehll2", true, new Map()],
    ["TOCHeading", false, new Map()],
    ["Listtoc", false, new Map()],
    ["Forteckning1", true, new Map([["Forteckning1", style({ toc: true })]])],
  ];
  it.each(cases)("a paragraph styled %s is skipped: %s", (id, skipped, styles) => {
    const blocks = read(para("Platssamverkan Vårberg 3", pStyle(id)) + para("Brödtext"), styles);
    expect(blocks).toEqual([skipped ? text("Brödtext") : text("Platssamverkan Vårberg 3", "Brödtext")]);
  });
});

describe("readBodyBlocks: tables", () => {
  it("reads a cell's nested table, content controls and custom XML as the cell's paragraphs", () => {
    const value =
      table(row(cell(para("Polisen")), cell(para("Skolan")))) +
      sdt(para("Fritidsgården")) +
      customXml(para("Biblioteket")) +
      EMPTY_P;
    expect(read(table(row(cell(para("Deltagare")), cell(value))))).toEqual([
      {
        kind: "field",
        label: "Deltagare",
        paragraphs: ["Polisen", "Skolan", "Fritidsgården", "Biblioteket"],
      },
    ]);
  });

  it("takes a one-cell row as a heading or text, and an empty row as nothing", () => {
    const blocks = read(
      table(
        row(cell(para("1.1") + para("Platssamverkan Vårberg"))),
        row(cell(EMPTY_P)),
        row(cell(para("Syfte")), cell(para("Att minska brottsligheten."))),
        row(cell(para("Mötena hålls varje månad."))),
        "<w:tr><w:trPr/></w:tr>",
      ),
    );
    expect(blocks).toEqual([
      { kind: "heading", level: 2, nr: "1.1", title: "Platssamverkan Vårberg" },
      { kind: "field", label: "Syfte", paragraphs: ["Att minska brottsligheten."] },
      text("Mötena hålls varje månad."),
    ]);
  });

  it("takes a row without a label as text, and a row of empty cells as nothing", () => {
    const blocks = read(
      table(
        row(cell(para("Syfte")), cell(para("Att minska brottsligheten."))),
        row(cell(EMPTY_P), cell(EMPTY_P)),
        row(cell(para("Mål")), cell(para("Färre anmälda brott."))),
        row(cell(EMPTY_P), cell(para("Utan etikett."))),
      ),
    );
    expect(blocks).toEqual([
      { kind: "field", label: "Syfte", paragraphs: ["Att minska brottsligheten."] },
      { kind: "field", label: "Mål", paragraphs: ["Färre anmälda brott."] },
      text("Utan etikett."),
    ]);
  });

  it("gives a merged-down cell with nothing above it no label", () => {
    const blocks = read(table(row(cell(EMPTY_P, "<w:vMerge/>"), cell(para("Värde utan etikett.")))));
    expect(blocks).toEqual([text("Värde utan etikett.")]);
  });

  it("finds the label merged down from above by its grid column, counting spanned columns", () => {
    const blocks = read(
      table(
        row(
          cell(para("Planering"), '<w:gridSpan w:val="2"/>'),
          cell(para("Ansvarig"), '<w:vMerge w:val="restart"/>'),
          cell(para("Polisen")),
        ),
        row(cell(para("Vår")), cell(para("Höst")), cell(EMPTY_P, "<w:vMerge/>"), cell(para("Skolan"))),
      ),
    );
    expect(blocks).toEqual([
      { kind: "field", label: "Planering Ansvarig", paragraphs: ["Polisen"] },
      { kind: "field", label: "Vår Höst Ansvarig", paragraphs: ["Skolan"] },
    ]);
  });
});

describe("readBodyBlocks: the body", () => {
  it("reads content controls and custom XML in place, and joins loose text up to the next heading", () => {
    const blocks = read(
      para("Inledning") +
        sdt(para("Ingår i inledningen")) +
        customXml(para("Också inledning")) +
        "<w:sdt><w:sdtPr/></w:sdt>" +
        para("1. Riktat arbete", pStyle("Heading1")) +
        para("Brödtext") +
        table(row(cell(para("Text i en tabell")))) +
        SECT_PR,
    );
    expect(blocks).toEqual([
      text("Inledning", "Ingår i inledningen", "Också inledning"),
      AREA,
      text("Brödtext", "Text i en tabell"),
    ]);
  });
});
