/** A relationships part (`…/_rels/*.rels`): read, a relationship added or removed. */
import { childElements, newElement, NS, parseXml, rootOf, serializeXml, XML_DECLARATION } from "./xml";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** As written (relative to the source part's folder, or absolute from "/"). */
  readonly target: string;
  readonly external: boolean;
}

const EMPTY = `${XML_DECLARATION}<Relationships xmlns="${NS.packageRel}"></Relationships>`;

export function readRelationships(xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  return childElements(rootOf(parseXml(xml)), "Relationship").map((r) => ({
    id: r.getAttribute("Id") ?? "",
    type: r.getAttribute("Type") ?? "",
    target: r.getAttribute("Target") ?? "",
    external: r.getAttribute("TargetMode") === "External",
  }));
}

/** A relationship id the part does not use yet: rId1, rId2, … */
function freeId(taken: ReadonlySet<string>): string {
  for (let n = taken.size + 1; ; n++) if (!taken.has(`rId${n}`)) return `rId${n}`;
}

/** Adds a relationship (the part is created when there is none); returns its id. */
export function addRelationship(
  xml: string | undefined,
  relationship: { readonly type: string; readonly target: string },
): { xml: string; id: string } {
  const document = parseXml(xml ?? EMPTY);
  const root = rootOf(document);
  const id = freeId(new Set(childElements(root, "Relationship").map((r) => r.getAttribute("Id") ?? "")));
  root.appendChild(
    newElement(root, "Relationship", { Id: id, Type: relationship.type, Target: relationship.target }),
  );
  return { xml: serializeXml(document), id };
}

/** Removes the relationships with these ids. */
export function removeRelationships(xml: string, ids: ReadonlySet<string>): string {
  const document = parseXml(xml);
  const root = rootOf(document);
  for (const rel of childElements(root, "Relationship")) {
    if (ids.has(rel.getAttribute("Id") ?? "")) root.removeChild(rel);
  }
  return serializeXml(document);
}
