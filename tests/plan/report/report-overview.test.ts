import { describe, expect, it } from "vitest";
import { buildTertialReport, locatePlanTables, rawDate, readPlanData } from "../../../src/plan";
import { reportPlanTables, reportSnapshot } from "../../helpers/report-fixture";
import type { RowInput } from "../../helpers/snapshot-builder";

describe("the overview's deviations", () => {
  it("says each deviation of the period in full, in the overview's order", () => {
    const tables = reportPlanTables();
    const change: Record<string, RowInput> = {
      // Reported a day late.
      "1.1": { Rapportdatum: rawDate("2026-05-16") },
      // Ej uppfyllt without a comment; 2 meetings where 9 were planned (every other week).
      "1.2": { "Målet nått": "Ej uppfyllt", Kommentar: null, "Antal möten": 2 },
      // Målet nått left empty, no comment.
      "2.1": { "Målet nått": null },
    };
    const snapshot = reportSnapshot({
      Aktiviteter: [...tables.Aktiviteter, { ...tables.Aktiviteter[0], Nr: "2.4", Aktivitet: null }],
      Uppfoljning: tables.Uppfoljning.map((r) =>
        r.Period === "T1" ? { ...r, ...change[String(r.Aktivitet)] } : r,
      ),
    });
    const report = buildTertialReport(readPlanData(locatePlanTables(snapshot)), "T1", 2026);
    expect(report.overview.deviations.map((d) => [d.nr, d.name, d.kind, d.text])).toEqual([
      ["1.1", "Platssamverkan Vårberg", "late", "Sen rapport: 1 dag (2026-05-16)"],
      ["1.2", "Platssamverkan Bredäng", "not-met", "Ej uppfyllt"],
      ["1.2", "Platssamverkan Bredäng", "meetings-below-plan", "2 möten av planerade 9"],
      ["1.10", "Trygghetsvandringar Vårberg", "not-met", "Ej uppfyllt: @polisen: resurser saknades"],
      [
        "2.1",
        "Platssamverkan Sätra",
        "not-assessed-without-comment",
        "Målet nått är inte ifyllt, och kommentar saknas",
      ],
      ["2.2", "Platssamverkan Skärholmen", "missing", "Ingen uppföljning för T1 2026"],
      ["2.4", "", "missing", "Ingen uppföljning för T1 2026"],
    ]);
    expect(report.overview.rows.map((r) => [r.nr, r.name])).toContainEqual(["2.4", ""]);
  });
});
