import { describe, expect, it } from "vitest";
import { PLAN_TABLES, newTable, pageFooter, planTemplate } from "../../src/plan";

describe("planTemplate", () => {
  it("sets every table to print on A4 landscape, one page wide, its header row on every page", () => {
    const tables = planTemplate();
    expect(tables.map((t) => t.sheet)).toEqual(PLAN_TABLES.map((t) => t.sheet));
    for (const table of tables) {
      expect(table.print).toEqual({
        paper: "A4",
        orientation: "landscape",
        fitToWidth: true,
        repeatRows: { first: 1, last: 1 },
        footer: `${table.sheet} – sida &P av &N`,
      });
    }
  });
});

describe("newTable", () => {
  it("names the sheet in the footer also when the table has rows", () => {
    const followUps = PLAN_TABLES.find((t) => t.name === "Uppfoljning")!;
    const table = newTable(followUps, [["1.1", 2026, "T1", "Uppfyllt", null, null, null, null, null]]);
    expect(table.print?.footer).toBe("Uppföljning – sida &P av &N");
    expect(table.print?.orientation).toBe("landscape");
  });
});

describe("pageFooter", () => {
  it("doubles an & so that it prints as itself, not as a footer code", () => {
    expect(pageFooter("Mål & medel")).toBe("Mål && medel – sida &P av &N");
  });
});
