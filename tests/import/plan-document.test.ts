import { describe, expect, it } from "vitest";
import { parseHeading } from "../../src/import/plan-document";

describe("parseHeading", () => {
  it.each([
    ["1. Riktat arbete i utsatta områden", { level: 1, nr: "1", title: "Riktat arbete i utsatta områden" }],
    ["12. Trygghet i skolan", { level: 1, nr: "12", title: "Trygghet i skolan" }],
    ["1.1 Platssamverkan Vårberg", { level: 2, nr: "1.1", title: "Platssamverkan Vårberg" }],
    ["1.2", { level: 2, nr: "1.2", title: "" }],
  ])("reads %j as a heading", (line, heading) => {
    expect(parseHeading(line)).toEqual(heading);
  });

  it.each([
    // Numbers start at 1: a "0." line is a list in the text, not an area.
    "0. Inledning",
    // A title starts with a capital; a number before lower-case words is running text.
    "2. per område",
    "1. per år i Skärholmen",
    "1.1 gånger per vecka",
    // An area's number needs its dot, also when a dot comes later in the line.
    "1 Riktat arbete",
    "1 Riktat arbete, steg 2.",
  ])("reads %j as text, not a heading", (line) => {
    expect(parseHeading(line)).toBeNull();
  });
});
