import { describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/cli/command";
import {
  checkDateOption,
  fileArgument,
  isIsoDate,
  periodOption,
  shellWord,
  yearOption,
} from "../../src/cli/options";

function context(values: CommandContext["values"], positionals: string[] = []): CommandContext {
  return { positionals, values, io: { out: () => undefined, err: () => undefined }, today: "2026-05-20" };
}

describe("isIsoDate", () => {
  it("accepts real calendar dates only", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-13-45")).toBe(false);
    expect(isIsoDate("2026-5-1")).toBe(false);
    expect(isIsoDate("20260501")).toBe(false);
  });
});

describe("checkDateOption", () => {
  it("defaults to today and rejects impossible dates in Swedish", () => {
    expect(checkDateOption(context({}))).toBe("2026-05-20");
    expect(checkDateOption(context({ datum: " 2026-09-16 " }))).toBe("2026-09-16");
    expect(() => checkDateOption(context({ datum: "2026-13-45" }))).toThrow(
      'Ogiltigt datum "2026-13-45" för --datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-05-20.',
    );
  });
});

describe("periodOption", () => {
  it("reads T1, T2 and VB in any case and points T3 to VB", () => {
    expect(periodOption(context({ period: "t2" }))).toBe("T2");
    expect(periodOption(context({ period: "VB" }))).toBe("VB");
    expect(() => periodOption(context({}))).toThrow("Ange perioden med --period T1, T2 eller VB.");
    expect(() => periodOption(context({ period: "T3" }))).toThrow(/verksamhetsberättelsen \(VB\)/);
  });
});

describe("yearOption", () => {
  it("reads a year 2000–2100 or nothing", () => {
    expect(yearOption(context({}))).toBeUndefined();
    expect(yearOption(context({ ar: "2026" }))).toBe(2026);
    expect(() => yearOption(context({ ar: "26" }))).toThrow('Ogiltigt år "26" för --ar.');
    expect(() => yearOption(context({ ar: "2200" }))).toThrow(/mellan 2000 och 2100/);
  });
});

describe("fileArgument", () => {
  it("needs exactly one file", () => {
    expect(() => fileArgument(context({}), "atgardsplan x FIL", "filen")).toThrow(/^Ange filen\./);
    expect(() => fileArgument(context({}, ["a.xlsx", "b.xlsx"]), "u", "filen")).toThrow(
      'För många argument: "b.xlsx".',
    );
    expect(fileArgument(context({}, ["/tmp/a.xlsx"]), "u", "filen")).toBe("/tmp/a.xlsx");
  });
});

describe("shellWord", () => {
  it("quotes names with spaces", () => {
    expect(shellWord("plan.xlsx")).toBe("plan.xlsx");
    expect(shellWord("min plan.xlsx")).toBe('"min plan.xlsx"');
  });
});
