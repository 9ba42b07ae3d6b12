/**
 * How defined names refer to sheets (sheet-references.ts): the report's marker and print
 * titles point at a sheet whose name may hold spaces and quotes, and the marker is found again
 * whatever case Excel or a user gave the name.
 */
import { describe, expect, it } from "vitest";
import type { DefinedName } from "../../../src/xlsx/package/defined-names";
import { absoluteRange, sheetReference, sheetsNamedBy } from "../../../src/xlsx/package/sheet-references";

const name = (n: string, value: string): DefinedName => ({ name: n, localSheetId: null, value });

describe("sheetReference", () => {
  it.each([
    ["Rapport T1 2026", "$A$1", "'Rapport T1 2026'!$A$1"],
    ["Blad1", "$3:$4", "'Blad1'!$3:$4"],
    ["Skolans 'trygga' plan", "$A$1", "'Skolans ''trygga'' plan'!$A$1"],
  ])("quotes %s always and doubles its quotes", (sheet, a1, expected) => {
    expect(sheetReference(sheet, a1)).toBe(expected);
  });
});

describe("sheetsNamedBy", () => {
  it("gives the sheets of the names spelled so in any case, skipping names that point at no sheet", () => {
    const names = [
      name("ÅTGÄRDSPLAN_RAPPORT_T1_2026", "'Rapport T1 2026'!$A$1"),
      name("Annat_namn", "Blad3!$A$1"),
      name("åtgärdsplan_rapport_t1_2026", "'Kim''s blad'!$A$1"),
      name("Åtgärdsplan_Rapport_T1_2026", "42"),
      name("åtgärdsplan_rapport_t2_2026", "Blad4!$A$1"),
    ];
    expect(sheetsNamedBy(names, "Åtgärdsplan_rapport_T1_2026")).toEqual(["Rapport T1 2026", "Kim's blad"]);
    expect(sheetsNamedBy(names, "saknas")).toEqual([]);
  });
});

describe("absoluteRange", () => {
  it("makes both corners absolute", () => {
    expect(absoluteRange({ top: 3, left: 1, bottom: 3, right: 9 })).toBe("$A$3:$I$3");
    expect(absoluteRange({ top: 2, left: 2, bottom: 40, right: 28 })).toBe("$B$2:$AB$40");
  });
});
