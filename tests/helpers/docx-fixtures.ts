/**
 * Builds plan documents as .docx files with the `docx` package, laid out like Bilaga 7.1:
 * a title, an introduction, a table of contents, then per area and activity a numbered
 * heading and a two-column table (label | value). Options vary what Word users do:
 * heading styles or bold paragraphs, numbers typed or numbered by Word, labels broken over
 * two lines, bullet lists, page headers and footers.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { PlanDocumentModel, SeedSection } from "./seed-plan";

export interface DocxLayout {
  /** "styles": Heading 1/2 paragraphs; "bold": plain bold paragraphs. Default "styles". */
  readonly headings?: "styles" | "bold";
  /** Let Word number the headings (numbering on the style, no number in the text). */
  readonly wordNumbering?: boolean;
  /** "toc": entries in Word's TOC styles; "headings": typed like the headings. Default "toc". */
  readonly contents?: "toc" | "headings";
  /** Labels longer than this many characters are broken over two lines in their cell. */
  readonly breakLabelsLongerThan?: number;
  /** Page header and footer lines (defaults: the model's). */
  readonly header?: readonly string[];
  readonly footer?: readonly string[];
}

const BULLET = "• ";

function valueParagraph(text: string): Paragraph {
  if (text.startsWith(BULLET)) {
    return new Paragraph({ text: text.slice(BULLET.length), numbering: { reference: "bullets", level: 0 } });
  }
  const lines = text.split("\n");
  return new Paragraph({
    children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })),
  });
}

function labelParagraph(label: string, breakLongerThan: number | undefined): Paragraph {
  if (breakLongerThan === undefined || label.length <= breakLongerThan) {
    return new Paragraph({ children: [new TextRun({ text: label, bold: true })] });
  }
  const words = label.split(" ");
  const half = Math.ceil(words.length / 2);
  return new Paragraph({
    children: [
      new TextRun({ text: words.slice(0, half).join(" "), bold: true }),
      new TextRun({ text: words.slice(half).join(" "), bold: true, break: 1 }),
    ],
  });
}

function heading(section: Pick<SeedSection, "level" | "nr" | "title">, layout: DocxLayout): Paragraph {
  const number = section.level === 1 ? `${section.nr}.` : section.nr;
  const text = layout.wordNumbering ? section.title : `${number} ${section.title}`;
  if (layout.headings === "bold") return new Paragraph({ children: [new TextRun({ text, bold: true })] });
  return new Paragraph({
    text,
    heading: section.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    ...(layout.wordNumbering ? { numbering: { reference: "headings", level: section.level - 1 } } : {}),
  });
}

function rowsTable(section: SeedSection, layout: DocxLayout): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: section.rows.map(
      ([label, paragraphs]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 30, type: WidthType.PERCENTAGE },
              children: [labelParagraph(label, layout.breakLabelsLongerThan)],
            }),
            new TableCell({
              width: { size: 70, type: WidthType.PERCENTAGE },
              children: paragraphs.length > 0 ? paragraphs.map(valueParagraph) : [new Paragraph("")],
            }),
          ],
        }),
    ),
  });
}

function contents(model: PlanDocumentModel, layout: DocxLayout): Paragraph[] {
  if (layout.contents === "headings") {
    return model.contents.map((entry) => {
      const match = /^(\d+(?:\.\d+)?)\.?\s+(.*)$/.exec(entry);
      const nr = match?.[1] ?? "";
      return heading(
        { level: nr.includes(".") ? 2 : 1, nr, title: match?.[2] ?? entry },
        { ...layout, wordNumbering: false },
      );
    });
  }
  return model.contents.map(
    (entry) => new Paragraph({ style: /^\d+\.\s/.test(entry) ? "TOC1" : "TOC2", text: entry }),
  );
}

/** The plan document as .docx bytes. */
export async function planDocx(model: PlanDocumentModel, layout: DocxLayout = {}): Promise<Uint8Array> {
  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
    ...model.intro.map((text) => new Paragraph(text)),
    ...contents(model, layout),
    ...model.afterContents.map((text) => new Paragraph(text)),
  ];
  for (const section of model.sections) {
    body.push(heading(section, layout));
    if (section.rows.length > 0) body.push(rowsTable(section, layout));
    body.push(new Paragraph(""));
  }
  // A header or footer paragraph: "\n" is a line break within it, "\t" a tab.
  const furnitureRun = (line: string, i: number) =>
    new TextRun({
      break: i > 0 ? 1 : 0,
      children: line.split("\t").flatMap((part, j) => (j > 0 ? [new Tab(), part] : [part])),
    });
  const lines = (texts: readonly string[]) =>
    texts.map(
      (text) =>
        new Paragraph({
          children: text
            .replace(/: (?!\t)/, ":\t")
            .split("\n")
            .map((line, i) => furnitureRun(line, i)),
        }),
    );
  const document = new Document({
    numbering: {
      config: [
        {
          reference: "bullets",
          levels: [{ level: 0, format: LevelFormat.BULLET, text: "\uf0b7", alignment: AlignmentType.LEFT }],
        },
        {
          reference: "headings",
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2", alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: lines(layout.header ?? model.header) }) },
        footers: { default: new Footer({ children: lines(layout.footer ?? model.footer) }) },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A valid .docx with only the given paragraphs (no plan in it). */
export function plainDocx(paragraphs: readonly string[]): Promise<Uint8Array> {
  return docxOf(paragraphs.map((text) => new Paragraph(text)));
}

/** A .docx whose body is exactly `children` (for layouts the plan model does not cover). */
export async function docxOf(children: readonly (Paragraph | Table)[]): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: [...children] }] });
  return new Uint8Array(await Packer.toBuffer(document));
}
