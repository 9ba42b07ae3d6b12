/**
 * The report as a Word document (.docx): the same report document the sheet is drawn from,
 * with real headings (Rubrik 1 per area, Rubrik 2 per activity, so that Word's table of
 * contents works), tables with the coloured statuses, the chart as a picture, A4 pages
 * numbered "sida N av M" in a footer that names the district and the period. What belongs
 * on one page (an activity, a heading and what follows it) is kept together.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
} from "docx";
import type { ChartBlock, DocBlock, ReportDocument } from "../plan";
import { chartPicture } from "./chart-image";
import { docxTable, TABLE_STYLES, TEXT_WIDTH_TWIPS, type KeepRows } from "./docx-table";
import { textRun } from "./docx-text";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const MARGIN = 1134;
/** The picture's width in pixels at 96 dpi: the width between the margins. */
const PICTURE_WIDTH = Math.floor((TEXT_WIDTH_TWIPS / 1440) * 96);

type Part = Paragraph | FileChild;

class DocxBuilder {
  readonly parts: Part[] = [];
  private breakBefore = false;

  private paragraph(options: ConstructorParameters<typeof Paragraph>[0] & object): void {
    this.parts.push(new Paragraph({ ...options, pageBreakBefore: this.breakBefore }));
    this.breakBefore = false;
  }

  /** Renders a block; `keep` says which of its paragraphs and rows stay with what follows. */
  block(block: DocBlock, keep: KeepRows): void {
    const keepNext = keep !== "none";
    switch (block.kind) {
      case "title":
        block.lines.forEach((line, i) => {
          if (i === 0) this.paragraph({ heading: HeadingLevel.TITLE, children: [textRun(line.text)] });
          else this.paragraph({ children: [textRun(line.text, { bold: line.style === "subheading" })] });
        });
        return;
      case "heading":
        this.paragraph({ heading: HEADINGS[block.level], keepNext: true, children: [textRun(block.text)] });
        return;
      case "text":
        this.paragraph({
          keepNext: keep === "all",
          children: [textRun(block.text, block.style === "note" ? { italics: true, size: 18 } : {})],
        });
        return;
      case "table":
        if (this.breakBefore) this.paragraph({ children: [] });
        this.parts.push(docxTable(block, keep));
        this.paragraph({ keepNext: keep === "all", spacing: { after: 0 }, children: [] });
        return;
      case "chart":
        this.chart(block, keepNext);
        return;
      case "keep":
        block.blocks.forEach((inner, i) => {
          const last = i === block.blocks.length - 1;
          this.block(inner, last && !block.withNext ? "all-but-last" : "all");
        });
        return;
      case "page-break":
        this.breakBefore = true;
        return;
    }
  }

  private chart(block: ChartBlock, keepNext: boolean): void {
    const picture = chartPicture(block);
    const height = Math.round((PICTURE_WIDTH * picture.height) / picture.width);
    this.paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: "png",
          data: picture.png,
          transformation: { width: PICTURE_WIDTH, height },
          altText: { name: "Diagram", title: block.title, description: block.title },
        }),
      ],
    });
    this.paragraph({ keepNext, children: [textRun(block.title, { italics: true, size: 18 })] });
  }
}

function footer(text: string): Footer {
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) =>
    new TextRun({ children, size: 18 });
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          run([`${text} – sida `]),
          run([PageNumber.CURRENT]),
          run([" av "]),
          run([PageNumber.TOTAL_PAGES]),
        ],
      }),
    ],
  });
}

/** A heading style: its look, kept with what follows, and its outline level (0 for Rubrik 1). */
const HEADING_LOOK = (size: number, color: string, before: number, outlineLevel: number) => ({
  run: { font: "Calibri", size, bold: true, color },
  paragraph: { spacing: { before, after: 80 }, keepNext: true, keepLines: true, outlineLevel },
});

/** The report document as .docx bytes. */
export async function reportDocx(doc: ReportDocument): Promise<Uint8Array> {
  const builder = new DocxBuilder();
  for (const block of doc.blocks) builder.block(block, "none");
  const document = new Document({
    creator: "atgardsplan",
    title: doc.name,
    description: doc.footer,
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 20, language: { value: "sv-SE" } } },
        title: {
          run: { font: "Calibri", size: 36, bold: true, color: "000000" },
          paragraph: { spacing: { after: 80 } },
        },
        heading1: HEADING_LOOK(28, "1F3864", 360, 0),
        heading2: HEADING_LOOK(24, "000000", 240, 1),
        heading3: HEADING_LOOK(22, "000000", 200, 2),
      },
      paragraphStyles: [...TABLE_STYLES],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838, orientation: PageOrientation.PORTRAIT },
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, footer: 567, header: 567 },
          },
        },
        footers: { default: footer(doc.footer) },
        children: builder.parts,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
