import { describe, expect, it } from "vitest";
import {
  ACTIVITIES_TABLE,
  AREAS_TABLE,
  FOLLOW_UPS_TABLE,
  columnForHeader,
  matchColumns,
  normalizeHeader,
} from "../../src/plan";
import { arrange, planSnapshotWith, validPlanTables } from "../helpers/snapshot-builder";
import { allFields, validate } from "./support";

describe("normalizeHeader", () => {
  it("ignores case, surrounding and repeated whitespace (non-breaking too) and a trailing colon", () => {
    expect(normalizeHeader("  Beskrivning\u00a0 och\nsyfte : ")).toBe("beskrivning och syfte");
    expect(normalizeHeader("Löptid:")).toBe("löptid");
    expect(normalizeHeader("ÖVRIGA DELTAGARE")).toBe("övriga deltagare");
  });
});

describe("columnForHeader", () => {
  it.each([
    ["NR", ACTIVITIES_TABLE, "nr"],
    ["aktivitet", ACTIVITIES_TABLE, "name"],
    ["Namn", ACTIVITIES_TABLE, "name"],
    ["Syfte", ACTIVITIES_TABLE, "description"],
    ["Ev. mätbara mål", ACTIVITIES_TABLE, "measurableGoals"],
    ["Löptid:", ACTIVITIES_TABLE, "duration"],
    ["\u00a0Mötesfrekvens\u00a0", ACTIVITIES_TABLE, "meetingFrequency"],
    ["Samverkansområde", AREAS_TABLE, "name"],
    ["Mål och syfte", AREAS_TABLE, "goal"],
    ["Ev. Strategidokument/policy", AREAS_TABLE, "strategy"],
    ["Strategidokument/policy", AREAS_TABLE, "strategy"],
    ["målet  nått", FOLLOW_UPS_TABLE, "status"],
  ])("maps %j to %s", (header, table, key) => {
    expect(columnForHeader(table, header)?.key ?? null).toBe(key);
  });
});

describe("matchColumns", () => {
  it("matches reordered columns by header, not by position", () => {
    const match = matchColumns(ACTIVITIES_TABLE, [
      "Sammankallande",
      "Löptid",
      "Nr",
      "Beskrivning och syfte",
      "Aktivitet",
    ]);

    expect(match.indexByKey.get("nr")).toBe(2);
    expect(match.indexByKey.get("convener")).toBe(0);
    expect(match.missing).toEqual([]);
    expect(match.unknown).toEqual([]);
  });

  it("lists an extra header as unknown and a second header for a column as duplicate", () => {
    const match = matchColumns(ACTIVITIES_TABLE, [
      "Nr",
      "Aktivitet",
      "Beskrivning och syfte",
      "Löptid",
      "Sammankallande",
      "Anteckningar",
      "namn",
      null,
    ]);

    expect(match.unknown).toEqual([{ index: 5, header: "Anteckningar" }]);
    expect(match.duplicates.map((d) => [d.index, d.header, d.column.key, d.firstIndex])).toEqual([
      [6, "namn", "name", 1],
    ]);
    expect(match.columnAt.map((c) => c?.key ?? null)).toEqual([
      "nr",
      "name",
      "description",
      "duration",
      "convener",
      null,
      null,
      null,
    ]);
  });
});

describe("validatePlan", () => {
  it("accepts renamed, reordered, aliased and padded headers without any finding", () => {
    const layout = arrange(validPlanTables().Aktiviteter, [
      ["Löptid:", "Löptid"],
      ["NR", "Nr"],
      ["aktivitet", "Aktivitet"],
      ["  Syfte  ", "Beskrivning och syfte"],
      ["Ev.\u00a0mätbara   mål", "Mätbara mål"],
      ["SAMMANKALLANDE:", "Sammankallande"],
      ["Mötesfrekvens", "Mötesfrekvens"],
    ]);
    const areas = arrange(validPlanTables().Omraden, [
      ["Samverkansområde", "Område"],
      ["Nr", "Nr"],
      ["Mål och syfte", "Övergripande mål och syfte"],
      ["Ev. strategidokument/policy", "Strategidokument"],
    ]);

    expect(validate(planSnapshotWith({ Aktiviteter: layout, Omraden: areas })).findings).toEqual([]);
  });

  it("reads values from the matched column, so a broken cell is found under its moved header", () => {
    const rows = validPlanTables().Aktiviteter.map((r, i) => (i === 1 ? { ...r, Löptid: "snart" } : r));
    const layout = arrange(rows, [
      ["Nr", "Nr"],
      ["Löptid", "Löptid"],
      ["Aktivitet", "Aktivitet"],
      ["Beskrivning och syfte", "Beskrivning och syfte"],
      ["Mätbara mål", "Mätbara mål"],
      ["Mötesfrekvens", "Mötesfrekvens"],
      ["Sammankallande", "Sammankallande"],
    ]);

    expect(allFields(validate(planSnapshotWith({ Aktiviteter: layout })))).toEqual([
      {
        rule: "pattern",
        severity: "error",
        table: "Aktiviteter",
        column: "Löptid",
        row: 2,
        address: "Aktiviteter!B3",
        value: "snart",
      },
    ]);
  });

  it("reports an extra column as column-unknown info at its header cell", () => {
    const layout = arrange(validPlanTables().Deltagare, [
      ["Aktivitet", "Aktivitet"],
      ["Part", "Part"],
      ["Telefon", null],
      ["Kontakt", "Kontakt"],
    ]);

    expect(allFields(validate(planSnapshotWith({ Deltagare: layout })))).toEqual([
      {
        rule: "column-unknown",
        severity: "info",
        table: "Deltagare",
        column: "Telefon",
        row: null,
        address: "Deltagare!C1",
        value: "Telefon",
      },
    ]);
  });

  it("reports two headers for one column as column-duplicate at the second header", () => {
    const layout = arrange(validPlanTables().Aktiviteter, [
      ["Nr", "Nr"],
      ["Aktivitet", "Aktivitet"],
      ["Beskrivning och syfte", "Beskrivning och syfte"],
      ["Syfte", "Beskrivning och syfte"],
      ["Löptid", "Löptid"],
      ["Sammankallande", "Sammankallande"],
      ["Mätbara mål", "Mätbara mål"],
      ["Mötesfrekvens", "Mötesfrekvens"],
    ]);

    expect(allFields(validate(planSnapshotWith({ Aktiviteter: layout })))).toEqual([
      {
        rule: "column-duplicate",
        severity: "error",
        table: "Aktiviteter",
        column: "Beskrivning och syfte",
        row: null,
        address: "Aktiviteter!D1",
        value: "Syfte",
      },
    ]);
  });
});
