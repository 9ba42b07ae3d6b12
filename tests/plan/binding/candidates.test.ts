import { describe, expect, it } from "vitest";
import type { BindingCandidate, WorkbookSnapshot } from "../../../src/plan";
import { snapshotOfSheets, type SheetSpec } from "../../helpers/binding-fixtures";
import { snapshotOf } from "../../helpers/snapshot-builder";
import { candidatesOf, tableSheet } from "./binding-support";

/** Each candidate as `id (source)`, best first. */
const listed = (candidates: readonly BindingCandidate[]): string[] =>
  candidates.map((c) => `${c.id} (${c.source})`);

const ACTIVITY_HEADERS = [
  "Nr",
  "Aktivitet",
  "Beskrivning och syfte",
  "Mätbara mål",
  "Löptid",
  "Mötesfrekvens",
  "Sammankallande",
  "Sammankallandes e-post",
  "Finansiering",
  "Kommunikation",
];

/** Activities under their own headers: a plain range with one activity. */
function activitySheet(name: string, headers: readonly string[]): SheetSpec {
  return { name, rows: [headers, headers.map((h) => (h === "Nr" ? "1.1" : `${h} 1`))] };
}

describe("candidatesFor: how a candidate was found", () => {
  const sheets = (): WorkbookSnapshot => {
    const ranges = snapshotOfSheets([activitySheet("Blad3", ACTIVITY_HEADERS.slice(0, 7))]);
    return {
      sheets: [
        tableSheet("Gamla", "Aktiviteter", ["Nr", "Aktivitet"]),
        tableSheet("Blad2", "Tabell1", ACTIVITY_HEADERS),
        ...ranges.sheets,
      ],
    };
  };

  it("puts the table with the contract's name first, then tables and ranges by how well their headers fit", () => {
    expect(listed(candidatesOf(sheets(), "Aktiviteter"))).toEqual([
      "table:Aktiviteter (name)",
      "table:Tabell1 (table)",
      "range:Blad3!A1:G2 (range)",
    ]);
  });

  it("puts the bound table before all, and finds the others as without the binding", () => {
    const bound = { ...sheets(), bindings: [{ id: "atgardsplan.Aktiviteter", table: "tabell1" }] };

    expect(listed(candidatesOf(bound, "Aktiviteter"))).toEqual([
      "table:Tabell1 (binding)",
      "table:Aktiviteter (name)",
      "range:Blad3!A1:G2 (range)",
    ]);
  });
});

describe("candidatesFor: ranking by headers", () => {
  it("ranks required columns over other columns, and other columns over unknown headers", () => {
    const required = ["Nr", "Aktivitet", "Beskrivning och syfte", "Löptid", "Sammankallande"];
    const sheets: SheetSpec[] = [
      // Every required column and nothing else.
      activitySheet("Kort", required),
      // One required column short, but five optional ones.
      activitySheet(
        "Bred",
        ACTIVITY_HEADERS.filter((h) => h !== "Löptid"),
      ),
      // Every required column, two optional ones and three headers of no column.
      activitySheet("Blandad", [
        ...required,
        "Mätbara mål",
        "Finansiering",
        "Anteckning",
        "Status",
        "Ansvarig",
      ]),
    ];

    expect(candidatesOf(snapshotOfSheets(sheets), "Aktiviteter").map((c) => c.sheet)).toEqual([
      "Blandad",
      "Kort",
      "Bred",
    ]);
  });

  it("keeps only the best of two ranges that share cells (header rows at different heights)", () => {
    const sheet: SheetSpec = {
      name: "Blad1",
      rows: [
        ["Aktivitet", "Part"],
        ["Aktivitet", "Part", "Kontakt"],
        ["1.1", "Polisen", "Kommunpoliser"],
      ],
    };

    expect(listed(candidatesOf(snapshotOfSheets([sheet]), "Deltagare"))).toEqual([
      "range:Blad1!A2:C3 (range)",
    ]);
  });

  it("keeps every Excel table, whatever ranges fit better", () => {
    const ranges = snapshotOfSheets([activitySheet("Blad3", ACTIVITY_HEADERS)]);
    const snapshot = snapshotOf(
      [],
      [tableSheet("Blad2", "Tabell1", ["Nr", "Aktivitet", "Löptid"]), ...ranges.sheets],
    );

    expect(listed(candidatesOf(snapshot, "Aktiviteter"))).toEqual([
      "range:Blad3!A1:J2 (range)",
      "table:Tabell1 (table)",
    ]);
  });
});
