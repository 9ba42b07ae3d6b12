/**
 * The document properties' sheet list on small hand-written parts: the new sheet goes into
 * the group that lists the workbook's sheets, wherever that group stands and however the
 * part is indented; a list that does not match the sheets, or a count that is no number, is
 * left alone.
 */
import { describe, expect, it } from "vitest";
import { addSheetTitle } from "../../../src/xlsx/package/app-props";
import { NS } from "../../../src/xlsx/package/xml";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** app.xml with these groups (heading, titles); `count` overrides a group's written count. */
function app(groups: readonly (readonly [string, readonly string[], string?])[], indent = ""): string {
  const pairs = groups
    .map(
      ([heading, titles, count]) =>
        `${indent}<vt:variant><vt:lpstr>${heading}</vt:lpstr></vt:variant>${indent}` +
        `<vt:variant>${count ?? `<vt:i4>${titles.length}</vt:i4>`}</vt:variant>`,
    )
    .join("");
  const titles = groups.flatMap(([, t]) => t);
  return (
    `${DECLARATION}<Properties xmlns="${NS.extendedProps}" xmlns:vt="${NS.docPropsVTypes}">${indent}` +
    `<HeadingPairs>${indent}<vt:vector size="${groups.length * 2}" baseType="variant">${pairs}${indent}</vt:vector>${indent}</HeadingPairs>${indent}` +
    `<TitlesOfParts>${indent}<vt:vector size="${titles.length}" baseType="lpstr">` +
    `${titles.map((t) => `${indent}<vt:lpstr>${t}</vt:lpstr>`).join("")}${indent}</vt:vector>${indent}</TitlesOfParts>${indent}` +
    "</Properties>"
  );
}

describe("addSheetTitle", () => {
  it.each([
    ["the only group", [["Kalkylblad", ["Plan", "Uppföljning"]]] as const, ""],
    ["the only group, indented", [["Kalkylblad", ["Plan", "Uppföljning"]]] as const, "\n  "],
    [
      "the group after another",
      [
        ["Diagram", ["Diagram1"]],
        ["Kalkylblad", ["Plan", "Uppföljning"]],
        ["Namngivna områden", ["Plan!Print_Area"]],
      ] as const,
      "",
    ],
  ])("adds the sheet to %s and counts it", (_, groups, indent) => {
    const after = addSheetTitle(app(groups, indent), ["Plan", "Uppföljning"], "Rapport T1 2026");
    const grown = groups.map(([heading, titles]) =>
      heading === "Kalkylblad"
        ? ([heading, [...titles, "Rapport T1 2026"]] as const)
        : ([heading, titles] as const),
    );
    // Added as the last title, the new one follows the indentation before the vector's end.
    const last = "Rapport T1 2026</vt:lpstr>";
    expect(after).toBe(app(grown, indent).replace(`${last}${indent}</vt:vector>`, `${last}</vt:vector>`));
  });

  it.each([
    [
      "lists fewer sheets than the workbook has",
      [["Kalkylblad", ["Plan"]]] as const,
      ["Plan", "Uppföljning"],
    ],
    ["lists more sheets than the workbook has", [["Kalkylblad", ["Plan", "Gammal"]]] as const, ["Plan"]],
    ["lists other sheets", [["Kalkylblad", ["Plan", "Gammal"]]] as const, ["Plan", "Uppföljning"]],
    ["counts with no number", [["Kalkylblad", [], "<vt:i4>x</vt:i4>"]] as const, []],
    ["counts with no integer", [["Kalkylblad", ["Plan"], "<vt:i4>0.5</vt:i4>"]] as const, []],
    ["counts with no i4", [["Kalkylblad", [], "<vt:lpstr>0</vt:lpstr>"]] as const, []],
  ])("leaves a part alone that %s", (_, groups, sheets) => {
    const xml = app(groups);
    expect(addSheetTitle(xml, sheets, "Rapport T1 2026")).toBe(xml);
  });

  it.each([
    ["HeadingPairs", /<HeadingPairs>.*<\/HeadingPairs>/],
    ["TitlesOfParts", /<TitlesOfParts>.*<\/TitlesOfParts>/],
  ])("leaves a part alone that has no %s", (_, element) => {
    const xml = app([["Kalkylblad", ["Plan"]]]).replace(element, "");
    expect(xml).not.toMatch(element);
    expect(addSheetTitle(xml, ["Plan"], "Rapport T1 2026")).toBe(xml);
  });
});
