import { describe, expect, it } from "vitest";
import {
  describeBrokenBinding,
  describeCandidate,
  describeMatchedColumns,
  describeMissingColumns,
  describeOperation,
  newTable,
  type TableName,
  tableDef,
  type BindingCandidate,
  type BindingOperation,
  type WorkbookSnapshot,
} from "../../../src/plan";
import { districtPlan, snapshotOfSheets } from "../../helpers/binding-fixtures";
import { planSnapshotWith } from "../../helpers/snapshot-builder";
import { candidatesOf } from "./binding-support";

function firstCandidate(snapshot: WorkbookSnapshot, table: TableName): BindingCandidate {
  const first = candidatesOf(snapshot, table)[0];
  if (!first) throw new Error(`no candidate for ${table}`);
  return first;
}

describe("describeCandidate", () => {
  it("names a plain range by its sheet and cells, quoting a sheet name with a space", () => {
    const activities = firstCandidate(snapshotOfSheets(districtPlan()), "Aktiviteter");

    expect(describeCandidate(activities)).toBe("'Våra aktiviteter'!A1:H4");
  });

  it("names an Excel table by its name and where it is, header row through the last row", () => {
    const snapshot = planSnapshotWith({ Aktiviteter: { sheet: "Blad2", excelTable: "Tabell1" } });

    // Ten contract headers (A–J) and two activities under the header row.
    expect(describeCandidate(firstCandidate(snapshot, "Aktiviteter"))).toBe(
      "tabellen Tabell1 på Blad2!A1:J3",
    );
  });

  it("gives an empty Excel table one data row, as Excel does", () => {
    const snapshot = planSnapshotWith({
      Deltagare: {
        sheet: "Parter",
        excelTable: "Tabell2",
        headers: ["Aktivitet", "Part"],
        top: 3,
        left: 2,
        rows: [],
      },
    });

    expect(describeCandidate(firstCandidate(snapshot, "Deltagare"))).toBe("tabellen Tabell2 på Parter!B3:C4");
  });
});

describe("describeMatchedColumns", () => {
  it("lists the matched headers in sheet order, naming the contract column where the header differs", () => {
    const activities = firstCandidate(snapshotOfSheets(districtPlan()), "Aktiviteter");

    expect(describeMatchedColumns(activities)).toBe(
      "Namn (= Aktivitet), Nr, Syfte (= Beskrivning och syfte), Ev. mätbara mål (= Mätbara mål), " +
        "Löptid, Sammankallande, Mötesfrekvens",
    );
  });

  it("reads a header without the spaces around it", () => {
    const activities = firstCandidate(snapshotOfSheets(districtPlan()), "Aktiviteter");
    const spaced: BindingCandidate = {
      ...activities,
      matched: [
        { header: " Nr ", column: "Nr" },
        { header: "  Namn", column: "Aktivitet" },
      ],
    };

    expect(describeMatchedColumns(spaced)).toBe("Nr, Namn (= Aktivitet)");
  });

  it("says so when no column is recognised", () => {
    const activities = firstCandidate(snapshotOfSheets(districtPlan()), "Aktiviteter");

    expect(describeMatchedColumns({ ...activities, matched: [] })).toBe("inga kolumner känns igen");
  });
});

describe("describeMissingColumns", () => {
  it("is null when every required column is there", () => {
    expect(
      describeMissingColumns(firstCandidate(snapshotOfSheets(districtPlan()), "Aktiviteter")),
    ).toBeNull();
  });

  it("names one missing column, and several as a Swedish list, saying they will be added", () => {
    const followUps = candidatesOf(snapshotOfSheets(districtPlan()), "Uppfoljning");
    const old = followUps[1];
    if (!old) throw new Error("no second follow-up candidate");
    const oneMissing: BindingCandidate = { ...old, missing: [tableDef("Aktiviteter").columns[4]!] };

    expect(describeMissingColumns(old)).toBe(
      'saknas: "Målet nått" och "Genomförda aktiviteter" (läggs till)',
    );
    expect(describeMissingColumns(oneMissing)).toBe('saknas: "Löptid" (läggs till)');
  });
});

describe("describeBrokenBinding", () => {
  it("says which table's binding is broken and what to do", () => {
    expect(describeBrokenBinding({ id: "atgardsplan.Uppfoljning", table: "Uppfoljning" })).toBe(
      "Kopplingen för tabellen Uppfoljning är bruten: tabellen den pekade på finns inte längre. " +
        "Koppla planen igen.",
    );
  });
});

describe("describeOperation", () => {
  const cases: [BindingOperation, string][] = [
    [
      { kind: "convertRangeToTable", sheet: "Våra aktiviteter", range: "A3:G6", name: "Aktiviteter" },
      "Området 'Våra aktiviteter'!A3:G6 blev tabellen Aktiviteter.",
    ],
    [
      { kind: "renameTable", from: "Tabell1", to: "Aktiviteter" },
      "Tabellen Tabell1 bytte namn till Aktiviteter.",
    ],
    [
      { kind: "addColumns", table: "Aktiviteter", headers: ["Löptid"] },
      'Tabellen Aktiviteter fick kolumnen "Löptid" längst till höger.',
    ],
    [
      {
        kind: "addColumns",
        table: "Tabell4",
        headers: ["Målet nått", "Kommentar", "Genomförda aktiviteter"],
      },
      'Tabellen Tabell4 fick kolumnerna "Målet nått", "Kommentar" och "Genomförda aktiviteter" längst till höger.',
    ],
    [
      { kind: "formatColumnsAsText", table: "Deltagare", columns: [0] },
      "Aktivitetsnumren i tabellen Deltagare formaterades som text.",
    ],
    [
      { kind: "createTable", table: { ...newTable(tableDef("Utfall")), sheet: "Utfall (2)" } },
      'Tabellen Utfall skapades på det nya bladet "Utfall (2)".',
    ],
    [
      { kind: "recordBinding", id: "atgardsplan.Aktiviteter", table: "Tabell1" },
      "Kopplingen atgardsplan.Aktiviteter pekar på tabellen Tabell1.",
    ],
  ];

  it.each(cases.map(([op, sentence], i) => ({ name: `${i + 1}, ${op.kind}`, op, sentence })))(
    "describes operation $name",
    ({ op, sentence }) => {
      expect(describeOperation(op)).toBe(sentence);
    },
  );
});
