import { describe, expect, it } from "vitest";
import { buildReportDocument, readTertialReport, reportFooter, type WorkbookPort } from "../../../src/plan";
import { reportSnapshot } from "../../helpers/report-fixture";

/** A port that only reads: the report is read, not written. */
function readingPort(): WorkbookPort {
  return { readSnapshot: async () => reportSnapshot() } as unknown as WorkbookPort;
}

describe("readTertialReport", () => {
  it("shows the day it was made when the caller gives it, and none otherwise", async () => {
    const dated = await readTertialReport(readingPort(), {
      period: "T1",
      year: 2026,
      createdOn: "2026-05-20",
    });
    const undated = await readTertialReport(readingPort(), { period: "T1", year: 2026 });
    expect([dated.title.createdOn, undated.title.createdOn]).toEqual(["2026-05-20", null]);
  });
});

describe("the report document's frame", () => {
  it("names the district and the period in the footer, or the period alone without a district", async () => {
    const report = await readTertialReport(readingPort(), { period: "T2", year: 2026 });
    expect(reportFooter(report)).toBe(`${report.title.district ?? "?"} · ${report.title.periodLabel} 2026`);
    expect(reportFooter({ ...report, title: { ...report.title, district: null } })).toBe(
      `${report.title.periodLabel} 2026`,
    );
  });

  it("lets the chart's page end after the chart instead of pulling the first area onto it", async () => {
    const report = await readTertialReport(readingPort(), { period: "T1", year: 2026 });
    const chartPage = buildReportDocument(report).blocks.find(
      (b) =>
        b.kind === "keep" &&
        b.blocks.some((inner) => inner.kind === "heading" && inner.text === "Status per område"),
    );
    expect(chartPage).toMatchObject({ kind: "keep", withNext: false });
  });
});
