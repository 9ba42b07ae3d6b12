import { describe, expect, it } from "vitest";
import { participantRows, type PartyFields } from "../../src/import/participants";
import type { CoreParty } from "../../src/plan";

const NONE = new Map<CoreParty, PartyFields>();

/** What "Övriga deltagare" of activity 1.1 becomes: the organisations' rows and the text about the list. */
function others(...paragraphs: string[]): { names: unknown[]; unplaced: string[] } {
  const { rows, unplaced } = participantRows("1.1", NONE, paragraphs);
  return { names: rows.map((r) => r[1]), unplaced };
}

describe("participantRows: Övriga deltagare", () => {
  it.each([
    [
      "a four-word sentence on its own",
      ["Enligt behov och överenskommelse."],
      { names: [], unplaced: ["Enligt behov och överenskommelse."] },
    ],
    [
      "a list after a colon whose last name ends with a full stop",
      ["Exempel: Fältgruppen, Fritidsgården och Hyresgästföreningen Skärholmen."],
      {
        names: ["Fältgruppen", "Fritidsgården och Hyresgästföreningen Skärholmen"],
        unplaced: ["Exempel:"],
      },
    ],
    [
      "a list that starts with its colon",
      [": Fältgruppen, Fritidsgården och Hyresgästföreningen."],
      { names: ["Fältgruppen", "Fritidsgården och Hyresgästföreningen"], unplaced: [":"] },
    ],
    [
      "two sentences about the list before the names",
      ["Varierar utifrån aktuellt behov.", "Exempel:", "• Fältgruppen", "• Fritidsgården"],
      { names: ["Fältgruppen", "Fritidsgården"], unplaced: ["Varierar utifrån aktuellt behov.\nExempel:"] },
    ],
    [
      "a list that starts with a name with a colon inside",
      ["• Fältassistenter: mobila teamet", "• Fritidsgården"],
      { names: ["Fältassistenter: mobila teamet", "Fritidsgården"], unplaced: [] },
    ],
    [
      "names with a full stop or a sentence's shape inside a list",
      [
        "• Skolor m.fl. i området",
        "• Fastighetsägare i Vårberg och Skärholmen.",
        "• Hyresgästföreningen Skärholmen m.fl.",
        "• Fritidsgården...",
      ],
      {
        names: [
          "Skolor m.fl. i området",
          "Fastighetsägare i Vårberg och Skärholmen",
          "Hyresgästföreningen Skärholmen m.fl",
          "Fritidsgården",
        ],
        unplaced: [],
      },
    ],
  ])("reads %s", (_what, paragraphs, expected) => {
    expect(others(...paragraphs)).toEqual(expected);
  });

  it("makes one row per organisation after the core parties, each name once", () => {
    const parties = new Map<CoreParty, PartyFields>([["Polisen", { contact: "Kommunpolis Anna Berg" }]]);
    const result = participantRows("2.3", parties, ["Fältgruppen, polisen; Fältgruppen, Fritidsgården"]);
    expect(result).toEqual({
      rows: [
        ["2.3", "Polisen", "Kommunpolis Anna Berg", null, null],
        ["2.3", "Fältgruppen", null, null, null],
        ["2.3", "Fritidsgården", null, null, null],
      ],
      unplaced: [],
      repeated: ["polisen", "Fältgruppen"],
    });
  });
});
