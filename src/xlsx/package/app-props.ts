/**
 * `docProps/app.xml`: the sheet names Excel lists in the file's properties (TitlesOfParts,
 * counted under HeadingPairs). A new sheet is added to the worksheets' group, whatever the
 * group is called in the language that saved the file; a file whose list does not match its
 * sheets is left alone (the list is informational, and Excel writes it anew on save).
 */
import type { Element } from "@xmldom/xmldom";
import { childElement, NS, parseXml, rootOf, serializeXml } from "./xml";

function vector(parent: Element | undefined): Element | undefined {
  if (parent === undefined) return undefined;
  return Array.from(parent.getElementsByTagNameNS(NS.docPropsVTypes, "vector"))[0];
}

function items(vectorElement: Element, name: string): Element[] {
  return Array.from(vectorElement.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === name,
  );
}

/** The app properties with `name` added after `sheets` (the workbook's sheets before it). */
export function addSheetTitle(xml: string, sheets: readonly string[], name: string): string {
  const document = parseXml(xml);
  const root = rootOf(document);
  const pairs = vector(childElement(root, "HeadingPairs"));
  const titles = vector(childElement(root, "TitlesOfParts"));
  if (pairs === undefined || titles === undefined) return xml;
  const variants = items(pairs, "variant");
  const names = items(titles, "lpstr");
  let offset = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const count = Array.from(variants[i + 1]?.getElementsByTagNameNS(NS.docPropsVTypes, "i4") ?? [])[0];
    if (count === undefined) return xml;
    const n = Number(count.textContent);
    if (!Number.isInteger(n)) return xml;
    const group = names.slice(offset, offset + n).map((e) => e.textContent ?? "");
    if (group.length === sheets.length && group.every((g, k) => g === sheets[k])) {
      const title = document.createElementNS(NS.docPropsVTypes, names[0]?.nodeName ?? "vt:lpstr");
      title.appendChild(document.createTextNode(name));
      titles.insertBefore(title, names[offset + n] ?? null);
      count.textContent = String(n + 1);
      titles.setAttribute("size", String(names.length + 1));
      return serializeXml(document);
    }
    offset += n;
  }
  return xml;
}
