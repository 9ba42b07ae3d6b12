import { describe, expect, it } from "vitest";
import { PLAN_TABLES } from "../../../src/plan";
import { activityRow, planSnapshotWith } from "../../helpers/snapshot-builder";
import { findingsOf, validate } from "../support";

describe("findings on a table whose headers are written differently", () => {
  it("name the column by the contract's header, not by the sheet's spelling of it", () => {
    const columns = PLAN_TABLES.find((t) => t.name === "Aktiviteter")?.columns ?? [];
    const row = activityRow({ Nr: "1.1", Aktivitet: null });
    const report = validate(
      planSnapshotWith({
        Aktiviteter: {
          headers: columns.map((c) => c.header.toUpperCase()),
          rows: [columns.map((c) => row[c.header] ?? null)],
        },
      }),
    );
    const required = findingsOf(report, "required").filter((f) => f.table === "Aktiviteter");
    expect(required.map((f) => [f.column, f.address])).toEqual([["Aktivitet", "Aktiviteter!B2"]]);
  });
});
