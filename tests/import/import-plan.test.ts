import { describe, expect, it } from "vitest";
import { describeUnplaced, ImportError, importPlanDocument } from "../../src/import";
import { planDocx } from "../helpers/docx-fixtures";
import type { PlanDocumentModel } from "../helpers/seed-plan";
import { newTableRows } from "./seed-helpers";

const utf8 = (text: string) => new TextEncoder().encode(text);
const importText = (text: string, options: { year?: number; district?: string } = {}) =>
  importPlanDocument({ fileName: "plan.txt", data: utf8(text) }, { year: 2026, ...options });

/** A small plan as exported text; `activity` lines go under 1.1. */
const planText = (...activity: string[]) =>
  [
    "Åtgärdsplan för gemensamma prioriteringar",
    "1. Riktat arbete i utsatta områden",
    "Övergripande mål och syfte Minska brottsligheten.",
    "1.1 Platssamverkan Vårberg",
    "Beskrivning och syfte Öka tryggheten.",
    "Löptid Tillsvidare",
    ...activity,
  ].join("\n");

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

/** A Word plan of one area, with the page header and footer lines given. */
function oneAreaPlan(header: readonly string[], footer: readonly string[]): PlanDocumentModel {
  return {
    title: "Åtgärdsplan",
    intro: [],
    contents: [],
    afterContents: [],
    sections: [{ level: 1, nr: "1", title: "Område", rows: [["Övergripande mål och syfte", ["Mål."]]] }],
    header,
    footer,
  };
}

