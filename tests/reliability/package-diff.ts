/**
 * The package diff: what a command did to a workbook package, part by part, independently
 * of the code under test. Every part of the original must still be there; a part the command
 * does not own must be byte for byte the same; a part it owns may only have gained: every
 * element, attribute and text of the original is still there, in order, except the
 * attributes and texts the command is allowed to change (a table's range, a count).
 */
import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import JSZip from "jszip";

export interface Allowance {
  /** Parts the command writes. */
  readonly owns: (part: string) => boolean;
  /** Attributes it may change, as `localName@attribute` (`*@count` for any element). */
  readonly attributes: ReadonlySet<string>;
  /** Elements whose text it may change, by local name. */
  readonly texts?: ReadonlySet<string>;
}

export async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files))
    if (!file.dir) parts.set(file.name, await file.async("uint8array"));
  return parts;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function parse(bytes: Uint8Array): Element {
  const root = new DOMParser().parseFromString(new TextDecoder().decode(bytes), "text/xml").documentElement;
  if (root === null) throw new Error("ingen XML");
  return root;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function meaningful(node: Node): boolean {
  return (
    isElement(node) || (node.nodeType === 3 && (node.nodeValue ?? "").trim() !== "") || node.nodeType === 4
  );
}

/** Whether `before` is found, unchanged but for what `allow` lets change, in `after`. */
function embeds(before: Element, after: Element, allow: Allowance): boolean {
  if (before.namespaceURI !== after.namespaceURI || before.localName !== after.localName) return false;
  for (const attribute of Array.from(before.attributes)) {
    const now = after.getAttributeNS(attribute.namespaceURI, attribute.localName ?? attribute.name);
    const changeable =
      allow.attributes.has(`${before.localName}@${attribute.name}`) ||
      allow.attributes.has(`*@${attribute.name}`);
    if (now === null || (now !== attribute.value && !changeable)) return false;
  }
  const textMayChange = allow.texts?.has(before.localName ?? "") === true;
  const children = Array.from(after.childNodes).filter(meaningful);
  let at = 0;
  for (const child of Array.from(before.childNodes).filter(meaningful)) {
    let found = false;
    while (at < children.length && !found) {
      const candidate = children[at++] as Node;
      if (isElement(child)) found = isElement(candidate) && embeds(child, candidate, allow);
      else
        found =
          candidate.nodeType === child.nodeType && (textMayChange || candidate.nodeValue === child.nodeValue);
    }
    if (!found) return false;
  }
  return true;
}

/** The text before the root element: the XML declaration and what follows it. */
function prolog(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes.subarray(0, 200));
  const root = /<[^?!]/.exec(text)?.index ?? 0;
  return text.slice(0, root);
}

/** What is wrong with `after` as an edit of `before`; empty when nothing. */
export async function packageProblems(
  before: Uint8Array,
  after: Uint8Array,
  allow: Allowance,
): Promise<string[]> {
  const was = await partsOf(before);
  const now = await partsOf(after);
  const problems: string[] = [];
  for (const [name, bytes] of was) {
    const written = now.get(name);
    if (written === undefined) {
      problems.push(`${name} saknas`);
    } else if (!allow.owns(name)) {
      if (!equalBytes(bytes, written)) problems.push(`${name} ändrades fast kommandot inte äger den`);
    } else if (/\.(?:xml|rels)$/.test(name) && !equalBytes(bytes, written)) {
      if (prolog(bytes) !== prolog(written)) problems.push(`${name}: XML-deklarationen ändrades`);
      if (!embeds(parse(bytes), parse(written), allow)) problems.push(`${name} tappade eller ändrade något`);
    }
  }
  return problems;
}

/** The parts that were added. */
export async function addedParts(before: Uint8Array, after: Uint8Array): Promise<string[]> {
  const was = await partsOf(before);
  return [...(await partsOf(after)).keys()].filter((name) => !was.has(name));
}
