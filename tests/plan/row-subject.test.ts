import { describe, expect, it } from "vitest";
import type { TableName } from "../../src/plan/contract";
import { rowSubject } from "../../src/plan/row-subject";

describe("rowSubject", () => {
  it.each<[TableName, object, string | null]>([
    ["Plan", { activity: "1.1", period: "T1", year: 2026 }, null],
    ["Omraden", { nr: 2 }, "område 2"],
    ["Omraden", { nr: "2" }, null],
    ["Omraden", {}, null],
    ["Aktiviteter", { nr: "1.2" }, "aktivitet 1.2"],
    ["Aktiviteter", { nr: "  " }, null],
    ["Aktiviteter", { nr: 1.2 }, null],
    ["Deltagare", { activity: "2.3", party: "Polisen" }, "aktivitet 2.3, Polisen"],
    ["Deltagare", { activity: "2.3", party: null }, "aktivitet 2.3"],
    ["Deltagare", { activity: "2.3", party: " " }, "aktivitet 2.3"],
    ["Deltagare", { activity: " ", party: "Polisen" }, null],
    [
      "Indikatorer",
      { activity: "1.1", indicator: "Trygghetsvandringar" },
      'aktivitet 1.1, indikatorn "Trygghetsvandringar"',
    ],
    ["Indikatorer", { activity: "1.1", indicator: "" }, "aktivitet 1.1"],
    ["Uppfoljning", { activity: "1.1", period: "T1", year: 2026 }, "aktivitet 1.1, T1 2026"],
    ["Uppfoljning", { activity: "1.1", period: "T1", year: "2026" }, "aktivitet 1.1, T1"],
    ["Uppfoljning", { activity: "1.1", period: null, year: 2026 }, "aktivitet 1.1"],
    ["Uppfoljning", { activity: null, period: "T1", year: 2026 }, null],
    [
      "Utfall",
      { activity: "1.1", indicator: "Trygghetsvandringar", period: "VB", year: 2026 },
      'aktivitet 1.1, indikatorn "Trygghetsvandringar", VB 2026',
    ],
    ["Utfall", { activity: "1.1", indicator: null, period: "T2", year: 2026 }, "aktivitet 1.1, T2 2026"],
    ["Bedomning", { area: 3, period: "T2", year: 2026 }, "område 3, T2 2026"],
    ["Bedomning", { area: 3, period: null }, "område 3"],
    ["Bedomning", { area: null, period: "T2", year: 2026 }, null],
    ["Bedomning", { area: "3", period: "T2", year: 2026 }, null],
  ])("%s %o is %j", (table, values, subject) => {
    expect(rowSubject(table, values)).toBe(subject);
  });
});
