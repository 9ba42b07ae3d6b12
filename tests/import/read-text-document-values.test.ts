/**
 * How readTextDocument hands values to labels: labels with a colon, runs of labels sharing
 * paragraphs, and the blank lines that decide where a wrapped value's paragraphs break.
 */
import { describe, expect, it } from "vitest";
import { readTextDocument } from "../../src/import";
import type { PlanBlock } from "../../src/import";

const lines = (...text: string[]) => text.join("\n");

function fields(blocks: readonly PlanBlock[]): [string, readonly string[]][] {
  return blocks.flatMap((b) =>
    b.kind === "field" ? [[b.label, b.paragraphs] as [string, readonly string[]]] : [],
  );
}

describe("readTextDocument: labels with a colon", () => {
  it("reads 'Mötesfrekvens:' as the label when no label of that name follows it", () => {
    const doc = readTextDocument(
      lines(
        "Löptid Tillsvidare",
        "Mötesfrekvens: Varje vecka,",
        "vid behov oftare.",
        "Polisen åtagande Delta vid möten.",
      ),
    );
    expect(fields(doc.blocks)).toEqual([
      ["Löptid", ["Tillsvidare"]],
      ["Mötesfrekvens", ["Varje vecka, vid behov oftare."]],
      ["Polisen åtagande", ["Delta vid möten."]],
    ]);
  });

  it("reads 'Mötesfrekvens:' as the label when the next one of that name is in the next section", () => {
    const doc = readTextDocument(
      lines(
        "1.1 Platssamverkan Vårberg",
        "Mötesfrekvens: Varje vecka",
        "1.2 Platssamverkan Bredäng",
        "Mötesfrekvens Varje månad",
      ),
    );
    expect(fields(doc.blocks)).toEqual([
      ["Mötesfrekvens", ["Varje vecka"]],
      ["Mötesfrekvens", ["Varje månad"]],
    ]);
  });

  it("keeps a label written twice without a colon as two labels", () => {
    const doc = readTextDocument(
      lines("1.1 Platssamverkan Vårberg", "Löptid Tillsvidare", "Löptid 2024–2025"),
    );
    expect(fields(doc.blocks)).toEqual([
      ["Löptid", ["Tillsvidare"]],
      ["Löptid", ["2024–2025"]],
    ]);
  });

  it("joins 'Mötesfrekvens:' in running text to a full line above it, like any wrapped word", () => {
    const doc = readTextDocument(
      lines(
        "Beskrivning och syfte Gruppen träffas enligt det som anges under rubriken",
        "Mötesfrekvens: var tredje vecka.",
        "Mötesfrekvens Varje vecka",
      ),
    );
    expect(fields(doc.blocks)).toEqual([
      [
        "Beskrivning och syfte",
        ["Gruppen träffas enligt det som anges under rubriken Mötesfrekvens: var tredje vecka."],
      ],
      ["Mötesfrekvens", ["Varje vecka"]],
    ]);
  });
});

describe("readTextDocument: labels sharing the paragraphs below them", () => {
  it("gives the last of three empty labels the last paragraph group and the second the one before", () => {
    const doc = readTextDocument(
      lines(
        "Polisen övriga deltagare",
        "Polisen åtagande",
        "Mötesfrekvens",
        "",
        "Delta vid avstämningar.",
        "",
        "Varje vecka.",
      ),
    );
    expect(fields(doc.blocks)).toEqual([
      ["Polisen övriga deltagare", []],
      ["Polisen åtagande", ["Delta vid avstämningar."]],
      ["Mötesfrekvens", ["Varje vecka."]],
    ]);
  });

  it("gives one paragraph group after three empty labels to the last one", () => {
    const doc = readTextDocument(
      lines(
        "Polisen kontaktperson",
        "Polisen övriga deltagare",
        "Polisen åtagande",
        "",
        "Delta vid avstämningar.",
      ),
    );
    expect(fields(doc.blocks)).toEqual([
      ["Polisen kontaktperson", []],
      ["Polisen övriga deltagare", []],
      ["Polisen åtagande", ["Delta vid avstämningar."]],
    ]);
  });

  it("gives the second label every paragraph that follows without a blank line", () => {
    const doc = readTextDocument(
      lines(
        "Beskrivning och syfte",
        "Mätbara mål",
        "",
        "Syftet är att öka tryggheten.",
        "",
        "Trygghetsmätning.",
        "Antal trygghetsvandringar.",
      ),
    );
    expect(fields(doc.blocks)).toEqual([
      ["Beskrivning och syfte", ["Syftet är att öka tryggheten."]],
      ["Mätbara mål", ["Trygghetsmätning.", "Antal trygghetsvandringar."]],
    ]);
  });

  it("gives a label with its value on its own line every paragraph below it, not the empty label before", () => {
    const doc = readTextDocument(
      lines(
        "Polisen övriga deltagare",
        "Polisen åtagande Delta vid avstämningar.",
        "",
        "Bidra med aktuell lägesbild.",
      ),
    );
    expect(fields(doc.blocks)).toEqual([
      ["Polisen övriga deltagare", []],
      ["Polisen åtagande", ["Delta vid avstämningar.", "Bidra med aktuell lägesbild."]],
    ]);
  });
});

describe("readTextDocument: wrapped values", () => {
  const wrapped = "I Skärholmens stadsdelsområde är områdena Bredäng och Vårberg klassade som utsatta.";

  it.each([
    ["below its label", ["Lägesbild", "I Skärholmens stadsdelsområde är områdena"]],
    ["on its label's line after a blank line", ["", "Lägesbild I Skärholmens stadsdelsområde är områdena"]],
  ])("joins a capitalised word that did not fit on a full line of a value %s", (_where, first) => {
    const doc = readTextDocument(
      lines("1. Riktat arbete", ...first, "Bredäng och Vårberg klassade som utsatta."),
    );
    expect(fields(doc.blocks)).toEqual([["Lägesbild", [wrapped]]]);
  });

  it("joins a wrapped line to a numbered list item in a value", () => {
    const doc = readTextDocument(
      lines(
        "2. Riktat arbete mot avgränsade platser",
        "Övergripande mål och syfte Syftet är att:",
        "1. Minska brottsligheten i stadsdelsområdet",
        "Skärholmen och öka tryggheten.",
        "Lägesbild Oro.",
      ),
    );
    expect(fields(doc.blocks)).toEqual([
      [
        "Övergripande mål och syfte",
        ["Syftet är att:", "1. Minska brottsligheten i stadsdelsområdet Skärholmen och öka tryggheten."],
      ],
      ["Lägesbild", ["Oro."]],
    ]);
  });
});

describe("readTextDocument: blocks", () => {
  it("makes no empty text block where a heading follows the start or another heading", () => {
    const doc = readTextDocument(
      lines("1. Riktat arbete i utsatta områden", "1.1 Platssamverkan Vårberg", "Löptid Tillsvidare"),
    );
    expect(doc.blocks).toEqual([
      { kind: "heading", level: 1, nr: "1", title: "Riktat arbete i utsatta områden" },
      { kind: "heading", level: 2, nr: "1.1", title: "Platssamverkan Vårberg" },
      { kind: "field", label: "Löptid", paragraphs: ["Tillsvidare"] },
    ]);
    expect(doc.furniture).toEqual([]);
  });
});
