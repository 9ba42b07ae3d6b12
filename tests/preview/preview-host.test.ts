import { describe, expect, it, vi } from "vitest";
import { AddressError, PreviewHost, parseCellAddress } from "../../src/preview/preview-host";

describe("parseCellAddress", () => {
  it("reads a quoted sheet name with non-ASCII letters", () => {
    expect(parseCellAddress("'Uppföljning'!B4")).toEqual({
      sheet: "Uppföljning",
      cell: { row: 4, column: 2 },
    });
  });

  it("reads a plain sheet name and a cell past column Z", () => {
    expect(parseCellAddress("Aktiviteter!AB12")).toEqual({
      sheet: "Aktiviteter",
      cell: { row: 12, column: 28 },
    });
  });

  it("reads a quote doubled inside a quoted name and an exclamation mark in it", () => {
    expect(parseCellAddress("'Kalles ''plan''!'!$C$3")).toEqual({
      sheet: "Kalles 'plan'!",
      cell: { row: 3, column: 3 },
    });
  });

  it("reads the top-left cell of a range and a cell without a sheet", () => {
    expect(parseCellAddress("Plan!B2:D9")).toEqual({ sheet: "Plan", cell: { row: 2, column: 2 } });
    expect(parseCellAddress("C5")).toEqual({ sheet: null, cell: { row: 5, column: 3 } });
  });

  it("reports null for text that is no cell address", () => {
    expect(parseCellAddress("Plan!")).toBeNull();
    expect(parseCellAddress("ingen cell")).toBeNull();
    expect(parseCellAddress("''!A1")).toBeNull();
  });
});

const SHEETS = ["Plan", "Aktiviteter", "Uppföljning"];

describe("PreviewHost", () => {
  it("starts on the first sheet with A1 selected", () => {
    const host = new PreviewHost(() => SHEETS);
    expect(host.getView()).toEqual({ sheet: "Plan", selected: { row: 1, column: 1 }, version: 0 });
  });

  it("shows the sheet and cell of an address the pane selects, and tells the view", async () => {
    const host = new PreviewHost(() => SHEETS);
    const listener = vi.fn();
    host.subscribe(listener);
    await host.selectAddress("'Uppföljning'!C7");
    expect(host.getView()).toMatchObject({ sheet: "Uppföljning", selected: { row: 7, column: 3 } });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("refuses an address on a sheet that does not exist, with a Swedish message", async () => {
    const host = new PreviewHost(() => SHEETS);
    const refused = host.selectAddress("'Rapport T1 2026'!A1");
    await expect(refused).rejects.toBeInstanceOf(AddressError);
    await expect(refused).rejects.toMatchObject({
      userMessage: "Cellen 'Rapport T1 2026'!A1 finns inte i arbetsboken.",
    });
    expect(host.getView().sheet).toBe("Plan");
  });

  it("activates a sheet with its first cell selected", async () => {
    const host = new PreviewHost(() => SHEETS);
    await host.selectAddress("Plan!D4");
    await host.activateSheet("Aktiviteter");
    expect(host.getView()).toMatchObject({ sheet: "Aktiviteter", selected: { row: 1, column: 1 } });
  });

  it("shows a sheet written after it was made (a new report sheet)", async () => {
    const sheets = [...SHEETS];
    const host = new PreviewHost(() => sheets);
    sheets.push("Rapport T1 2026");
    host.changed(false);
    await host.activateSheet("Rapport T1 2026");
    expect(host.getView()).toMatchObject({ sheet: "Rapport T1 2026", version: 1 });
  });

  it("calls the pane's change handlers after table writes only, until removed", async () => {
    const host = new PreviewHost(() => SHEETS);
    const handler = vi.fn();
    const remove = await host.onTablesChanged(handler);
    host.changed(false);
    expect(handler).not.toHaveBeenCalled();
    host.changed(true);
    expect(handler).toHaveBeenCalledTimes(1);
    await remove();
    host.changed(true);
    expect(handler).toHaveBeenCalledTimes(1);
    expect(host.getView().version).toBe(3);
  });

  it("falls back to the first sheet when the shown one is gone", async () => {
    const sheets = [...SHEETS];
    const host = new PreviewHost(() => sheets);
    await host.activateSheet("Uppföljning");
    sheets.pop();
    host.changed(false);
    expect(host.getView().sheet).toBe("Plan");
  });
});
