import { describe, expect, it } from "vitest";
import { capFindings, omittedCount, omittedMessage, type Finding } from "../../src/plan";
import { finding } from "./support";

const summary = (overrides: Partial<Finding> = {}) =>
  finding({
    row: null,
    address: null,
    column: null,
    value: null,
    message: omittedMessage(1234, "required"),
    ...overrides,
  });

describe("omittedCount", () => {
  it("reads the number a summary finding stands for", () => {
    expect(omittedCount(summary())).toBe(1234);
  });

  it.each<[string, Partial<Finding>]>([
    ["a row", { row: 7 }],
    ["a cell", { address: "'Uppföljning'!D8" }],
    ["a value", { value: "… och 1234 till" }],
    ["another rule's title", { rule: "enum" }],
  ])("takes a finding with the summary's words but %s for an ordinary one", (_, overrides) => {
    expect(omittedCount(summary(overrides))).toBeNull();
  });
});

describe("capFindings", () => {
  it("caps each rule and severity on its own", () => {
    const kept = capFindings(
      [
        finding({ row: 1 }),
        finding({ row: 2 }),
        finding({ rule: "enum", row: 3 }),
        finding({ severity: "warning", row: 4 }),
      ],
      1,
    );
    expect(kept.map((f) => [f.rule, f.severity, f.row, omittedCount(f)])).toEqual([
      ["required", "error", 1, null],
      ["enum", "error", 3, null],
      ["required", "warning", 4, null],
      ["required", "error", null, 1],
    ]);
  });
});
