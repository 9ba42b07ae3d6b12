/**
 * XML of a package part through @xmldom/xmldom (browser-safe): parsed into a DOM, edited,
 * and written back with its declaration, namespaces and every element and attribute this
 * tool does not know, as they were.
 *
 * One thing a DOM would lose: a carriage return written as a character reference
 * (`&#13;`) in text. A parser turns it into the character, and a serializer writes the
 * character raw, which the next parser reads as a line feed. Such references are kept
 * aside before parsing and put back after serializing.
 */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  extendedProps: "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
  docPropsVTypes: "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
} as const;

/** Relationship types, as `Type` attributes write them. */
export const REL_TYPE = {
  worksheet: `${NS.rel}/worksheet`,
  table: `${NS.rel}/table`,
  styles: `${NS.rel}/styles`,
  sharedStrings: `${NS.rel}/sharedStrings`,
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
  officeDocument: `${NS.rel}/officeDocument`,
  extendedProperties: `${NS.rel}/extended-properties`,
  coreProperties: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
} as const;

const SHEETML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** Content types of the parts this tool writes. */
export const CONTENT_TYPE = {
  worksheet: `${SHEETML}.worksheet+xml`,
  table: `${SHEETML}.table+xml`,
  workbook: `${SHEETML}.sheet.main+xml`,
  styles: `${SHEETML}.styles+xml`,
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  extendedProperties: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  coreProperties: "application/vnd.openxmlformats-package.core-properties+xml",
} as const;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const CR_REFERENCE = /&#(?:0*13|[xX]0*[dD]);/g;
const HAS_CR_REFERENCE = /&#(?:0*13|[xX]0*[dD]);/;
const CR_KEEPERS = new WeakMap<Document, string>();
/** What came before the root element (declaration, line break), as the part had it. */
const PROLOGS = new WeakMap<Document, string>();

/** Where the root element starts: the first `<` not opening a declaration, comment or PI. */
function rootStart(text: string): number {
  for (let i = text.indexOf("<"); i !== -1; i = text.indexOf("<", i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next !== 0x3f && next !== 0x21) return i;
  }
  return 0;
}

/** A character the text does not hold, to stand in for `&#13;` while it is a DOM. */
function freeCharacter(text: string): string {
  for (let code = 0xe000; code <= 0xf8ff; code++) {
    const ch = String.fromCharCode(code);
    if (!text.includes(ch)) return ch;
  }
  throw new Error("Ingen ledig ersättningstecken för &#13;");
}

/** Parses a part; throws on anything that is not well-formed. */
export function parseXml(text: string): Document {
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let keeper: string | null = null;
  if (HAS_CR_REFERENCE.test(text)) {
    keeper = freeCharacter(text);
    source = source.replace(CR_REFERENCE, keeper);
  }
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(message);
    },
  }).parseFromString(source, "text/xml");
  if (keeper !== null) CR_KEEPERS.set(document, keeper);
  PROLOGS.set(document, source.slice(0, rootStart(source)));
  return document;
}

/** The part's XML again, declaration included. */
export function serializeXml(document: Document): string {
  const serialized = new XMLSerializer().serializeToString(document);
  const prolog = PROLOGS.get(document);
  const text = prolog === undefined ? serialized : prolog + serialized.slice(rootStart(serialized));
  const keeper = CR_KEEPERS.get(document);
  return keeper === undefined ? text : text.split(keeper).join("&#13;");
}

export function rootOf(document: Document): Element {
  const root = document.documentElement;
  if (root === null) throw new Error("XML utan rotelement");
  return root;
}

function isElement(node: Node | null): node is Element {
  return node !== null && node.nodeType === 1;
}

/** Direct child elements in the parent's namespace, optionally only those named `localName`. */
export function childElements(parent: Element, localName?: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (!isElement(node) || node.namespaceURI !== parent.namespaceURI) continue;
    if (localName === undefined || node.localName === localName) found.push(node);
  }
  return found;
}

export function childElement(parent: Element, localName: string): Element | undefined {
  return childElements(parent, localName)[0];
}

/** A new element in `parent`'s namespace, with its prefix (`x:row` where the part uses `x:`). */
export function newElement(
  parent: Element,
  localName: string,
  attributes: Record<string, string> = {},
): Element {
  const document = parent.ownerDocument;
  if (document === null) throw new Error("Elementet hör inte till något dokument");
  const qualified = parent.prefix ? `${parent.prefix}:${localName}` : localName;
  const element = document.createElementNS(parent.namespaceURI, qualified);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/**
 * Inserts `child` into `parent` where the schema puts it: before the first existing child
 * named in `followers` (the elements that come after it), else at the end.
 */
export function insertInOrder(parent: Element, child: Element, followers: readonly string[]): void {
  const next = childElements(parent).find((e) => followers.includes(e.localName ?? ""));
  parent.insertBefore(child, next ?? null);
}

/** The qualified name to use for `namespace`'s attribute `localName` on `element`. */
export function qualifiedAttribute(element: Element, namespace: string, localName: string): string {
  const prefix = element.lookupPrefix(namespace);
  return prefix === null ? localName : `${prefix}:${localName}`;
}

/** The namespace of namespace declarations: a declaration set in it is one the serializer knows. */
const XMLNS = "http://www.w3.org/2000/xmlns/";

/**
 * Sets an attribute in `namespace` (e.g. `r:id`), with the prefix the part already binds
 * to it; where none is bound, `preferredPrefix` is declared on the element. Call it once the
 * element is in the document: the prefix is looked up among its ancestors.
 */
export function setNamespacedAttribute(
  element: Element,
  namespace: string,
  preferredPrefix: string,
  localName: string,
  value: string,
): void {
  const prefix = element.lookupPrefix(namespace);
  if (prefix === null) element.setAttributeNS(XMLNS, `xmlns:${preferredPrefix}`, namespace);
  element.setAttributeNS(namespace, `${prefix ?? preferredPrefix}:${localName}`, value);
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

/** Entity and character references decoded (attribute values and text read by the scanner). */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(quot|apos|lt|gt|amp));/gi, (all, hex, dec, name) => {
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex as string, 16));
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    const named: Record<string, string> = { quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" };
    return named[(name as string).toLowerCase()] ?? all;
  });
}
