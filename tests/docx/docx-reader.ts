/**
 * Reads a .docx back the way a docx parser does: word/document.xml and word/styles.xml with
 * JSZip and xmldom, paragraphs with their style's name (as Word's table of contents sees
 * them) and text.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface DocxParagraph {
  /** The style's name from styles.xml ("heading 1", "Title"), or null for Normal. */
  readonly style: string | null;
  readonly text: string;
}

export interface ReadDocx {
  readonly zip: JSZip;
  readonly document: Element;
  readonly paragraphs: readonly DocxParagraph[];
  readonly part: (path: string) => Promise<string>;
}

function parse(xml: string): Element {
  const root = new DOMParser().parseFromString(xml, "text/xml").documentElement;
  if (!root) throw new Error("ingen XML");
  return root;
}

/** A run's text: w:t as written, w:noBreakHyphen as "-", w:tab and w:br as a space. */
function textOf(el: Element): string {
  let text = "";
  for (const node of Array.from(el.getElementsByTagNameNS(W, "*"))) {
    if (node.localName === "t") text += node.textContent ?? "";
    else if (node.localName === "noBreakHyphen") text += "-";
  }
  return text;
}

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (path: string) => (await zip.file(path)?.async("string")) ?? "";
  const document = parse(await part("word/document.xml"));
  const styles = parse(await part("word/styles.xml"));
  const names = new Map<string, string>();
  for (const style of Array.from(styles.getElementsByTagNameNS(W, "style"))) {
    const name = style.getElementsByTagNameNS(W, "name")[0]?.getAttributeNS(W, "val");
    const id = style.getAttributeNS(W, "styleId");
    if (id && name) names.set(id, name);
  }
  const body = document.getElementsByTagNameNS(W, "body")[0];
  const paragraphs = Array.from(body?.getElementsByTagNameNS(W, "p") ?? []).map((p) => {
    const id = p.getElementsByTagNameNS(W, "pStyle")[0]?.getAttributeNS(W, "val") ?? null;
    return { style: id === null ? null : (names.get(id) ?? id), text: textOf(p) };
  });
  return { zip, document, paragraphs, part };
}
