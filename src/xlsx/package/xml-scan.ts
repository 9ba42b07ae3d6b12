/**
 * Where elements are in a large part's XML text, without building a DOM of it. A worksheet
 * part can hold a hundred megabytes of cells; an edit needs a few rows and elements of it.
 * The scanner reads tags (skipping comments, CDATA sections and processing instructions,
 * and `>` inside quoted attribute values) and gives each element's offsets, so that an edit
 * replaces exactly what it changes and leaves every other byte of the part as it was.
 */
import { decodeXml } from "./xml";

/** An element's place in the text. */
export interface ElementSpan {
  /** The name as written, e.g. `row` or `x:row`. */
  readonly name: string;
  readonly localName: string;
  /** Offset of its `<`. */
  readonly start: number;
  /** Offset just after its start tag. */
  readonly openEnd: number;
  /** Offset of its end tag (its end, for an empty element written `<a/>`). */
  readonly closeStart: number;
  /** Offset just after it. */
  readonly end: number;
}

export interface Attribute {
  readonly name: string;
  /** Decoded. */
  readonly value: string;
}

interface Tag {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly closing: boolean;
  readonly empty: boolean;
}

/** The rest of a tag after `<`: attribute values may hold `>`. */
const TAG_REST = /[^"'>]*(?:(?:"[^"]*"|'[^']*')[^"'>]*)*>/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function isNameEnd(code: number): boolean {
  // whitespace, "/", ">"
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;
}

function malformed(at: number): Error {
  return new Error(`Felaktig XML vid tecken ${at}`);
}

export class XmlScanner {
  /** Offsets of comments, CDATA sections and processing instructions (rare in a part). */
  private readonly hazards: number[] = [];

  constructor(readonly xml: string) {
    for (const marker of ["<!--", "<![CDATA[", "<?"]) {
      for (let i = xml.indexOf(marker); i !== -1; i = xml.indexOf(marker, i + 1)) this.hazards.push(i);
    }
    this.hazards.sort((a, b) => a - b);
  }

  private hazardBetween(from: number, to: number): boolean {
    let low = 0;
    let high = this.hazards.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.hazards[mid] ?? 0) < from) low = mid + 1;
      else high = mid;
    }
    return low < this.hazards.length && (this.hazards[low] ?? Infinity) < to;
  }

  /** Skips a comment, CDATA section, processing instruction or declaration at `i`. */
  private skipSpecial(i: number): number | null {
    const { xml } = this;
    const pairs: [string, string][] = [
      ["<!--", "-->"],
      ["<![CDATA[", "]]>"],
      ["<?", "?>"],
      ["<!", ">"],
    ];
    for (const [open, close] of pairs) {
      if (!xml.startsWith(open, i)) continue;
      const end = xml.indexOf(close, i + open.length);
      if (end === -1) throw malformed(i);
      return end + close.length;
    }
    return null;
  }

  private nextTag(from: number): Tag | null {
    const { xml } = this;
    let i = xml.indexOf("<", from);
    while (i !== -1) {
      const skipped = this.skipSpecial(i);
      if (skipped !== null) {
        i = xml.indexOf("<", skipped);
        continue;
      }
      TAG_REST.lastIndex = i + 1;
      if (TAG_REST.exec(xml) === null) throw malformed(i);
      const end = TAG_REST.lastIndex;
      const closing = xml.charCodeAt(i + 1) === 0x2f;
      let nameEnd = i + (closing ? 2 : 1);
      while (nameEnd < end && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
      const name = xml.slice(i + (closing ? 2 : 1), nameEnd);
      return { start: i, end, name, closing, empty: !closing && xml.charCodeAt(end - 2) === 0x2f };
    }
    return null;
  }

  private span(tag: Tag, closeStart: number, end: number): ElementSpan {
    const colon = tag.name.indexOf(":");
    return {
      name: tag.name,
      localName: colon === -1 ? tag.name : tag.name.slice(colon + 1),
      start: tag.start,
      openEnd: tag.end,
      closeStart,
      end,
    };
  }

  /** `<name` at `at` opening an element of exactly that name. */
  private opensAt(at: number, name: string): boolean {
    return at !== -1 && isNameEnd(this.xml.charCodeAt(at + name.length + 1));
  }

  /** The element that `tag` starts. */
  private element(tag: Tag): ElementSpan {
    if (tag.empty) return this.span(tag, tag.end, tag.end);
    const { xml } = this;
    // Fast path: the next end tag of the name closes it when no element of the same name
    // opens in between and nothing there needs the full scan.
    let close = xml.indexOf(`</${tag.name}`, tag.end);
    while (close !== -1 && !isNameEnd(xml.charCodeAt(close + tag.name.length + 2))) {
      close = xml.indexOf(`</${tag.name}`, close + 1);
    }
    if (close !== -1 && !this.hazardBetween(tag.end, close)) {
      let inner = xml.indexOf(`<${tag.name}`, tag.end);
      while (inner !== -1 && inner < close && !this.opensAt(inner, tag.name)) {
        inner = xml.indexOf(`<${tag.name}`, inner + 1);
      }
      if (inner === -1 || inner > close) {
        const end = xml.indexOf(">", close) + 1;
        return this.span(tag, close, end);
      }
    }
    let depth = 1;
    for (let next = this.nextTag(tag.end); next !== null; next = this.nextTag(next.end)) {
      if (next.closing) depth--;
      else if (!next.empty) depth++;
      if (depth === 0) return this.span(tag, next.start, next.end);
    }
    throw malformed(tag.start);
  }

  /** The document element. */
  root(): ElementSpan {
    for (let tag = this.nextTag(0); tag !== null; tag = this.nextTag(tag.end)) {
      if (!tag.closing) return this.element(tag);
    }
    throw malformed(0);
  }

  /** The element's child elements in order. */
  children(parent: ElementSpan): ElementSpan[] {
    const found: ElementSpan[] = [];
    let at = parent.openEnd;
    while (at < parent.closeStart) {
      const tag = this.nextTag(at);
      if (tag === null || tag.start >= parent.closeStart || tag.closing) break;
      const child = this.element(tag);
      found.push(child);
      at = child.end;
    }
    return found;
  }

  /** The first child named `localName`. */
  child(parent: ElementSpan, localName: string): ElementSpan | undefined {
    return this.children(parent).find((c) => c.localName === localName);
  }

  /** The attributes of the element's start tag, in order. */
  attributes(element: ElementSpan): Attribute[] {
    const tag = this.xml.slice(element.start + element.name.length + 1, element.openEnd);
    return [...tag.matchAll(ATTRIBUTE)].map((m) => ({
      name: m[1] ?? "",
      value: decodeXml(m[2] ?? m[3] ?? ""),
    }));
  }

  attribute(element: ElementSpan, name: string): string | undefined {
    return this.attributes(element).find((a) => a.name === name)?.value;
  }

  text(element: ElementSpan): string {
    return this.xml.slice(element.start, element.end);
  }
}

/** A replacement of `[start, end)` by `text`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The text with the splices made (they must not overlap; order does not matter). */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  if (splices.length === 0) return xml;
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let at = 0;
  for (const splice of sorted) {
    if (splice.start < at) throw new Error("Ändringar i samma del av XML överlappar");
    pieces.push(xml.slice(at, splice.start), splice.text);
    at = splice.end;
  }
  pieces.push(xml.slice(at));
  return pieces.join("");
}
