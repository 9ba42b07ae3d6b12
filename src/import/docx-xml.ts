/**
 * Reading WordprocessingML with @xmldom/xmldom (browser-safe): elements in the `w:`
 * namespace, a paragraph's text, and the styles a paragraph can take its heading level,
 * numbering and boldness from.
 */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Parses XML; throws on anything that is not well-formed. */
export function parseXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(message);
    },
  }).parseFromString(xml, "text/xml");
}

/** An element in the `w:` namespace (text, comments and other nodes have no namespace). */
function isW(node: unknown, name?: string): node is Element {
  const element = node as Element;
  return element.namespaceURI === W && (name === undefined || element.localName === name);
}

/** Direct `w:` children, optionally only those named `name`. */
export function wChildren(element: Element, name?: string): Element[] {
  const result: Element[] = [];
  for (let node = element.firstChild; node !== null; node = node.nextSibling) {
    if (isW(node, name)) result.push(node);
  }
  return result;
}

export function wChild(element: Element | undefined, name: string): Element | undefined {
  return element === undefined ? undefined : wChildren(element, name)[0];
}

/** The `w:val` attribute. */
export function wVal(element: Element | undefined): string | null {
  return element?.getAttributeNS(W, "val") ?? null;
}

/** A toggle property (`w:b`) that is on: present and not `w:val="0"`/`false`/`off`. */
export function isOn(element: Element | undefined): boolean {
  if (element === undefined) return false;
  const value = wVal(element)?.toLowerCase();
  return value !== "0" && value !== "false" && value !== "off";
}

/** Word's bullet from the Symbol font: w:sym with w:char F0B7 (hex, in either case). */
function isSymbolBullet(sym: Element): boolean {
  return sym.getAttributeNS(W, "char")?.toUpperCase() === "F0B7";
}

/**
 * A paragraph's text: runs in order, tabs as spaces, line breaks as "\n". Deleted text and
 * field instructions (w:delText, w:instrText: not w:t) are left out, and so is what other
 * namespaces hold (markup-compatibility alternatives, equations); Word's symbol bullet
 * (w:sym F0B7) is kept as a bullet.
 */
export function paragraphRawText(paragraph: Element): string {
  let text = "";
  const walk = (element: Element) => {
    for (let node = element.firstChild; node !== null; node = node.nextSibling) {
      if (!isW(node)) continue;
      const name = node.localName;
      if (name === "t") text += node.textContent ?? "";
      else if (name === "tab" || name === "ptab") text += " ";
      else if (name === "br" || name === "cr") text += "\n";
      else if (name === "noBreakHyphen") text += "-";
      else if (name === "sym") text += isSymbolBullet(node) ? "\uf0b7 " : "";
      // Deleted runs and the paragraph's properties (its tab stops are w:tab) hold no text.
      else if (name !== "del" && name !== "pPr") walk(node);
    }
  };
  walk(paragraph);
  return text;
}

export interface StyleInfo {
  /** 1 or 2 for a heading style ("Heading 1", "Rubrik 2"), else null. */
  readonly headingLevel: number | null;
  readonly numbered: boolean;
  readonly bold: boolean;
  /** A table-of-contents style ("TOC 1", "Innehåll 1"). */
  readonly toc: boolean;
}

const HEADING_NAME = /^(?:heading|rubrik)\s*(\d)$/i;
const TOC_NAME = /^(?:toc|innehåll|innehll)\s*\d*$/i;

/** Paragraph styles by style id, from word/styles.xml. */
export function readStyles(document: Document | null): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (document === null) return styles;
  for (const style of Array.from(document.getElementsByTagNameNS(W, "style"))) {
    const id = style.getAttributeNS(W, "styleId");
    // Paragraphs name their style by id (w:pStyle); without one, a style would be keyed "",
    // the key every paragraph without w:pStyle looks up.
    if (!id) continue;
    const name = wVal(wChild(style, "name")) ?? "";
    const pPr = wChild(style, "pPr");
    const level = HEADING_NAME.exec(id)?.[1] ?? HEADING_NAME.exec(name)?.[1];
    const outline = wVal(wChild(pPr, "outlineLvl"));
    styles.set(id, {
      headingLevel: level !== undefined ? Number(level) : outline !== null ? Number(outline) + 1 : null,
      numbered: wChild(pPr, "numPr") !== undefined,
      bold: isOn(wChild(wChild(style, "rPr"), "b")),
      toc: TOC_NAME.test(id) || TOC_NAME.test(name),
    });
  }
  return styles;
}
