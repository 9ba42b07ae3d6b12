import { describe, expect, it } from "vitest";
import type { FieldBlock } from "../../src/import/plan-document";
import type { Section } from "../../src/import/plan-sections";
import { placeFields } from "../../src/import/section-fields";
import type { UnplacedText } from "../../src/import/unplaced";

const field = (label: string, ...paragraphs: string[]): FieldBlock => ({ kind: "field", label, paragraphs });

function section(level: 1 | 2, nr: string, fields: FieldBlock[], loose: string[] = []): Section {
  return { level, nr, title: "Titel", fields, loose };
}

describe("placeFields", () => {
  it("places an activity's own rows and lists the rest with where and why", () => {
    const unplaced: UnplacedText[] = [];
    const placed = placeFields(
      section(
        2,
        "1.1",
        [
          field("Löptid", "Tillsvidare"),
          field("Lägesbild", "Oro i centrum."),
          field("Budget"),
          field("Löptid", "2026"),
        ],
        ["Text under aktiviteten"],
      ),
      unplaced,
    );
    expect(placed).toEqual([
      { target: { scope: "activity", field: "duration" }, text: "Tillsvidare", paragraphs: ["Tillsvidare"] },
    ]);
    expect(unplaced).toEqual([
      { where: "Aktivitet 1.1", reason: "text utan rubrik", text: "Text under aktiviteten" },
      {
        where: "Aktivitet 1.1",
        reason: '"Lägesbild" hör till ett område, inte en aktivitet',
        text: "Oro i centrum.",
      },
      { where: "Aktivitet 1.1", reason: 'okänd rubrik "Budget"', text: "" },
      { where: "Aktivitet 1.1", reason: '"Löptid" står en gång till', text: "2026" },
    ]);
  });

  it("lists an activity's row under an area as belonging to an activity", () => {
    const unplaced: UnplacedText[] = [];
    const placed = placeFields(
      section(1, "2", [field("Lägesbild", "Oro."), field("Löptid", "Tillsvidare")], ["Lös text"]),
      unplaced,
    );
    expect(placed.map((p) => p.target)).toEqual([{ scope: "area", field: "situation" }]);
    expect(unplaced).toEqual([
      { where: "Område 2", reason: "text utan rubrik", text: "Lös text" },
      { where: "Område 2", reason: '"Löptid" hör till en aktivitet, inte ett område', text: "Tillsvidare" },
    ]);
  });
});
