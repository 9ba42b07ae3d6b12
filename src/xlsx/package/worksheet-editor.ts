/**
 * Edits to a worksheet part's XML as splices: the scanner (xml-scan.ts) finds the elements,
 * an element that changes is parsed with xmldom on its own (with the namespaces the part
 * declares) and written back in its place, and new elements go where the schema puts them.
 * Every byte outside what changes stays as it was, however large the part.
 */
import type { Element } from "@xmldom/xmldom";
import { applySplices, XmlScanner, type ElementSpan, type Splice } from "./xml-scan";
import { escapeAttribute, NS, parseXml, rootOf, serializeXml } from "./xml";

/** CT_Worksheet's children in schema order. */
export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

export type WorksheetChild = (typeof WORKSHEET_ORDER)[number];

export class WorksheetEditor {
  readonly scanner: XmlScanner;
  readonly root: ElementSpan;
  /** The prefix the part writes SpreadsheetML elements with, e.g. `x:`; usually empty. */
  readonly prefix: string;
  private readonly splices: Splice[] = [];
  private topLevel: ElementSpan[] | null = null;

  constructor(xml: string) {
    this.scanner = new XmlScanner(xml);
    this.root = this.scanner.root();
    const colon = this.root.name.indexOf(":");
    this.prefix = colon === -1 ? "" : this.root.name.slice(0, colon + 1);
  }

  get xml(): string {
    return this.scanner.xml;
  }

  /** The worksheet's child elements, as the part was read. */
  children(): ElementSpan[] {
    this.topLevel ??= this.scanner.children(this.root);
    return this.topLevel;
  }

  child(localName: WorksheetChild): ElementSpan | undefined {
    return this.children().find((c) => c.localName === localName);
  }

  /** The namespace declarations of the root element, as attribute text. */
  private declarations(): string {
    return this.scanner
      .attributes(this.root)
      .filter((a) => a.name === "xmlns" || a.name.startsWith("xmlns:"))
      .map((a) => `${a.name}="${escapeAttribute(a.value)}"`)
      .join(" ");
  }

  /** The prefix (with colon) bound to the relationships namespace at the root, or null. */
  relationshipPrefix(): string | null {
    const declared = this.scanner
      .attributes(this.root)
      .find((a) => a.value === NS.rel && a.name.startsWith("xmlns:"));
    return declared === undefined ? null : `${declared.name.slice("xmlns:".length)}:`;
  }

  /** An `r:id` attribute for a new element, declaring the namespace on it where the root does not. */
  relationshipAttribute(id: string): string {
    const prefix = this.relationshipPrefix();
    const value = escapeAttribute(id);
    return prefix === null ? `xmlns:r="${NS.rel}" r:id="${value}"` : `${prefix}id="${value}"`;
  }

  /** A SpreadsheetML element name with the part's prefix. */
  qualified(localName: string): string {
    return `${this.prefix}${localName}`;
  }

  replace(span: ElementSpan, text: string): void {
    this.splices.push({ start: span.start, end: span.end, text });
  }

  splice(splice: Splice): void {
    this.splices.push(splice);
  }

  /**
   * Parses the element with xmldom, lets `edit` change it, and puts the result in its place.
   * `edit` may remove the element (it is then removed from the part).
   */
  editElement(span: ElementSpan, edit: (element: Element) => void): void {
    const wrapped = `<atgardsplan-wrap ${this.declarations()}>${this.scanner.text(span)}</atgardsplan-wrap>`;
    const document = parseXml(wrapped);
    // The wrapper holds exactly the element's text, so its first child is the element, in
    // whatever namespace the part writes it (`<x:dimension>` is not in the wrapper's).
    edit(rootOf(document).firstChild as Element);
    const text = serializeXml(document);
    const inner = text.slice(text.indexOf(">") + 1, text.lastIndexOf("</atgardsplan-wrap>"));
    this.replace(span, inner);
  }

  /** Inserts a new top-level element (its XML) where the schema puts `localName`. */
  insertChild(localName: WorksheetChild, text: string): void {
    const followers = WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(localName) + 1) as readonly string[];
    const next = this.children().find((c) => followers.includes(c.localName));
    const at = next?.start ?? this.root.closeStart;
    this.splices.push({ start: at, end: at, text });
  }

  /** Whether anything was changed. */
  get changed(): boolean {
    return this.splices.length > 0;
  }

  toString(): string {
    return applySplices(this.xml, this.splices);
  }
}
