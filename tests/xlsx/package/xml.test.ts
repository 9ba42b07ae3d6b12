/**
 * A part's XML through the DOM and back: what the part had before its root, carriage
 * returns written as `&#13;`, characters the part already holds, and the small DOM helpers
 * the part edits use (children in the part's namespace, new elements with the part's prefix,
 * schema order, `r:id`, escaping and decoding).
 */
import { DOMImplementation } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import {
  childElements,
  decodeXml,
  escapeAttribute,
  insertInOrder,
  newElement,
  parseXml,
  rootOf,
  serializeXml,
  setNamespacedAttribute,
} from "../../../src/xlsx/package/xml";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Every private-use character from U+E000 up to (not including) `last`. */
function privateUseBelow(last: number): string {
  let text = "";
  for (let code = 0xe000; code < last; code++) text += String.fromCharCode(code);
  return text;
}

function roundTrip(xml: string): string {
  return serializeXml(parseXml(xml));
}

describe("parseXml and serializeXml", () => {
  it.each([
    ["a line break before the root", "\n<a/>"],
    ["a declaration spaced as the parser would not write it", '<?xml  version="1.0" ?>\n<a/>'],
    ["a line break and a processing instruction before the root", "\n<?p  x?><a/>"],
    ["a declaration, comment and CRLFs before the root", '<?xml version="1.0"?>\r\n<!--c-->\r\n<a/>'],
    ["text reading null", "<a>null</a>"],
    ["a private-use character next to &#13;", "<a>\uE000&#13;</a>"],
    ["U+FFFD, which the parser only warns about", "<a>\uFFFD</a>"],
  ])("gives the part back as it was: %s", (_, xml) => {
    expect(roundTrip(xml)).toBe(xml);
  });

  it("drops a byte order mark (the zip entry is UTF-8 without one)", () => {
    expect(roundTrip("\uFEFF<a>x</a>")).toBe("<a>x</a>");
  });

  it.each([
    ["an end tag that does not match", "<a><b></a>"],
    ["an entity XML does not define", "<a>&foo;</a>"],
    ["a second root", "<a/><b/>"],
  ])("refuses a part that is not well-formed: %s", (_, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });

  it("keeps &#13; when the part holds every private-use character but the last", () => {
    const xml = `<a>${privateUseBelow(0xf8ff)}&#13;</a>`;
    expect(roundTrip(xml)).toBe(xml);
  });

  it("says so when no private-use character is left to stand in for &#13;", () => {
    const all = privateUseBelow(0xf900);
    expect(() => parseXml(`<a>${all}&#13;</a>`)).toThrow("Ingen ledig ersättningstecken för &#13;");
    // Without a &#13; nothing needs to stand in for it.
    expect(roundTrip(`<a>${all}</a>`)).toBe(`<a>${all}</a>`);
  });
});

describe("DOM helpers", () => {
  it("rootOf refuses a document without an element", () => {
    const empty = new DOMImplementation().createDocument(null, "");
    expect(() => rootOf(empty)).toThrow("XML utan rotelement");
  });

  it("childElements gives only child elements in the parent's namespace", () => {
    const root = rootOf(parseXml('<a xmlns="m" xmlns:x="o">text<b/><!--c--><x:c/><d n="1"/><d n="2"/></a>'));
    expect(childElements(root).map((e) => e.localName)).toEqual(["b", "d", "d"]);
    expect(childElements(root, "d").map((e) => e.getAttribute("n"))).toEqual(["1", "2"]);
    const plain = rootOf(parseXml("<a>text<b/> <c/></a>"));
    expect(childElements(plain).map((e) => e.localName)).toEqual(["b", "c"]);
  });

  it("newElement writes the parent's prefix, or none where the part has none", () => {
    const prefixed = parseXml('<x:r xmlns:x="m"/>');
    rootOf(prefixed).appendChild(newElement(rootOf(prefixed), "row", { r: "1" }));
    expect(serializeXml(prefixed)).toBe('<x:r xmlns:x="m"><x:row r="1"/></x:r>');
    const plain = parseXml('<r xmlns="m"/>');
    rootOf(plain).appendChild(newElement(rootOf(plain), "row", { r: "1" }));
    expect(serializeXml(plain)).toBe('<r xmlns="m"><row r="1"/></r>');
  });

  it("insertInOrder puts the element before its first follower, else last", () => {
    const document = parseXml("<r><a/><c/><d/></r>");
    const root = rootOf(document);
    insertInOrder(root, newElement(root, "b"), ["d", "c"]);
    insertInOrder(root, newElement(root, "e"), ["z"]);
    expect(serializeXml(document)).toBe("<r><a/><b/><c/><d/><e/></r>");
  });

  it("setNamespacedAttribute uses the prefix the part binds", () => {
    const document = parseXml(`<w xmlns="m" xmlns:rel="${REL}"><s/></w>`);
    const sheet = childElements(rootOf(document))[0]!;
    setNamespacedAttribute(sheet, REL, "r", "id", "rId1");
    expect(serializeXml(document)).toBe(`<w xmlns="m" xmlns:rel="${REL}"><s rel:id="rId1"/></w>`);
  });

  it("setNamespacedAttribute declares the prefix once where the part binds none", () => {
    const document = parseXml('<w xmlns="m"><s/></w>');
    const sheet = childElements(rootOf(document))[0]!;
    setNamespacedAttribute(sheet, REL, "r", "id", "rId1");
    const xml = serializeXml(document);
    expect(xml).toBe(`<w xmlns="m"><s xmlns:r="${REL}" r:id="rId1"/></w>`);
    expect(childElements(rootOf(parseXml(xml)))[0]!.getAttributeNS(REL, "id")).toBe("rId1");
  });

  it("escapeAttribute escapes what an attribute value cannot hold as it is", () => {
    expect(escapeAttribute('a"b\tc\nd\re<&>')).toBe("a&quot;b&#9;c&#10;d&#13;e&lt;&amp;&gt;");
  });
});

describe("decodeXml", () => {
  it.each([
    ["Möte i centrum", "Möte i centrum"],
    ["&amp;&lt;&gt;&quot;&apos;", "&<>\"'"],
    ["T&#229;g &#xE5;t &#x2014; &#10;&#x1F600;", "Tåg åt \u2014 \n\u{1F600}"],
    ["&foo; & &#;", "&foo; & &#;"],
  ])("decodes %j", (text, decoded) => {
    expect(decodeXml(text)).toBe(decoded);
  });
});
