/**
 * The scanner that finds elements in a large part without a DOM: each element whole, past
 * comments, CDATA sections, processing instructions and declarations that hold what looks
 * like markup, past nested elements of the same name and names that begin with it; a clear
 * message for what is not XML; and splices made in any order.
 */
import { describe, expect, it } from "vitest";
import { applySplices, XmlScanner } from "../../../src/xlsx/package/xml-scan";

/** The root's name and its children's names and whole text. */
function shape(xml: string): { root: string; children: [string, string][] } {
  const scanner = new XmlScanner(xml);
  const root = scanner.root();
  return { root: root.name, children: scanner.children(root).map((c) => [c.localName, scanner.text(c)]) };
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return "inget fel";
}

describe("XmlScanner", () => {
  it.each<[string, string, [string, string][]]>([
    ["a comment holding > and a tag", "<r><!-- a > <x/> --><y/></r>", [["y", "<y/>"]]],
    ["a comment ending in what looks like a start tag", "<r><!-- <ab--><y/></r>", [["y", "<y/>"]]],
    ["a CDATA section holding > and a tag", "<r><![CDATA[ b > <x/> ]]><y/></r>", [["y", "<y/>"]]],
    ["a processing instruction holding > and a tag", "<r><?p c > <x/> ?><y/></r>", [["y", "<y/>"]]],
    [
      "a comment holding the end tag, right after the start tag",
      "<r><a><!-- </a> --></a></r>",
      [["a", "<a><!-- </a> --></a>"]],
    ],
    [
      "a comment holding the end tag, after a processing instruction",
      "<?p?><r><b/><a><!-- </a> --></a></r>",
      [
        ["b", "<b/>"],
        ["a", "<a><!-- </a> --></a>"],
      ],
    ],
    ["text holding --> before a comment", "<r>x--><!--c--><y/></r>", [["y", "<y/>"]]],
    [
      "an element nested in one of the same name",
      "<r><a><a></a></a><b/></r>",
      [
        ["a", "<a><a></a></a>"],
        ["b", "<b/>"],
      ],
    ],
    [
      "a child whose name begins with the parent's",
      "<r><c><col></col></c><d/></r>",
      [
        ["c", "<c><col></col></c>"],
        ["d", "<d/>"],
      ],
    ],
    ["text after the last child", "<r><x/>\n</r>", [["x", "<x/>"]]],
    [
      "a comment and line breaks before the root",
      '<?xml version="1.0"?>\n<!--c-->\n<r><x/></r>',
      [["x", "<x/>"]],
    ],
    ["a doctype whose system literal holds a tag", '<!DOCTYPE r SYSTEM "<x/>"><r><y/></r>', [["y", "<y/>"]]],
    [
      "tab, line feed and carriage return after names",
      '<r\tn="1"><a\nb="2"></a\n><c\rd="3"/></r>',
      [
        ["a", '<a\nb="2"></a\n>'],
        ["c", '<c\rd="3"/>'],
      ],
    ],
  ])("finds each element whole: %s", (_, xml, children) => {
    expect(shape(xml)).toEqual({ root: "r", children });
  });

  it("finds a child by its local name, the first of that name", () => {
    const scanner = new XmlScanner('<x:r xmlns:x="u"><x:a n="0"/><x:b n="1"/><x:b n="2"/></x:r>');
    const root = scanner.root();
    const b = scanner.child(root, "b");
    expect(b && { name: b.name, n: scanner.attribute(b, "n") }).toEqual({ name: "x:b", n: "1" });
    expect(scanner.child(root, "c")).toBeUndefined();
  });

  it("reads an element's own attributes, decoded, not those before it", () => {
    const scanner = new XmlScanner(`<r><a b="1"/><longername c="2" d='&lt;3&gt;'/></r>`);
    const [, second] = scanner.children(scanner.root());
    expect(scanner.attributes(second!)).toEqual([
      { name: "c", value: "2" },
      { name: "d", value: "<3>" },
    ]);
  });

  it.each([
    ["an unclosed comment", "<!-- <r/>", "Felaktig XML vid tecken 0"],
    ["nothing", "", "Felaktig XML vid tecken 0"],
    ["text without tags", "hej", "Felaktig XML vid tecken 0"],
    ["an unclosed start tag", '<r><a x="1"', "Felaktig XML vid tecken 3"],
    ["a root without its end tag", "<r><x/>", "Felaktig XML vid tecken 0"],
  ])("says where the XML is broken: %s", (_, xml, message) => {
    expect(messageOf(() => shape(xml))).toBe(message);
  });
});

describe("applySplices", () => {
  it.each([
    ["none", [], "0123456789"],
    [
      "an insertion and a replacement at one place, given in either order",
      [
        { start: 3, end: 5, text: "B" },
        { start: 3, end: 3, text: "A" },
      ],
      "012AB56789",
    ],
    [
      "a replacement and an insertion at its end, given last first",
      [
        { start: 5, end: 5, text: "C" },
        { start: 3, end: 5, text: "B" },
        { start: 0, end: 1, text: "" },
      ],
      "12BC56789",
    ],
  ])("makes the splices: %s", (_, splices, expected) => {
    expect(applySplices("0123456789", splices)).toBe(expected);
  });

  it("refuses splices that overlap", () => {
    const splices = [
      { start: 4, end: 8, text: "y" },
      { start: 2, end: 6, text: "x" },
    ];
    expect(messageOf(() => applySplices("0123456789", splices))).toBe(
      "Ändringar i samma del av XML överlappar",
    );
  });
});
