import { describe, expect, it } from "vitest";
import { proposeBinding, type BindingProposal, type TableName, type TableProposal } from "../../../src/plan";
import { districtPlan, snapshotOfSheets, untidyPlan, type SheetSpec } from "../../helpers/binding-fixtures";
import { planSnapshotWith } from "../../helpers/snapshot-builder";
import { tableSheet } from "./binding-support";

function proposalFor(proposal: BindingProposal, table: TableName): TableProposal {
  const found = proposal.tables.find((t) => t.def.name === table);
  if (!found) throw new Error(`no proposal for ${table}`);
  return found;
}

/** Where the proposal puts each table: `Sheet!A1:B2`, or null for a new table. */
function chosenPlaces(proposal: BindingProposal): Record<string, string | null> {
  return Object.fromEntries(
    proposal.tables.map((t) => {
      const chosen = t.candidates.find((c) => c.id === t.chosen);
      return [t.def.name, chosen ? `${chosen.sheet}!${chosen.range}` : null];
    }),
  );
}

describe("proposeBinding", () => {
  it("proposes the plain ranges on sheets named otherwise, and new tables where none fits", () => {
    const proposal = proposeBinding(snapshotOfSheets(districtPlan()));

    expect(chosenPlaces(proposal)).toEqual({
      Plan: "Info!A1:C2",
      Omraden: "Blad1!A1:D3",
      Aktiviteter: "Våra aktiviteter!A1:H4",
      Deltagare: "Parter!A1:C10",
      Indikatorer: null,
      Uppfoljning: "Uppföljning 2026!A1:G4",
      Utfall: null,
      Bedomning: null,
    });
  });

  it("matches reordered and aliased headers, and lists the unknown ones", () => {
    const activities = proposalFor(proposeBinding(snapshotOfSheets(districtPlan())), "Aktiviteter");
    const chosen = activities.candidates[0];

    expect(chosen?.matched).toEqual([
      { header: "Namn", column: "Aktivitet" },
      { header: "Nr", column: "Nr" },
      { header: "Syfte", column: "Beskrivning och syfte" },
      { header: "Ev. mätbara mål", column: "Mätbara mål" },
      { header: "Löptid", column: "Löptid" },
      { header: "Sammankallande", column: "Sammankallande" },
      { header: "Mötesfrekvens", column: "Mötesfrekvens" },
    ]);
    expect(chosen?.unknown).toEqual(["Anteckningar"]);
    expect(chosen?.missing).toEqual([]);
    expect(chosen?.nrColumns).toEqual([1]);
    expect(chosen?.excelTable).toBeNull();
  });

  it("keeps the worse of two candidate ranges as an alternative with its missing columns", () => {
    const followUps = proposalFor(proposeBinding(snapshotOfSheets(districtPlan())), "Uppfoljning");

    expect(followUps.candidates.map((c) => `${c.sheet}!${c.range}`)).toEqual([
      "Uppföljning 2026!A1:G4",
      "Gammal uppföljning!A1:D2",
    ]);
    expect(followUps.candidates[1]?.missing.map((c) => c.header)).toEqual([
      "Målet nått",
      "Genomförda aktiviteter",
    ]);
    expect(followUps.chosen).toBe("range:'Uppföljning 2026'!A1:G4");
  });

  it("does not propose a range for a table it fits no better than another (old follow-up for Utfall)", () => {
    const outcomes = proposalFor(proposeBinding(snapshotOfSheets(districtPlan())), "Utfall");

    expect(outcomes.candidates.map((c) => c.sheet)).toEqual(["Gammal uppföljning", "Uppföljning 2026"]);
    expect(outcomes.chosen).toBeNull();
  });

  it("finds a header row under a title row, and the required columns it lacks", () => {
    const proposal = proposeBinding(snapshotOfSheets(untidyPlan()));
    const activities = proposalFor(proposal, "Aktiviteter");

    expect(chosenPlaces(proposal).Aktiviteter).toBe("Våra aktiviteter!A3:G6");
    expect(activities.candidates[0]?.missing.map((c) => c.header)).toEqual(["Löptid"]);
    expect(proposalFor(proposal, "Deltagare")).toEqual(
      expect.objectContaining({ candidates: [], chosen: null, newSheet: "Deltagare" }),
    );
  });

  it("prefers a bound table to a rightly named one, and a rightly named one to better headers", () => {
    const snapshot = planSnapshotWith({
      Aktiviteter: { sheet: "Gamla", excelTable: "Aktiviteter", headers: ["Nr", "Aktivitet"] },
      Deltagare: { sheet: "Tabeller", excelTable: "Tabell3" },
    });
    const named = proposalFor(proposeBinding(snapshot), "Aktiviteter");
    expect(named.candidates.map((c) => [c.id, c.source])).toEqual([["table:Aktiviteter", "name"]]);

    const bound = proposeBinding({
      ...snapshot,
      bindings: [{ id: "atgardsplan.Deltagare", table: "TABELL3" }],
    });
    expect(proposalFor(bound, "Deltagare").candidates[0]).toEqual(
      expect.objectContaining({ id: "table:Tabell3", source: "binding" }),
    );
    expect(proposalFor(bound, "Deltagare").chosen).toBe("table:Tabell3");
  });

  it("reaches down past a blank row to the last row with something in the range's columns", () => {
    const sheet: SheetSpec = {
      name: "Blad1",
      rows: [
        ["Aktivitet", "Part", null, "Anteckning"],
        ["1.1", "Polisen", null, null],
        [null, null, null, "bara en notering"],
        ["1.2", "Polisen", null, null],
        [null, null, null, "längre ned"],
      ],
    };
    const participants = proposalFor(proposeBinding(snapshotOfSheets([sheet])), "Deltagare");

    expect(participants.candidates.map((c) => c.range)).toEqual(["A1:B4"]);
  });

  it("finds two ranges side by side on one sheet as separate candidates", () => {
    const sheet: SheetSpec = {
      name: "Blad1",
      rows: [
        ["Aktivitet", "Part", null, "Aktivitet", "Part", "Kontakt"],
        ["1.1", "Polisen", null, "1.2", "Polisen", "Kommunpoliser"],
      ],
    };
    const participants = proposalFor(proposeBinding(snapshotOfSheets([sheet])), "Deltagare");

    expect(participants.candidates.map((c) => c.range)).toEqual(["D1:F2", "A1:B2"]);
  });

  it("leaves out ranges Excel could not make a table of without changing a cell", () => {
    const sheets: SheetSpec[] = [
      {
        name: "Dubbel",
        rows: [
          ["Aktivitet", "Part", "Part"],
          ["1.1", "Polisen", "SDF"],
        ],
      },
      {
        name: "Tal",
        rows: [
          ["Aktivitet", "Part", 2026],
          ["1.1", "Polisen", null],
        ],
      },
      {
        name: "Sammanfogad",
        rows: [
          ["Aktivitet", "Part", "Kontakt"],
          ["1.1", "Polisen", null],
        ],
        merges: ["B2:C2"],
      },
    ];
    const participants = proposalFor(proposeBinding(snapshotOfSheets(sheets)), "Deltagare");

    expect(participants.candidates).toEqual([]);
  });

  it("reports broken bindings and picks a free sheet name for a new table", () => {
    const sheets: SheetSpec[] = [{ name: "Indikatorer", rows: [["Mina anteckningar"]] }];
    const proposal = proposeBinding(
      snapshotOfSheets(sheets, [
        { id: "atgardsplan.Aktiviteter", table: null },
        { id: "atgardsplan.Deltagare", table: "Borttagen" },
        { id: "annat.tillagg", table: null },
      ]),
    );

    expect(proposal.brokenBindings).toEqual([
      { id: "atgardsplan.Aktiviteter", table: "Aktiviteter" },
      { id: "atgardsplan.Deltagare", table: "Deltagare" },
    ]);
    expect(proposalFor(proposal, "Indikatorer").newSheet).toBe("Indikatorer (2)");
  });
});

