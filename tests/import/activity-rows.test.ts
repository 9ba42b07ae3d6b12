import { describe, expect, it } from "vitest";
import { activityRows } from "../../src/import/activity-rows";
import type { FieldBlock } from "../../src/import/plan-document";
import type { Section } from "../../src/import/plan-sections";
import { field } from "./plan-blocks";

/** Activity 1.1 with the labelled rows given. */
const activity = (...fields: FieldBlock[]): Section => ({
  level: 2,
  nr: "1.1",
  title: "Platssamverkan Vårberg",
  fields: [field("Beskrivning och syfte", "Öka tryggheten."), ...fields],
  loose: [],
});

describe("activityRows", () => {
  it("makes Deltagare rows only for parties the section fills in", () => {
    const built = activityRows(activity(field("Polisens kontakt", "Anna Berg")), 2026);
    expect(built.participants).toEqual([["1.1", "Polisen", "Anna Berg", null, null]]);
    expect(built.unplaced).toEqual([]);
    expect(built.notes).toEqual([]);
  });

  it("makes no Deltagare rows when the section names no one", () => {
    expect(activityRows(activity(), 2026).participants).toEqual([]);
  });

  it("reads indicators from Mätbara mål and Mötesfrekvens, the first count of a name winning", () => {
    const built = activityRows(
      activity(
        field("Mätbara mål", "Trygghetsvandringar 8 per år"),
        field(
          "Mötesfrekvens",
          "Samverkansgruppen träffas 4 gånger per år",
          "10 trygghetsvandringar per år",
          "Centrumbesiktning 2 per år",
        ),
      ),
      2026,
    );
    expect(built.indicators).toEqual([
      ["1.1", "Trygghetsvandringar", 8, "per år", null, null, null],
      ["1.1", "Centrumbesiktningar", 2, "per år", null, null, null],
    ]);
  });

  it("makes an Uppfoljning row for an answered follow-up section only", () => {
    const built = activityRows(
      activity(
        field("Uppföljning T1", "Är målet nått? Vilka aktiviteter har genomförts?"),
        field(
          "Uppföljning T2",
          "Är målet nått? Delvis, två av tre.",
          "Vilka aktiviteter har genomförts? Fyra möten.",
        ),
      ),
      2026,
    );
    expect(built.followUps).toEqual([
      ["1.1", 2026, "T2", "Delvis uppfyllt", "två av tre.", "Fyra möten.", null, null, null],
    ]);
  });
});
