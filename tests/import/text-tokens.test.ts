import { describe, expect, it } from "vitest";
import { matchLabel, tokenizeText, type TextToken } from "../../src/import/text-tokens";

const lines = (...text: string[]) => text.join("\n");

describe("matchLabel", () => {
  it.each<[string, string, ReturnType<typeof matchLabel>]>([
    ["a label and its value", "Löptid Tillsvidare", { label: "Löptid", rest: "Tillsvidare", colon: false }],
    ["a label alone", "Löptid", { label: "Löptid", rest: "", colon: false }],
    [
      "a label with a colon",
      "Mötesfrekvens: varje vecka",
      { label: "Mötesfrekvens", rest: "varje vecka", colon: true },
    ],
    [
      "a label with a space before its colon",
      "Mötesfrekvens : varje vecka",
      { label: "Mötesfrekvens", rest: "varje vecka", colon: true },
    ],
    [
      "a label with no space after its colon",
      "Mötesfrekvens:varje vecka",
      { label: "Mötesfrekvens", rest: "varje vecka", colon: true },
    ],
    ["a label with only a colon", "Mötesfrekvens:", { label: "Mötesfrekvens", rest: "", colon: true }],
    [
      "a label whose value has a colon further on",
      "Löptid Tillsvidare, se: bilaga",
      { label: "Löptid", rest: "Tillsvidare, se: bilaga", colon: false },
    ],
    ["a label's words in lower case (a wrapped value)", "löptid Tillsvidare", null],
    ["a word that only begins like a label", "Löptiden är ett år", null],
    ["running text", "Arbetet pågår hela året", null],
  ])("%s: %j", (_what, line, expected) => {
    expect(matchLabel(line)).toEqual(expected);
  });
});

describe("tokenizeText", () => {
  it("gives one token per line, in order, and none after the last line", () => {
    const tokens: TextToken[] = tokenizeText(
      lines(
        "1.1 Platssamverkan Vårberg",
        "Löptid Tillsvidare",
        "Mötesfrekvens: varje vecka",
        "",
        "Bilaga 7.1",
        "  fortsatt text om mötena",
        "Hej och hopp",
      ),
    );
    expect(tokens).toEqual([
      {
        kind: "heading",
        level: 2,
        nr: "1.1",
        title: "Platssamverkan Vårberg",
        line: "1.1 Platssamverkan Vårberg",
      },
      { kind: "label", label: "Löptid", rest: "Tillsvidare", colon: false, line: "Löptid Tillsvidare" },
      {
        kind: "label",
        label: "Mötesfrekvens",
        rest: "varje vecka",
        colon: true,
        line: "Mötesfrekvens: varje vecka",
      },
      { kind: "blank" },
      { kind: "furniture", text: "Bilaga 7.1" },
      { kind: "text", text: "fortsatt text om mötena", indented: true },
      { kind: "text", text: "Hej och hopp", indented: false },
    ]);
  });

  it("joins a label wrapped over two lines with blank lines between them into one token", () => {
    expect(
      tokenizeText(
        lines("Stadsdelsförvaltningens övriga ", "", " ", "deltagare Enhetschef stadsmiljö", "Kultur"),
      ),
    ).toEqual([
      {
        kind: "label",
        label: "Stadsdelsförvaltningens övriga deltagare",
        rest: "Enhetschef stadsmiljö",
        colon: false,
        line: "Stadsdelsförvaltningens övriga deltagare Enhetschef stadsmiljö",
      },
      { kind: "text", text: "Kultur", indented: false },
    ]);
  });

  it("keeps the first words of a label as text when the next line does not finish it", () => {
    expect(tokenizeText(lines("Uppföljning", "sker varje vecka"))).toEqual([
      { kind: "text", text: "Uppföljning", indented: false },
      { kind: "text", text: "sker varje vecka", indented: false },
    ]);
  });

  it("keeps the first words of a label as text when only blank lines follow them", () => {
    expect(tokenizeText(lines("Arbetet fortsätter", "Uppföljning", "", ""))).toEqual([
      { kind: "text", text: "Arbetet fortsätter", indented: false },
      { kind: "text", text: "Uppföljning", indented: false },
      { kind: "blank" },
      { kind: "blank" },
    ]);
  });

  it("drops a leading byte order mark", () => {
    expect(tokenizeText(lines("\uFEFFLöptid Tillsvidare", "Arbetet fortsätter"))).toEqual([
      { kind: "label", label: "Löptid", rest: "Tillsvidare", colon: false, line: "Löptid Tillsvidare" },
      { kind: "text", text: "Arbetet fortsätter", indented: false },
    ]);
  });

  it("keeps a zero-width no-break space inside the text: it is the user's, not a byte order mark", () => {
    expect(tokenizeText(lines("Löptid Tillsvidare", "Text\uFEFFmed tecken"))).toEqual([
      { kind: "label", label: "Löptid", rest: "Tillsvidare", colon: false, line: "Löptid Tillsvidare" },
      { kind: "text", text: "Text\uFEFFmed tecken", indented: false },
    ]);
  });

  it("removes soft hyphens and zero-width spaces that Word leaves in wrapped words", () => {
    expect(tokenizeText("Verk\u00adsam\u200bheten fortsätter")).toEqual([
      { kind: "text", text: "Verksamheten fortsätter", indented: false },
    ]);
  });
});
