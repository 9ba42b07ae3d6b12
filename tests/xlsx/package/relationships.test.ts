/**
 * A relationships part on small hand-written parts: an external target (a hyperlink) told
 * from a part, relationship ids that are always free and the same for the same part, and
 * relationships removed by id.
 */
import { describe, expect, it } from "vitest";
import {
  addRelationship,
  readRelationships,
  removeRelationships,
} from "../../../src/xlsx/package/relationships";
import { NS, REL_TYPE } from "../../../src/xlsx/package/xml";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function rels(...ids: string[]): string {
  const items = ids.map(
    (id) => `<Relationship Id="${id}" Type="${REL_TYPE.table}" Target="../tables/${id}.xml"/>`,
  );
  return `${DECLARATION}<Relationships xmlns="${NS.packageRel}">${items.join("")}</Relationships>`;
}

describe("readRelationships", () => {
  it("tells an external target from a part, and reads a relationship missing attributes as empty", () => {
    const xml =
      `${DECLARATION}<Relationships xmlns="${NS.packageRel}">` +
      '<Relationship Id="rId1" Type="t/hyperlink" Target="https://polisen.se/" TargetMode="External"/>' +
      '<Relationship Id="rId2" Type="t/drawing" Target="../drawings/drawing1.xml" TargetMode="Internal"/>' +
      "<Relationship/></Relationships>";
    expect(readRelationships(xml)).toEqual([
      { id: "rId1", type: "t/hyperlink", target: "https://polisen.se/", external: true },
      { id: "rId2", type: "t/drawing", target: "../drawings/drawing1.xml", external: false },
      { id: "", type: "", target: "", external: false },
    ]);
  });

  it("reads no part as no relationships", () => {
    expect(readRelationships(undefined)).toEqual([]);
  });
});

describe("addRelationship", () => {
  it.each([
    [[], "rId1"],
    [["rId1", "rId2"], "rId3"],
    [["rId1", "rId3"], "rId4"],
    [["rId3", "rId4"], "rId5"],
    [["rId2", "rId3", "rId9"], "rId4"],
  ])("to ids %j adds %s", (ids, id) => {
    const added = addRelationship(ids.length === 0 ? undefined : rels(...ids), {
      type: REL_TYPE.worksheet,
      target: "worksheets/sheet2.xml",
    });
    expect(added.id).toBe(id);
    expect(readRelationships(added.xml).map((r) => r.id)).toEqual([...ids, id]);
  });
});

describe("removeRelationships", () => {
  it("removes the relationships with the ids given and keeps the others as they were", () => {
    expect(removeRelationships(rels("rId1", "rId2", "rId3", "rId4"), new Set(["rId2", "rId4", "rId7"]))).toBe(
      rels("rId1", "rId3"),
    );
  });
});
