import { describe, expect, it } from "vitest";
import { proposeBinding, type RawValue, type WorkbookSnapshot } from "../../../src/plan";
import { snapshotOfSheets, type SheetSpec } from "../../helpers/binding-fixtures";
import { planSnapshotWith } from "../../helpers/snapshot-builder";

/** Where the plain ranges proposed for Deltagare are: `Sheet!A1:B2`, best first. */
function participantRanges(snapshot: WorkbookSnapshot): string[] {
  const participants = proposeBinding(snapshot).tables.find((t) => t.def.name === "Deltagare");
  return (participants?.candidates ?? []).map((c) => `${c.sheet}!${c.range}`);
}

const sheet = (name: string, rows: readonly (readonly RawValue[])[]): SheetSpec => ({ name, rows });

describe("header regions: where a plain range is found", () => {
  it("gives a header row with nothing under it one data row, as a new Excel table has", () => {
    expect(
      participantRanges(snapshotOfSheets([sheet("Parter", [["Aktivitet", "Part", "Kontakt"]])])),
    ).toEqual(["Parter!A1:C2"]);
  });

  it("reaches down to a row with something only in the range's last column", () => {
    const rows: RawValue[][] = [
      ["Aktivitet", "Part"],
      ["1.1", "Polisen"],
      [null, "Stadsdelsförvaltningen"],
    ];

    expect(participantRanges(snapshotOfSheets([sheet("Parter", rows)]))).toEqual(["Parter!A1:B3"]);
  });

  it("looks for the header row in the first ten rows of the used range only", () => {
    const under = (titleRows: number): RawValue[][] => [
      ["Deltagare i aktiviteterna"],
      ...Array.from({ length: titleRows - 1 }, (): RawValue[] => [null]),
      ["Aktivitet", "Part"],
      ["1.1", "Polisen"],
    ];
    const snapshot = snapshotOfSheets([sheet("Tionde", under(9)), sheet("Elfte", under(10))]);

    expect(participantRanges(snapshot)).toEqual(["Tionde!A10:B11"]);
  });

  it("leaves out headers that are the same but for spaces or case, and keeps ß apart from ss", () => {
    const snapshot = snapshotOfSheets([
      sheet("Mellanslag", [
        ["Aktivitet", "Part", "Part "],
        ["1.1", "Polisen", "SDF"],
      ]),
      sheet("Versaler", [
        ["Aktivitet", "Part", "PART"],
        ["1.1", "Polisen", "SDF"],
      ]),
      sheet("Gata", [
        ["Aktivitet", "Part", "Strasse", "Straße"],
        ["1.1", "Polisen", "A", "B"],
      ]),
    ]);

    expect(participantRanges(snapshot)).toEqual(["Gata!A1:D2"]);
  });

  it("skips an empty sheet", () => {
    const snapshot = snapshotOfSheets([
      sheet("Tom", []),
      sheet("Parter", [
        ["Aktivitet", "Part"],
        ["1.1", "Polisen"],
      ]),
    ]);

    expect(participantRanges(snapshot)).toEqual(["Parter!A1:B2"]);
  });

  it("finds no plain range on a sheet that has Excel tables, only the tables", () => {
    const snapshot = planSnapshotWith({ Deltagare: { sheet: "Parter", excelTable: "Tabell2" } });
    const withUsedRange: WorkbookSnapshot = {
      sheets: snapshot.sheets.map((s) => {
        const table = s.tables[0];
        if (s.name !== "Parter" || !table) return s;
        return {
          ...s,
          usedRange: { top: table.top, left: table.left, rows: [table.headers, ...table.rows] },
        };
      }),
    };

    const participants = proposeBinding(withUsedRange).tables.find((t) => t.def.name === "Deltagare");
    expect(participants?.candidates.map((c) => c.id)).toEqual(["table:Tabell2"]);
  });
});
