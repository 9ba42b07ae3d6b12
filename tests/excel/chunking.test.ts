import { describe, expect, it } from "vitest";
import { BatchBudget } from "../../src/excel/chunking";
import { Session } from "../../src/excel/sync";
import { planTemplate, type CellInput } from "../../src/plan";
import { readValues, SimulatedExcel, tableModel, WEB_PAYLOAD_LIMIT } from "../office-host";
import { followUpLocation, planExcel } from "./plan-excel";
import { officeWorkbookOn } from "./support";

const LONG = "Genomförda aktiviteter: trygghetsvandring, möten med skolan och polisen. ".repeat(14);

function followUp(i: number): CellInput[] {
  return [`1.${i}`, 2026, "T2", "Uppfyllt", null, `${i}: ${LONG}`, i % 9, "Anna Andersson", null];
}

describe("OfficeWorkbook payload chunking", () => {
  it("cuts a write of more than 5 MB into requests under Excel on the web's limit, data intact", async () => {
    const excel = planExcel();
    const rows = Array.from({ length: 6000 }, (_, i) => followUp(i));
    await officeWorkbookOn(excel).appendRows(followUpLocation(), rows);
    const written = excel.syncs.slice(1);
    expect(written.reduce((sum, r) => sum + r.requestBytes, 0)).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(written.length).toBeGreaterThan(1);
    for (const request of excel.requests) expect(request.requestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(readValues(excel, "Uppföljning", "A4:B4")).toEqual([["1.0", 2026]]);
    expect(readValues(excel, "Uppföljning", "F6003")).toEqual([[`5999: ${LONG}`]]);
    expect(tableModel(excel, "Uppfoljning")?.ref.bottom).toBe(6003);
    expect(excel.calls).not.toContain("TableRowCollection.Add");
  });

  it("cuts a large import the same way under a smaller limit", async () => {
    const limit = 60_000;
    const excel = new SimulatedExcel({ payloadLimitBytes: limit });
    const rows = Array.from({ length: 400 }, (_, i) => followUp(i));
    const tables = planTemplate({ Uppfoljning: rows }).filter((t) => t.name === "Uppfoljning");
    await officeWorkbookOn(excel, { payloadLimitBytes: limit }).createTables(tables);
    expect(excel.syncCount).toBeGreaterThan(3);
    for (const request of excel.requests) expect(request.requestBytes).toBeLessThan(limit);
    expect(tableModel(excel, "Uppfoljning")?.ref).toEqual({ top: 1, left: 1, bottom: 401, right: 9 });
    expect(readValues(excel, "Uppföljning", "A401:C401")).toEqual([["1.399", 2026, "T2"]]);
  });
});

describe("BatchBudget", () => {
  function budgetOn(options: ConstructorParameters<typeof BatchBudget>[1]) {
    const sent: string[][] = [];
    let queued: string[] = [];
    const context = {
      sync: () => {
        sent.push(queued);
        queued = [];
        return Promise.resolve();
      },
    };
    const budget = new BatchBudget(new Session(context as never, 1000, 100_000), options);
    return { budget, sent, queue: (label: string) => () => void queued.push(label) };
  }

  it("keeps the reserve free in every batch, for the actions that must share the last request", async () => {
    const { budget, sent, queue } = budgetOn({ reserve: 2000 });
    await budget.add(budget.limit - 1000, queue("a"));
    await budget.add(1000, queue("b"));
    await budget.addReserved(2000, queue("finish"));
    await budget.flush();
    expect(sent).toEqual([["a", "b", "finish"]]);
  });

  it("syncs before an action that would take a batch into the reserve", async () => {
    const { budget, sent, queue } = budgetOn({ reserve: 2000 });
    await budget.add(budget.limit - 1000, queue("a"));
    await budget.add(1001, queue("b"));
    // b's 1001 bytes and this take the batch 1 byte over the limit and the reserve together.
    await budget.addReserved(budget.limit + 1000, queue("finish"));
    await budget.flush();
    expect(sent).toEqual([["a"], ["b"], ["finish"]]);
  });

  it("runs afterSync once each sync has answered, and stops queuing when it throws", async () => {
    const seen: number[] = [];
    const stop = new Error("stopp");
    const run = budgetOn({
      afterSync: () => {
        seen.push(run.budget.syncs);
        throw stop;
      },
    });
    await run.budget.add(run.budget.limit, run.queue("a"));
    await expect(run.budget.add(1, run.queue("b"))).rejects.toBe(stop);
    expect(seen).toEqual([1]);
    expect(run.sent).toEqual([["a"]]);
    await run.budget.flush();
    expect(run.sent).toEqual([["a"]]);
  });
});
