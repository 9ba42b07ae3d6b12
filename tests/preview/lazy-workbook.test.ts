import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prepareFollowUps, type WorkbookSnapshot } from "../../src/plan";
import { LazyWorkbook } from "../../src/preview/lazy-workbook";
import { ExceljsWorkbook, WorkbookFileError } from "../../src/xlsx";

const EXAMPLE = "examples/atgardsplan-skarholmen.xlsx";

const exampleBytes = () => new Uint8Array(readFileSync(EXAMPLE));

function rowCount(snapshot: WorkbookSnapshot, table: string): number {
  return snapshot.sheets.flatMap((s) => s.tables).find((t) => t.name === table)?.rows.length ?? -1;
}

describe("LazyWorkbook", () => {
  it("gives the pane the workbook's snapshot before exceljs is loaded, as exceljs reads it", async () => {
    const lazy = await LazyWorkbook.open(exampleBytes(), "plan.xlsx");
    const snapshot = await lazy.readSnapshot();
    expect(lazy.isLoaded).toBe(false);
    const exceljs = await ExceljsWorkbook.fromBuffer(exampleBytes(), "plan.xlsx");
    expect(snapshot).toEqual(await exceljs.readSnapshot());
    expect(lazy.sheetNames()).toEqual(exceljs.workbook.worksheets.map((w) => w.name));
    expect(lazy.sheetNames().length).toBeGreaterThanOrEqual(5);
  });

  it("writes through exceljs and reads what was written afterwards", async () => {
    const lazy = await LazyWorkbook.open(exampleBytes(), "plan.xlsx");
    const before = await lazy.readSnapshot();
    const result = await prepareFollowUps(lazy, { period: "VB", year: 2026 });
    expect(result.added).toBeGreaterThan(0);
    expect(lazy.isLoaded).toBe(true);
    const after = await lazy.readSnapshot();
    expect(rowCount(after, "Uppfoljning")).toBeGreaterThan(rowCount(before, "Uppfoljning"));
    expect(JSON.stringify(after)).toContain('"VB"');
    expect(JSON.stringify(before)).not.toContain('"VB"');

    const exceljs = await ExceljsWorkbook.fromBuffer(exampleBytes(), "plan.xlsx");
    await prepareFollowUps(exceljs, { period: "VB", year: 2026 });
    expect(await lazy.readSnapshot()).toEqual(await exceljs.readSnapshot());
  });

  it("refuses a file that is no workbook when it is opened, in Swedish", async () => {
    const error = await LazyWorkbook.open(
      new TextEncoder().encode("Aktivitet;År\n1.1;2026\n"),
      "plan.xlsx",
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookFileError);
    expect((error as WorkbookFileError).userMessage).toContain('"plan.xlsx"');
  });

  it("loads exceljs once, however often the grid and the pane ask", async () => {
    const lazy = await LazyWorkbook.open(exampleBytes(), "plan.xlsx");
    const [a, b] = await Promise.all([lazy.workbook(), lazy.workbook()]);
    expect(a).toBe(b);
    expect(lazy.isLoaded).toBe(true);
  });
});