describe("importPlanDocument", () => {
  it("refuses a document with no numbered areas", async () => {
    const error = await failure(importText("Protokoll från mötet\n\nVi talade om trygghet."));
    expect(error.userMessage).toMatch(
      /"plan.txt" ser inte ut som en åtgärdsplan: inga numrerade samverkansområden/,
    );
  });

  it("refuses an empty text file and an empty or broken .docx", async () => {
    expect((await failure(importText(" \n\n "))).userMessage).toBe('Filen "plan.txt" är tom.');
    const empty = importPlanDocument({ fileName: "plan.docx", data: new Uint8Array() }, { year: 2026 });
    expect((await failure(empty)).userMessage).toBe('Filen "plan.docx" är tom.');
    const broken = importPlanDocument({ fileName: "plan.docx", data: utf8("1. Område") }, { year: 2026 });
    expect((await failure(broken)).userMessage).toMatch(/kan inte läsas som ett Word-dokument/);
  });

  it("refuses a file type it cannot read, naming the ones it can", async () => {
    const error = await failure(
      importPlanDocument({ fileName: "plan.pdf", data: utf8("%PDF-1.7") }, { year: 2026 }),
    );
    expect(error.userMessage).toMatch(/Filtypen \.pdf kan inte importeras.*\(\.docx\).*\(\.txt\)/);
  });

  it("writes the plan year and the stadsdelsförvaltning given, over the one in the document", async () => {
    const result = await importText(planText(), { year: 2027, district: "Farsta" });
    expect(newTableRows(result.tables, "Plan")[0]).toMatchObject({
      Titel: "Åtgärdsplan för gemensamma prioriteringar",
      Stadsdelsförvaltning: "Farsta",
      År: 2027,
    });
  });

  it("says so when the stadsdelsförvaltning cannot be read (a placeholder is no name)", async () => {
    const result = await importText(`Xxx stadsdelsförvaltning:\n${planText()}`);
    expect(newTableRows(result.tables, "Plan")[0]?.Stadsdelsförvaltning).toBeNull();
    expect(result.summary.district).toBeNull();
    expect(result.summary.notes).toEqual([
      "Stadsdelsförvaltningen står inte i dokumentet; fyll i Stadsdelsförvaltning i tabellen Plan.",
    ]);
  });

  it("reads stadsdelsförvaltning, lokalpolisområde and diarienummer from a Word page header", async () => {
    const model = oneAreaPlan(
      ["Diarienummer: SDF 2026/114 6 av 14", "Lokalpolisområde Skärholmen", "Farsta stadsdelsförvaltning:"],
      [],
    );
    const result = await importPlanDocument(
      { fileName: "p.docx", data: await planDocx(model) },
      { year: 2026 },
    );
    expect(newTableRows(result.tables, "Plan")[0]).toMatchObject({
      Stadsdelsförvaltning: "Farsta",
      Lokalpolisområde: "Skärholmen",
      Diarienummer: "SDF 2026/114",
    });
  });

  it.each([
    [
      "line breaks",
      ["Diarienummer: FA 2026/12\t3 av 12\nLokalpolisområde Farsta\nFarsta stadsdelsförvaltning:"],
    ],
    ["tabs", ["Diarienummer: FA 2026/12\t3 av 12\tLokalpolisområde Farsta\tFarsta stadsdelsförvaltning:"]],
  ])("takes the diarienummer alone from a Word footer of one paragraph with %s", async (_layout, footer) => {
    const model = oneAreaPlan([], footer);
    const result = await importPlanDocument(
      { fileName: "farsta.docx", data: await planDocx(model) },
      { year: 2026 },
    );
    expect(newTableRows(result.tables, "Plan")[0]).toMatchObject({
      Stadsdelsförvaltning: "Farsta",
      Lokalpolisområde: "Farsta",
      Diarienummer: "FA 2026/12",
    });
  });

  it("makes a row per core party with text and per other organisation, comma-separated on one line", async () => {
    const result = await importText(
      planText(
        "Polisen kontakt Kommunpoliser",
        "Polisen åtagande Delta.",
        "Utbildningsförvaltningen kontakt ",
        "Övriga deltagare Jobbtorg, Frivården; MTR, ",
      ),
    );
    expect(newTableRows(result.tables, "Deltagare").map((r) => [r.Part, r.Kontakt, r.Åtagande])).toEqual([
      ["Polisen", "Kommunpoliser", "Delta."],
      ["Jobbtorg", null, null],
      ["Frivården", null, null],
      ["MTR", null, null],
    ]);
  });

  it("makes one row for an organisation named twice and says so", async () => {
    const result = await importText(planText("Övriga deltagare MTR", "SL", "MTR"));
    expect(newTableRows(result.tables, "Deltagare").map((r) => r.Part)).toEqual(["MTR", "SL"]);
    expect(result.summary.notes).toContain(
      'Aktivitet 1.1: "MTR" står flera gånger bland deltagarna; en rad skapades.',
    );
  });

  it("lists a sentence before a one-line list as text with no place, and names the rest", async () => {
    const result = await importText(planText("Övriga deltagare Varierar utifrån behov. Exempel: MTR, SL."));
    expect(newTableRows(result.tables, "Deltagare").map((r) => r.Part)).toEqual(["MTR", "SL"]);
    expect(result.unplaced.map((u) => describeUnplaced(u))).toEqual([
      'Aktivitet 1.1: Övriga deltagare: text om listan, ingen organisation: "Varierar utifrån behov. Exempel:"',
    ]);
  });

  it("lists a sentence on the list's first line as text with no place, and names the lines after it", async () => {
    const result = await importText(
      planText("Övriga deltagare Varierar utifrån behov och läge.", "MTR", "SL."),
    );
    expect(newTableRows(result.tables, "Deltagare").map((r) => r.Part)).toEqual(["MTR", "SL"]);
    expect(result.unplaced.map((u) => describeUnplaced(u))).toEqual([
      'Aktivitet 1.1: Övriga deltagare: text om listan, ingen organisation: "Varierar utifrån behov och läge."',
    ]);
  });

  it("reads a first line ending in a colon as a note, and a three-word name ending in a full stop as a name", async () => {
    const result = await importText(
      planText("Övriga deltagare Till exempel:", "MTR", "Stena Fastigheter AB."),
    );
    expect(newTableRows(result.tables, "Deltagare").map((r) => r.Part)).toEqual([
      "MTR",
      "Stena Fastigheter AB",
    ]);
    expect(result.unplaced.map((u) => u.text)).toEqual(["Till exempel:"]);
  });

  it("passes over a label left empty, so the same label filled in later is no repeat", async () => {
    const result = await importText(planText("Mötesfrekvens ", "Mötesfrekvens 1 gång/månad"));
    expect(newTableRows(result.tables, "Aktiviteter")[0]?.Mötesfrekvens).toBe("1 gång/månad");
    expect(result.unplaced).toEqual([]);
  });

  it("makes no row of a sentence standing alone under Övriga deltagare, nor of a name without a list", async () => {
    const result = await importText(planText("Övriga deltagare Varierar utifrån behov och läge."));
    expect(newTableRows(result.tables, "Deltagare")).toEqual([]);
    expect(result.unplaced).toHaveLength(1);
    const short = await importText(planText("Övriga deltagare Trafikförvaltningen."));
    expect(newTableRows(short.tables, "Deltagare").map((r) => r.Part)).toEqual(["Trafikförvaltningen"]);
    expect(short.unplaced).toEqual([]);
  });

  it("keeps a core party's row with only Övriga deltagare or only Åtagande, and reads bulleted names", async () => {
    const result = await importText(
      planText(
        "Polisen övriga deltagare Områdespoliser",
        "Stadsdelsförvaltningen åtagande Leda.",
        "Övriga deltagare • MTR",
        "• stadsdelsförvaltningen",
      ),
    );
    expect(
      newTableRows(result.tables, "Deltagare").map((r) => [
        r.Part,
        r.Kontakt,
        r["Övriga deltagare"],
        r.Åtagande,
      ]),
    ).toEqual([
      ["Stadsdelsförvaltningen", null, null, "Leda."],
      ["Polisen", null, "Områdespoliser", null],
      ["MTR", null, null, null],
    ]);
    expect(result.summary.notes).toContain(
      'Aktivitet 1.1: "stadsdelsförvaltningen" står flera gånger bland deltagarna; en rad skapades.',
    );
  });

  it("makes one indicator per name from Mätbara mål and Mötesfrekvens, keeping the first count", async () => {
    const result = await importText(
      planText(
        "Mätbara mål 4 trygghetsvandringar per år.",
        "Mötesfrekvens Trygghetsvandring 2 per område och år (8)",
      ),
    );
    expect(
      newTableRows(result.tables, "Indikatorer").map((r) => [r.Aktivitet, r.Indikator, r.Målvärde, r.Enhet]),
    ).toEqual([["1.1", "Trygghetsvandringar", 4, "per år"]]);
  });

  it("makes follow-up rows only for answered follow-up sections", async () => {
    const result = await importText(
      planText(
        "Uppföljning T1 Är målet nått? Delvis, två av fyra möten hölls. Vilka ",
        "aktiviteter har genomförts? Trygghetsvandring i Vårberg.",
        "Uppföljning T2 Är målet nått? Vilka ",
        "aktiviteter har genomförts? ",
        "Verksamhetsberättelse Alla möten hölls.",
      ),
    );
    expect(newTableRows(result.tables, "Uppfoljning")).toEqual([
      {
        Aktivitet: "1.1",
        År: 2026,
        Period: "T1",
        "Målet nått": "Delvis uppfyllt",
        Kommentar: "två av fyra möten hölls.",
        "Genomförda aktiviteter": "Trygghetsvandring i Vårberg.",
        "Antal möten": null,
        "Rapporterad av": null,
        Rapportdatum: null,
      },
      {
        Aktivitet: "1.1",
        År: 2026,
        Period: "VB",
        "Målet nått": null,
        Kommentar: null,
        "Genomförda aktiviteter": "Alla möten hölls.",
        "Antal möten": null,
        "Rapporterad av": null,
        Rapportdatum: null,
      },
    ]);
    expect(result.summary.followUps).toBe(2);
  });

  it("lists what it could not place: an unknown label, a value with no label, a label in the wrong place", async () => {
    const model: PlanDocumentModel = {
      title: "Åtgärdsplan",
      intro: [],
      contents: [],
      afterContents: [],
      sections: [
        {
          level: 1,
          nr: "1",
          title: "Område",
          rows: [
            ["Övergripande mål och syfte", ["Mål."]],
            ["Löptid", ["Tillsvidare"]],
          ],
        },
        {
          level: 2,
          nr: "1.1",
          title: "Aktivitet",
          rows: [
            ["Budget", ["50 000 kr"]],
            ["Löptid", ["Tillsvidare"]],
            ["Löptid", ["2026-01-01–2026-12-31"]],
          ],
        },
      ],
      header: [],
      footer: [],
    };
    const result = await importPlanDocument(
      { fileName: "p.docx", data: await planDocx(model) },
      { year: 2026 },
    );
    expect(result.unplaced.map((u) => describeUnplaced(u))).toEqual([
      'Område 1: "Löptid" hör till en aktivitet, inte ett område: "Tillsvidare"',
      'Aktivitet 1.1: okänd rubrik "Budget": "50 000 kr"',
      'Aktivitet 1.1: "Löptid" står en gång till: "2026-01-01–2026-12-31"',
    ]);
    expect(newTableRows(result.tables, "Aktiviteter")[0]?.Löptid).toBe("Tillsvidare");
  });

  it("reads text saved as Windows-1252 or UTF-16", async () => {
    const latin1 = new Uint8Array([...planText()].map((c) => c.charCodeAt(0)));
    const fromLatin1 = await importPlanDocument({ fileName: "plan.txt", data: latin1 }, { year: 2026 });
    expect(newTableRows(fromLatin1.tables, "Omraden")[0]?.Område).toBe("Riktat arbete i utsatta områden");
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...planText()].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const fromUtf16 = await importPlanDocument({ fileName: "plan.txt", data: utf16 }, { year: 2026 });
    expect(newTableRows(fromUtf16.tables, "Aktiviteter")[0]?.Aktivitet).toBe("Platssamverkan Vårberg");
  });
});

describe("importPlanDocument on text longer than an Excel cell holds", () => {
  it("cuts it to 32,767 characters and says where", async () => {
    const long = "Öka tryggheten i centrum. ".repeat(1400).trim();
    const result = await importText(planText().replace("Öka tryggheten.", long));
    const [activity] = newTableRows(result.tables, "Aktiviteter");
    const cut = activity?.["Beskrivning och syfte"];
    expect(typeof cut === "string" && cut.length).toBe(32_767);
    expect(String(cut).endsWith("…")).toBe(true);
    expect(result.summary.notes).toContain(
      `Texten för "Beskrivning och syfte" på rad 1 i Aktiviteter har ${String(long.length).replace(/\B(?=(\d{3})+(?!\d))/g, " ")} tecken, men en cell i Excel rymmer högst 32 767: den kortades. Hela texten finns kvar i dokumentet.`,
    );
  });
});
