import { describe, expect, it } from "vitest";
import { line, texts } from "./text-lines";

describe("joinParagraphs", () => {
  it("joins a wrapped line that starts in lower case", () => {
    expect(
      texts([line("Det övergripande målet är att minska"), line("brottsligheten.", { blankBefore: true })]),
    ).toEqual(["Det övergripande målet är att minska brottsligheten."]);
  });

  it("joins a capitalised word that did not fit on a full line (a proper noun mid-sentence)", () => {
    expect(
      texts([
        line("I Skärholmens stadsdelsområde är områdena"),
        line("Bredäng och Vårberg klassade som utsatta"),
      ]),
    ).toEqual(["I Skärholmens stadsdelsområde är områdena Bredäng och Vårberg klassade som utsatta"]);
  });

  it("keeps short capitalised lines apart (a list of organisations)", () => {
    expect(
      texts([
        line("Föreningar och civilsamhälle"),
        line("Lämpliga fackförvaltningar"),
        line("Bostadsrättsföreningar"),
      ]),
    ).toEqual(["Föreningar och civilsamhälle", "Lämpliga fackförvaltningar", "Bostadsrättsföreningar"]);
  });

  it("starts a new paragraph at a capital after a blank line or an indent", () => {
    expect(
      texts([
        line("Enhetschef stadsmiljö, civilsamhälle och kultur"),
        line("Enhetschef medborgarservice och öppna", { blankBefore: true }),
        line("verksamheter"),
        line("Enhetschef förskola i aktuellt område och annat"),
        line("Enhetschef fritid", { indented: true }),
      ]),
    ).toEqual([
      "Enhetschef stadsmiljö, civilsamhälle och kultur",
      "Enhetschef medborgarservice och öppna verksamheter",
      "Enhetschef förskola i aktuellt område och annat",
      "Enhetschef fritid",
    ]);
  });

  it("continues after a comma, a hyphen or a word a sentence does not end on", () => {
    expect(
      texts([
        line("Enhetschef Barn- och ungdomsenheten,"),
        line("Resursenheten samt vuxenenheten", { blankBefore: true }),
        line("Trygghetsvandringar i"),
        line("Vårberg"),
      ]),
    ).toEqual([
      "Enhetschef Barn- och ungdomsenheten, Resursenheten samt vuxenenheten",
      "Trygghetsvandringar i Vårberg",
    ]);
  });

  it("starts a new paragraph after a line ending with ':' or ')' and at every bullet", () => {
    expect(
      texts([
        line("Centrumbesiktning 1 per område och år (4)"),
        line("Trygghetsvandring 2 per område och år (8)"),
        line("Varierar utifrån behov och situation. Exempel:"),
        line("Fastighetsägare"),
        line("• Besluta"),
        line("\uf0b7 Skapa"),
      ]),
    ).toEqual([
      "Centrumbesiktning 1 per område och år (4)",
      "Trygghetsvandring 2 per område och år (8)",
      "Varierar utifrån behov och situation. Exempel:",
      "Fastighetsägare",
      "• Besluta",
      "• Skapa",
    ]);
  });
});
