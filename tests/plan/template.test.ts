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

describe("newTable row heights", () => {
  const activities = PLAN_TABLES.find((t) => t.name === "Aktiviteter")!;
  const row = (description: string) => ["1.1", "Platssamverkan", description, null, "Tillsvidare"];

  it("gives a row the height its wrapped text needs and leaves one-line rows alone", () => {
    // "Beskrivning och syfte" is 60 characters wide: about 54 characters a line at 11 pt.
    // 120 characters need 3 lines: 3 × 11 pt × 1.3 + 4 = 46.9, rounded up to 47 points.
    const long = "x".repeat(120);
    const table = newTable(activities, [row("Kort text."), row(long)]);
    expect(table.rowHeights).toEqual([null, 47]);
  });

  it("counts each paragraph of a cell as its own lines", () => {
    // Three short paragraphs: three lines, 47 points.
    const table = newTable(activities, [row("Ett.\nTvå.\nTre.")]);
    expect(table.rowHeights).toEqual([47]);
  });
});
