/**
 * The body of a Word document → blocks: headings, labelled rows from tables (label cell(s),
 * value cell) and loose paragraphs. Tables of contents (TOC styles) are skipped: they
 * repeat the headings.
 */
import type { Element } from "@xmldom/xmldom";
import {
  BULLET,
  cleanLine,
  paragraphText,
  parseHeading,
  type HeadingBlock,
  type PlanBlock,
} from "./plan-document";
import { isOn, paragraphRawText, wChild, wChildren, wVal, type StyleInfo } from "./docx-xml";

const HEADING_ID = /^(?:heading|rubrik)\s*(\d)$/i;

interface ParagraphInfo {
  /** Lines of the paragraph (a manual line break starts a new line). */
  readonly lines: string[];
  readonly headingLevel: number | null;
  readonly numbered: boolean;
  readonly bold: boolean;
  readonly toc: boolean;
}

function paragraphInfo(p: Element, styles: ReadonlyMap<string, StyleInfo>): ParagraphInfo {
  const pPr = wChild(p, "pPr");
  const styleId = wVal(wChild(pPr, "pStyle")) ?? "";
  // readStyles keeps no style without an id, so a paragraph without a style ("") finds none.
  const style = styles.get(styleId);
  const numPr = wChild(pPr, "numPr");
  const numId = wVal(wChild(numPr, "numId"));
  const outline = wVal(wChild(pPr, "outlineLvl"));
  const runs = wChildren(p, "r").filter((r) => wChildren(r, "t").some((t) => /\S/.test(t.textContent ?? "")));
  const runsBold = runs.length > 0 && runs.every((r) => isOn(wChild(wChild(r, "rPr"), "b")));
  const idLevel = HEADING_ID.exec(styleId)?.[1];
  return {
    lines: paragraphRawText(p)
      .split("\n")
      .map((line) => cleanLine(line))
      .filter((line) => line !== ""),
    headingLevel:
      outline !== null
        ? Number(outline) + 1
        : idLevel !== undefined
          ? Number(idLevel)
          : (style?.headingLevel ?? null),
    numbered: numPr !== undefined ? numId !== "0" : (style?.numbered ?? false),
    bold: runsBold || (style?.bold ?? false),
    toc: style?.toc ?? /^(?:toc|innehll)\d*$/i.test(styleId),
  };
}

/** The paragraph's lines as block paragraphs: a list item (numbering) starts with "• ". */
function listLines(info: ParagraphInfo): string[] {
  return info.lines.map((line, i) => {
    const text = paragraphText(line);
    return info.numbered && i === 0 && !text.startsWith(BULLET) ? `${BULLET}${text}` : text;
  });
}

/** A body paragraph (one line at least) as a heading, if it is one. */
function asHeading(info: ParagraphInfo): HeadingBlock | null {
  const text = info.lines.join(" ");
  const parsed = parseHeading(text);
  const styled = info.headingLevel === 1 || info.headingLevel === 2;
  if (parsed && (styled || info.bold)) return { kind: "heading", ...parsed };
  if (!parsed && styled && info.numbered) {
    return { kind: "heading", level: info.headingLevel as 1 | 2, nr: null, title: text };
  }
  return null;
}

/** A cell's paragraphs (nested tables flattened), list items as "• ". */
function cellParagraphs(cell: Element, styles: ReadonlyMap<string, StyleInfo>): string[] {
  const result: string[] = [];
  for (const child of wChildren(cell)) {
    if (child.localName === "p") {
      result.push(...listLines(paragraphInfo(child, styles)));
    } else if (child.localName === "tbl") {
      for (const row of wChildren(child, "tr")) {
        for (const inner of wChildren(row, "tc")) result.push(...cellParagraphs(inner, styles));
      }
    } else if (child.localName === "sdt" || child.localName === "customXml") {
      result.push(...cellParagraphs(wChild(child, "sdtContent") ?? child, styles));
    }
  }
  return result;
}

/** One table row: label cell(s), then the value cell. A one-cell row is a heading or text. */
function rowBlock(cells: readonly string[][]): PlanBlock | null {
  if (cells.length <= 1) {
    const text = cells[0] ?? [];
    const heading = parseHeading(text.join(" "));
    if (heading) return { kind: "heading", ...heading };
    return text.length > 0 ? { kind: "text", paragraphs: text } : null;
  }
  const value = cells[cells.length - 1] ?? [];
  const label = cleanLine(cells.slice(0, -1).flat().join(" "));
  if (label !== "") return { kind: "field", label, paragraphs: value };
  return value.length > 0 ? { kind: "text", paragraphs: value } : null;
}

/** Rows of a table as blocks; a label cell merged down (vMerge) labels every row it spans. */
function tableBlocks(table: Element, styles: ReadonlyMap<string, StyleInfo>): PlanBlock[] {
  const blocks: PlanBlock[] = [];
  const merged = new Map<number, string[]>();
  for (const row of wChildren(table, "tr")) {
    const cells: string[][] = [];
    let column = 0;
    for (const cell of wChildren(row, "tc")) {
      const tcPr = wChild(cell, "tcPr");
      const vMerge = wChild(tcPr, "vMerge");
      const continued = vMerge !== undefined && wVal(vMerge) !== "restart";
      const paragraphs = continued ? (merged.get(column) ?? []) : cellParagraphs(cell, styles);
      merged.set(column, paragraphs);
      cells.push(paragraphs);
      column += Number(wVal(wChild(tcPr, "gridSpan")) ?? "1") || 1;
    }
    const block = rowBlock(cells);
    if (block) blocks.push(block);
  }
  return blocks;
}

/** The body's blocks in reading order. */
export function readBodyBlocks(body: Element, styles: ReadonlyMap<string, StyleInfo>): PlanBlock[] {
  const blocks: PlanBlock[] = [];
  // Loose paragraphs in a row join one text block, the open one (none after a heading or a
  // field). Its list grows in place: copying it for every paragraph made reading a long
  // document take quadratic time.
  let open: string[] | null = null;
  const add = (block: PlanBlock) => {
    if (block.kind !== "text") {
      blocks.push(block);
      open = null;
    } else if (open !== null) {
      for (const paragraph of block.paragraphs) open.push(paragraph);
    } else {
      open = [...block.paragraphs];
      blocks.push({ kind: "text", paragraphs: open });
    }
  };
  const visit = (parent: Element) => {
    for (const child of wChildren(parent)) {
      if (child.localName === "p") {
        const info = paragraphInfo(child, styles);
        if (info.toc || info.lines.length === 0) continue;
        add(asHeading(info) ?? { kind: "text", paragraphs: listLines(info) });
      } else if (child.localName === "tbl") {
        for (const block of tableBlocks(child, styles)) add(block);
      } else if (child.localName === "sdt") {
        const content = wChild(child, "sdtContent");
        if (content) visit(content);
      } else if (child.localName === "customXml") {
        visit(child);
      }
    }
  };
  visit(body);
  return blocks;
}
