import { describe, expect, it } from "vitest";
import { readTextDocument } from "../../src/import";
import type { PlanBlock } from "../../src/import";

const lines = (...text: string[]) => text.join("\n");

function fields(blocks: readonly PlanBlock[]): [string, readonly string[]][] {
  return blocks.flatMap((b) =>
    b.kind === "field" ? [[b.label, b.paragraphs] as [string, readonly string[]]] : [],
  );
}

function headings(blocks: readonly PlanBlock[]): string[] {
  return blocks.flatMap((b) => (b.kind === "heading" ? [`${b.nr} ${b.title}`] : []));
}

describe("readTextDocument", () => {
  it("reads a label and its value on one line and joins the value's wrapped lines", () => {
    const doc = readTextDocument(
      lines(
        "1.1 Platssamverkan Vårberg",
        "Polisen åtagande Närvara vid arbetsmöten samt utföra aktiviteter ",
        "vid behov. Samordna polismyndighetens olika ",
        "resurser och kommunicera internt.  ",
        "Löptid Tillsvidare ",
      ),
    );
    expect(fields(doc.blocks)).toEqual([
      [
        "Polisen åtagande",
        [
          "Närvara vid arbetsmöten samt utföra aktiviteter vid behov. Samordna polismyndighetens olika resurser och kommunicera internt.",
        ],
      ],
      ["Löptid", ["Tillsvidare"]],
    ]);
  });

  it("reads a label wrapped over two lines, with its value after blank lines", () => {
    const doc = readTextDocument(
      lines(
        "Stadsdelsförvaltningens övriga ",
        "deltagare ",
        "",
        "Enhetschef stadsmiljö, civilsamhälle och ",
        "kultur ",
        "Enhetschef medborgarservice och öppna ",
        "verksamheter  ",
        "",
        "Utbildningsförvaltningen övriga ",
        "deltagare ",
        "",
        " ",
        "",
        "Utbildningsförvaltningen åtagande Närvara vid arbetsmöten",
      ),
    );
    expect(fields(doc.blocks)).toEqual([
      [
        "Stadsdelsförvaltningens övriga deltagare",
        [
          "Enhetschef stadsmiljö, civilsamhälle och kultur",
          "Enhetschef medborgarservice och öppna verksamheter",
        ],
      ],
      ["Utbildningsförvaltningen övriga deltagare", []],
      ["Utbildningsförvaltningen åtagande", ["Närvara vid arbetsmöten"]],
    ]);
  });

  it("hands two labels followed by two paragraphs their paragraphs in order", () => {
    const doc = readTextDocument(
      lines(
        "1.1  Platssamverkan Vårberg ",
        "Beskrivning och syfte ",
        " ",
        " ",
        "Mätbara mål  ",
        "",
        "Syftet är att öka förutsättningarna för att ",
        "människor ska mötas. ",
        " ",
        "Trygghetsmätning. Andra mätbara mål under ",
        "framtagande. ",
        "",
        "Löptid Tillsvidare ",
      ),
    );
    expect(fields(doc.blocks)).toEqual([
      ["Beskrivning och syfte", ["Syftet är att öka förutsättningarna för att människor ska mötas."]],
      ["Mätbara mål", ["Trygghetsmätning. Andra mätbara mål under framtagande."]],
      ["Löptid", ["Tillsvidare"]],
    ]);
  });

  it("gives the first of two labels every paragraph but the last one's", () => {
    const doc = readTextDocument(
      lines(
        "Beskrivning och syfte",
        "Ev. mätbara mål",
        "",
        "Första stycket.",
        "",
        "Andra stycket.",
        "",
        "Målet.",
        "Löptid Tillsvidare",
      ),
    );
    expect(fields(doc.blocks).slice(0, 2)).toEqual([
      ["Beskrivning och syfte", ["Första stycket.", "Andra stycket."]],
      ["Ev. mätbara mål", ["Målet."]],
    ]);
  });

  it("gives one paragraph after two empty labels to the last label", () => {
    const doc = readTextDocument(
      lines(
        "Polisen övriga deltagare ",
        "Polisen åtagande ",
        "",
        "Delta vid avstämningar.",
        "Löptid Tillsvidare",
      ),
    );
    expect(fields(doc.blocks).slice(0, 2)).toEqual([
      ["Polisen övriga deltagare", []],
      ["Polisen åtagande", ["Delta vid avstämningar."]],
    ]);
  });

  it("leaves page furniture out of a value that runs over a page break", () => {
    const doc = readTextDocument(
      lines(
        "Beskrivning och syfte Platssamverkan ska bidra till en förbättrad ",
        "och myndigheter för att vidta åtgärder som ",
        "",
        "    ",
        "Diarienummer:                         6 av 14 ",
        "Lokalpolisområde xxx  ",
        "Xxx stadsdelsförvaltning:  ",
        "",
        "Bilaga 7.1",
        "",
        " ",
        "leder till ökad trygghet. ",
      ),
    );
    expect(fields(doc.blocks)).toEqual([
      [
        "Beskrivning och syfte",
        [
          "Platssamverkan ska bidra till en förbättrad och myndigheter för att vidta åtgärder som leder till ökad trygghet.",
        ],
      ],
    ]);
    expect(doc.furniture).toEqual([
      "Diarienummer: 6 av 14",
      "Lokalpolisområde xxx",
      "Xxx stadsdelsförvaltning:",
      "Bilaga 7.1",
    ]);
  });

  it("writes Word's private-use bullet and • as '• ' list items", () => {
    const doc = readTextDocument(
      lines(
        "Beskrivning och syfte Mötena syftar till ",
        "att: ",
        "",
        "\uf0b7 Fånga upp aktuella konkreta och ",
        "/eller oroande frågor ",
        "",
        "• Besluta och agera på uppkomna ",
        "situationer ",
        "\uf0b7Skapa kontaktnät",
      ),
    );
    expect(fields(doc.blocks)).toEqual([
      [
        "Beskrivning och syfte",
        [
          "Mötena syftar till att:",
          "• Fånga upp aktuella konkreta och /eller oroande frågor",
          "• Besluta och agera på uppkomna situationer",
          "• Skapa kontaktnät",
        ],
      ],
    ]);
  });

  it("reads headings whose title is wrapped or stands on the next line", () => {
    const doc = readTextDocument(
      lines(
        " 1. Riktat arbete i utsatta områden ",
        "1.2 ",
        " ",
        "",
        "Platssamverkan Bredäng ",
        "",
        "Beskrivning och syfte Text. ",
        "3.1 Lokalt samverkansforum för barn, unga ",
        "",
        "och unga vuxna ",
        "Beskrivning och syfte ",
        "3.2 Sociala insatsgrupper unga vuxna (från ",
        "",
        "18 år) ",
        "Beskrivning och syfte ",
      ),
    );
    expect(headings(doc.blocks)).toEqual([
      "1 Riktat arbete i utsatta områden",
      "1.2 Platssamverkan Bredäng",
      "3.1 Lokalt samverkansforum för barn, unga och unga vuxna",
      "3.2 Sociala insatsgrupper unga vuxna (från 18 år)",
    ]);
  });

  it("keeps 'Mötesfrekvens:' in running text when the real label follows", () => {
    const doc = readTextDocument(
      lines(
        "Beskrivning och syfte Strategisk samverkansgrupp ",
        "Mötesfrekvens: var tredje vecka. ",
        "Mötesfrekvens Varje vecka ",
      ),
    );
    expect(fields(doc.blocks)).toEqual([
      ["Beskrivning och syfte", ["Strategisk samverkansgrupp", "Mötesfrekvens: var tredje vecka."]],
      ["Mötesfrekvens", ["Varje vecka"]],
    ]);
  });

  it("does not take a wrapped lower-case word for a label", () => {
    const doc = readTextDocument(
      lines(
        "Polisen åtagande Delta vid avstämningar, bidra med aktuell ",
        "",
        "lägesbild ",
        "Löptid Tillsvidare",
      ),
    );
    expect(fields(doc.blocks)[0]).toEqual([
      "Polisen åtagande",
      ["Delta vid avstämningar, bidra med aktuell lägesbild"],
    ]);
  });

  it("keeps a numbered list inside a value as text, not as headings", () => {
    const doc = readTextDocument(
      lines(
        "2. Riktat arbete mot avgränsade platser",
        "Övergripande mål och syfte Syftet är att:",
        "1. Minska brottsligheten",
        "2. Öka tryggheten",
        "Lägesbild Oro.",
        "2.1 Platssamverkan Sätra",
        "Beskrivning och syfte Platssamverkan ska:",
        "1. Tidigt upptäcka",
        "3. Ge stöd",
        "Löptid Tillsvidare",
        "2.2 Platssamverkan Skärholmen",
        "Löptid Tillsvidare",
      ),
    );
    expect(headings(doc.blocks)).toEqual([
      "2 Riktat arbete mot avgränsade platser",
      "2.1 Platssamverkan Sätra",
      "2.2 Platssamverkan Skärholmen",
    ]);
    expect(fields(doc.blocks).slice(0, 3)).toEqual([
      ["Övergripande mål och syfte", ["Syftet är att:", "1. Minska brottsligheten", "2. Öka tryggheten"]],
      ["Lägesbild", ["Oro."]],
      ["Beskrivning och syfte", ["Platssamverkan ska:", "1. Tidigt upptäcka", "3. Ge stöd"]],
    ]);
  });

  it("reads 'Strategidokument/policy' without 'Ev.' as a label", () => {
    const doc = readTextDocument(
      lines("3. Unga i risk", "Strategidokument/policy Stockholms stads strategi"),
    );
    expect(fields(doc.blocks)).toEqual([["Strategidokument/policy", ["Stockholms stads strategi"]]]);
  });

  it("keeps text before the first heading as text blocks", () => {
    const doc = readTextDocument(
      lines("Åtgärdsplan för gemensamma prioriteringar ", " ", "Beskrivning och disposition "),
    );
    expect(doc.blocks).toEqual([
      {
        kind: "text",
        paragraphs: ["Åtgärdsplan för gemensamma prioriteringar", "Beskrivning och disposition"],
      },
    ]);
  });
});
