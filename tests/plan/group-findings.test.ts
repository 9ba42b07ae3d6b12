import { describe, expect, it } from "vitest";
import { capFindings, FINDING_MESSAGES_SV, groupFindings, problemCells } from "../../src/plan";
import { followUpRow, planSnapshot, validPlanTables } from "../helpers/snapshot-builder";
import { finding, validate } from "./support";

describe("groupFindings", () => {
  it("makes one wrong activity Nr on 15 rows one problem with 15 cells", () => {
    const tables = validPlanTables();
    tables.Uppfoljning = [
      ...tables.Uppfoljning,
      ...Array.from({ length: 15 }, (_, i) => followUpRow({ Aktivitet: "9.9", År: 2010 + i })),
    ];
    const groups = groupFindings(validate(planSnapshot(tables)).findings);

    expect(groups.map((g) => [g.rule, g.severity, g.title, g.count, g.problems.length])).toEqual([
      ["unknown-reference", "error", "Hänvisning till något som inte finns", 15, 1],
    ]);
    const [problem] = groups[0]?.problems ?? [];
    expect(problem?.message).toBe(
      "Aktivitet 9.9 finns inte i Aktiviteter. Rätta numret eller lägg till aktiviteten.",
    );
    expect(problem?.count).toBe(15);
    expect(problem?.findings.map((f) => f.address)).toEqual(
      Array.from({ length: 15 }, (_, i) => `'Uppföljning'!A${i + 4}`),
    );
  });

  it("puts errors first, then warnings, then information, each rule in the order it first appears", () => {
    const groups = groupFindings([
      finding({ rule: "copied-follow-up", severity: "warning", message: "Kopia." }),
      finding({
        rule: "table-missing",
        severity: "info",
        address: null,
        row: null,
        message: "Utfall saknas.",
      }),
      finding({}),
      finding({ rule: "enum", message: "Fel värde." }),
      finding({ rule: "core-party-missing", severity: "warning", message: "Polisen saknas." }),
      finding({ rule: "core-party-missing", severity: "info", message: "Skolan saknas." }),
      finding({
        row: 2,
        address: "'Uppföljning'!D3",
        message: '"Målet nått" måste fyllas i för aktivitet 1.2, T1 2026.',
      }),
    ]);

    expect(groups.map((g) => [g.severity, g.rule, g.count, g.problems.map((p) => p.count)])).toEqual([
      ["error", "required", 2, [1, 1]],
      ["error", "enum", 1, [1]],
      ["warning", "copied-follow-up", 1, [1]],
      ["warning", "core-party-missing", 1, [1]],
      ["info", "table-missing", 1, [1]],
      ["info", "core-party-missing", 1, [1]],
    ]);
    expect(groups[0]?.title).toBe("Måste fyllas i");
  });

  it("counts a summary finding of a capped rule as the findings it stands for", () => {
    const many = Array.from({ length: 7 }, (_, i) =>
      finding({ row: i + 1, address: `'Uppföljning'!D${i + 2}`, message: `Rad ${i}.` }),
    );
    const groups = groupFindings(capFindings(many, 5));

    expect(groups).toHaveLength(1);
    expect(groups[0]?.count).toBe(7);
    expect(groups[0]?.problems.at(-1)).toEqual({
      message: "… och 2 till av samma slag (Måste fyllas i).",
      count: 2,
      findings: [expect.objectContaining({ address: null })],
    });
  });
});

describe("FINDING_MESSAGES_SV", () => {
  it("has a Swedish title for every rule, and no title is a slug", () => {
    for (const [slug, title] of Object.entries(FINDING_MESSAGES_SV.titles)) {
      expect(title).not.toBe(slug);
      expect(title).not.toMatch(/^[a-z]+(?:-[a-z]+)+$/);
    }
  });

  it("says what the counts mean: errors to fix, warnings to look at, or a valid plan", () => {
    const { verdict } = FINDING_MESSAGES_SV;
    expect(verdict({ errors: 3, warnings: 14, info: 2 })).toBe("Planen har 3 fel som behöver rättas.");
    expect(verdict({ errors: 1, warnings: 0, info: 0 })).toBe("Planen har 1 fel som behöver rättas.");
    expect(verdict({ errors: 0, warnings: 14, info: 2 })).toBe("Inga fel – 14 varningar att se över.");
    expect(verdict({ errors: 0, warnings: 1, info: 0 })).toBe("Inga fel – 1 varning att se över.");
    expect(verdict({ errors: 0, warnings: 0, info: 2 })).toBe("Inga fel eller varningar: planen är giltig.");
  });
});

describe("groupFindings, order within a severity", () => {
  it("keeps the rules of one severity in the order their first findings come", () => {
    const groups = groupFindings([
      finding({ rule: "unknown-reference", message: "b" }),
      finding({ rule: "required", message: "a" }),
      finding({ rule: "unknown-reference", message: "b" }),
      finding({ rule: "enum", message: "c" }),
    ]);
    expect(groups.map((g) => g.rule)).toEqual(["unknown-reference", "required", "enum"]);
  });
});

describe("problemCells", () => {
  it("gives the findings that have a cell, not those of a whole table", () => {
    const [group] = groupFindings([
      finding({ address: "'Uppföljning'!D2" }),
      finding({ address: null, row: null }),
      finding({ address: "'Uppföljning'!D5", row: 4 }),
    ]);
    const [problem] = group?.problems ?? [];
    expect(problem === undefined ? [] : problemCells(problem).map((f) => f.address)).toEqual([
      "'Uppföljning'!D2",
      "'Uppföljning'!D5",
    ]);
  });
});
