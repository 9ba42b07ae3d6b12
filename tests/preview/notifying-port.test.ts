import { describe, expect, it } from "vitest";
import type { BindingPort, TableLocation, WorkbookPort } from "../../src/plan";
import { NotifyingPort } from "../../src/preview/notifying-port";

const LOCATION: TableLocation = {
  table: "Uppfoljning",
  sheet: "Uppföljning",
  excelTable: "Uppfoljning",
  top: 1,
  left: 1,
  rowCount: 0,
  headers: ["Aktivitet"],
};

function fakePort(fail: boolean): WorkbookPort & BindingPort {
  const refuse = async () => {
    if (fail) throw new Error("refused");
  };
  return {
    readSnapshot: async () => ({ sheets: [] }),
    createTables: refuse,
    appendRows: refuse,
    writeRows: async () => {
      await refuse();
      return { written: true };
    },
    writeSheet: async () => {
      await refuse();
      return { sheet: "Rapport T1 2026", replaced: false };
    },
    applyBinding: refuse,
    readBindings: async () => [{ id: "atgardsplan.Aktiviteter", tableName: "Aktiviteter" }],
  };
}

describe("NotifyingPort", () => {
  it("tells after each write whether plan tables were written", async () => {
    const told: boolean[] = [];
    const port = new NotifyingPort(fakePort(false), (tables) => void told.push(tables));
    await port.readSnapshot();
    await port.appendRows(LOCATION, [["1.1"]]);
    await port.createTables([]);
    expect(await port.writeSheet({} as never, "free-name")).toEqual({
      sheet: "Rapport T1 2026",
      replaced: false,
    });
    expect(told).toEqual([true, true, false]);
  });

  it("passes Koppla plan on and tells that plan tables were written", async () => {
    const told: boolean[] = [];
    const port = new NotifyingPort(fakePort(false), (tables) => void told.push(tables));
    expect(await port.readBindings()).toEqual([{ id: "atgardsplan.Aktiviteter", tableName: "Aktiviteter" }]);
    expect(told).toEqual([]);
    await port.applyBinding([]);
    expect(told).toEqual([true]);
  });

  it("tells after a failed write too (part of it may have been written), and passes the fault on", async () => {
    const told: boolean[] = [];
    const port = new NotifyingPort(fakePort(true), (tables) => void told.push(tables));
    await expect(port.appendRows(LOCATION, [["1.1"]])).rejects.toThrow("refused");
    await expect(port.writeSheet({} as never, "refuse")).rejects.toThrow("refused");
    expect(told).toEqual([true, false]);
  });
});