describe("proposeBinding: one place, one table", () => {
  it("proposes a range for the table it fits with the fewest unknown headers, even a later one", () => {
    const sheet: SheetSpec = {
      name: "Blad1",
      rows: [
        ["Aktivitet", "Part", "Indikator", "Målvärde", "Enhet"],
        ["1.1", "Polisen", "Anmälda brott", 10, "st"],
      ],
    };

    const places = chosenPlaces(proposeBinding(snapshotOfSheets([sheet])));
    expect([places.Deltagare, places.Indikatorer]).toEqual([null, "Blad1!A1:E2"]);
  });

  it("proposes a range for the table it lacks the fewest required columns of, even a later one", () => {
    const sheet: SheetSpec = {
      name: "Blad1",
      rows: [
        ["Aktivitet", "År", "Period", "Indikator", "Värde", "Kommentar"],
        ["1.1", 2026, "T1", "Anmälda brott", 10, null],
      ],
    };

    const places = chosenPlaces(proposeBinding(snapshotOfSheets([sheet])));
    expect([places.Uppfoljning, places.Utfall]).toEqual([null, "Blad1!A1:F2"]);
  });

  it("weighs missing required columns before the number of columns matched", () => {
    const sheet: SheetSpec = {
      name: "Blad1",
      rows: [
        ["Aktivitet", "Part", "År", "Period", "Kommentar", "Antal möten", "Rapporterad av"],
        ["1.1", "Polisen", 2026, "T1", null, 4, "Kommunpoliser"],
      ],
    };

    // Uppfoljning matches six of these headers but lacks two required columns; Deltagare lacks none.
    const places = chosenPlaces(proposeBinding(snapshotOfSheets([sheet])));
    expect([places.Deltagare, places.Uppfoljning]).toEqual(["Blad1!A1:G2", null]);
  });

  it("gives cells two header rows share to the table that matches more columns", () => {
    const sheet: SheetSpec = {
      name: "Blad1",
      rows: [
        ["Aktivitet", "Part"],
        ["Aktivitet", "Indikator", "Målvärde"],
        ["1.1", "Anmälda brott", 10],
      ],
    };

    const places = chosenPlaces(proposeBinding(snapshotOfSheets([sheet])));
    expect([places.Deltagare, places.Indikatorer]).toEqual([null, "Blad1!A2:C3"]);
  });

  it("proposes an Excel table found by its headers only for the table it fits best, and never twice", () => {
    // Tabell5 fits Uppfoljning as well as Utfall; the named Uppfoljning fits Utfall too.
    const snapshot = planSnapshotWith({ Utfall: null }, [
      tableSheet("Gammal", "Tabell5", ["Aktivitet", "År", "Period", "Kommentar"]),
    ]);
    const proposal = proposeBinding(snapshot);

    expect(proposalFor(proposal, "Uppfoljning").chosen).toBe("table:Uppfoljning");
    expect(
      proposalFor(proposal, "Utfall")
        .candidates.slice(0, 2)
        .map((c) => [c.id, c.source]),
    ).toEqual([
      ["table:Tabell5", "table"],
      ["table:Uppfoljning", "table"],
    ]);
    expect(proposalFor(proposal, "Utfall").chosen).toBeNull();
  });

  it("proposes a table named for another, already bound elsewhere, for the table its headers fit", () => {
    const snapshot = planSnapshotWith(
      { Deltagare: null, Aktiviteter: { sheet: "Blad2", excelTable: "Tabell1" } },
      [tableSheet("Gamla", "Aktiviteter", ["Aktivitet", "Part", "Kontakt"])],
    );
    const proposal = proposeBinding({
      ...snapshot,
      bindings: [{ id: "atgardsplan.Aktiviteter", table: "Tabell1" }],
    });

    expect(proposalFor(proposal, "Aktiviteter").chosen).toBe("table:Tabell1");
    expect(proposalFor(proposal, "Deltagare").chosen).toBe("table:Aktiviteter");
  });

  it("proposes the bound table over the named one, and the named one over better headers", () => {
    const activityHeaders = [
      "Nr",
      "Aktivitet",
      "Beskrivning och syfte",
      "Mätbara mål",
      "Löptid",
      "Mötesfrekvens",
      "Sammankallande",
    ];
    const snapshot = planSnapshotWith({ Aktiviteter: null }, [
      tableSheet("Gamla", "Aktiviteter", ["Nr", "Aktivitet"]),
      tableSheet("Blad2", "Tabell1", activityHeaders),
      tableSheet("Blad3", "Tabell2", activityHeaders.slice(0, 5)),
    ]);

    expect(proposalFor(proposeBinding(snapshot), "Aktiviteter").chosen).toBe("table:Aktiviteter");
    const bound = { ...snapshot, bindings: [{ id: "atgardsplan.Aktiviteter", table: "Tabell2" }] };
    expect(proposalFor(proposeBinding(bound), "Aktiviteter").chosen).toBe("table:Tabell2");
  });
});
