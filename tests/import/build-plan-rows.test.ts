import { describe, expect, it } from "vitest";
import { buildPlanRows, type BuildOptions } from "../../src/import/build-plan-rows";
import type { PlanBlock } from "../../src/import/plan-document";
import { field, heading, text } from "./plan-blocks";

const TITLE = "Åtgärdsplan för gemensamma prioriteringar";
const NO_DISTRICT =
  "Stadsdelsförvaltningen står inte i dokumentet; fyll i Stadsdelsförvaltning i tabellen Plan.";

/** One area and one activity under it; `extra` goes into the activity. */
function plan(intro: readonly PlanBlock[], ...extra: PlanBlock[]): PlanBlock[] {
  return [
    ...intro,
    heading(1, "1", "Riktat arbete i utsatta områden"),
    field("Övergripande mål och syfte", "Minska brottsligheten."),
    heading(2, "1.1", "Platssamverkan Vårberg"),
    field("Beskrivning och syfte", "Öka tryggheten."),
    ...extra,
  ];
}

const build = (blocks: readonly PlanBlock[], options: Partial<BuildOptions> = {}, furniture: string[] = []) =>
  buildPlanRows({ blocks, furniture }, { year: 2026, ...options });

describe("buildPlanRows", () => {
  it("fills an area's row from its labelled rows", () => {
    const built = build([
      text(TITLE),
      heading(1, "2", "Trygghet i centrum"),
      field("Mål och syfte", "Ett tryggare centrum."),
      field("Lägesbild", "Oro kvällstid vid torget.", "Fler larm under hösten."),
      field("Strategidokument", "Trygghetsprogrammet"),
    ]);
    expect(built.rows.Omraden).toEqual([
      [
        2,
        "Trygghet i centrum",
        "Ett tryggare centrum.",
        "Oro kvällstid vid torget.\nFler larm under hösten.",
        "Trygghetsprogrammet",
      ],
    ]);
  });

  it("lists the introduction after the title as text with no place", () => {
    const built = build(plan([text(TITLE, "Planen gäller för 2026.", "Den följs upp varje tertial.")]));
    expect(built.title).toBe(TITLE);
    expect(built.unplaced).toEqual([
      { where: "Inledningen", reason: "text före första området", text: "Planen gäller för 2026." },
      { where: "Inledningen", reason: "text före första området", text: "Den följs upp varje tertial." },
    ]);
  });

  it.each([
    ["the introduction", [text(TITLE, "Skärholmens stadsdelsförvaltning och Polisen")], []],
    ["an activity's row", [text(TITLE)], [field("Sammankallande", "Skärholmens stadsdelsförvaltning")]],
    ["a heading", [text(TITLE)], [heading(2, "1.2", "Skärholmens stadsdelsförvaltning bjuder in")]],
    ["text outside a row", [text(TITLE)], [text("Kontakt: Skärholmens stadsdelsförvaltning")]],
  ])("reads the stadsdelsförvaltning from %s when no page furniture names it", (_where, intro, extra) => {
    const built = build(plan(intro, ...extra));
    expect(built.district).toBe("Skärholmen");
    expect(built.rows.Plan).toEqual([[TITLE, "Skärholmen", null, 2026, null, null, null, null]]);
    expect(built.notes).toEqual([]);
  });

  it("trims the stadsdelsförvaltning given at the import and notes when the document names another", () => {
    const built = build(plan([text(TITLE)]), { district: "  Farsta " }, [
      "Skärholmens stadsdelsförvaltning",
      "Lokalpolisområde Skärholmen",
    ]);
    expect(built.district).toBe("Farsta");
    expect(built.rows.Plan).toEqual([[TITLE, "Farsta", "Skärholmen", 2026, null, null, null, null]]);
    expect(built.notes).toEqual([
      "Dokumentet anger stadsdelsförvaltningen Skärholmen; tabellen Plan fick Farsta, som angavs vid importen.",
    ]);
  });

  it.each([
    ["the document names the same one", "Skärholmen", ["Skärholmens stadsdelsförvaltning"]],
    ["the document names none", "Farsta", []],
  ])("says nothing of a given stadsdelsförvaltning when %s", (_when, district, furniture) => {
    const built = build(plan([text(TITLE)]), { district }, furniture);
    expect(built.district).toBe(district);
    expect(built.notes).toEqual([]);
  });

  it("takes the document's stadsdelsförvaltning without a note when none is given", () => {
    const built = build(plan([text(TITLE)]), { district: "  " }, ["Skärholmens stadsdelsförvaltning"]);
    expect(built.district).toBe("Skärholmen");
    expect(built.notes).toEqual([]);
  });

  it("asks for the title and the stadsdelsförvaltning when the document gives neither", () => {
    const built = build(plan([]));
    expect([built.title, built.district]).toEqual([null, null]);
    expect(built.rows.Plan).toEqual([[null, null, null, 2026, null, null, null, null]]);
    expect(built.notes).toEqual([
      "Dokumentet har ingen titel före första området; fyll i Titel i tabellen Plan.",
      NO_DISTRICT,
    ]);
  });
});
