import { describe, expect, it } from "vitest";
import { formatStats, parseYear, userMessageOf } from "../../src/taskpane/format";
import { sv } from "../../src/taskpane/messages";
import { PlanWriteRefused } from "../../src/plan";

describe("formatStats", () => {
  it("reports counts with Swedish plurals", () => {
    expect(formatStats({ errors: 3, warnings: 12, info: 2 }, sv)).toBe("3 fel, 12 varningar, 2 upplysningar");
  });

  it("reports the singular for one", () => {
    expect(formatStats({ errors: 1, warnings: 1, info: 1 }, sv)).toBe("1 fel, 1 varning, 1 upplysning");
  });

  it("reports zero with the plural", () => {
    expect(formatStats({ errors: 0, warnings: 0, info: 0 }, sv)).toBe("0 fel, 0 varningar, 0 upplysningar");
  });
});

describe("userMessageOf", () => {
  it("reports a fault's own Swedish message", () => {
    expect(userMessageOf(new PlanWriteRefused("Skrivs inte över."), sv)).toBe("Skrivs inte över.");
  });

  it("reports a plain sentence for a fault without one, never its text", () => {
    const message = userMessageOf(new Error("ECONNRESET at socket.js:12"), sv);
    expect(message).toBe("Ett oväntat fel inträffade. Försök igen; kvarstår felet, ladda om tillägget.");
    expect(userMessageOf({ userMessage: "  " }, sv)).toBe(message);
    expect(userMessageOf("boom", sv)).toBe(message);
  });
});

describe("parseYear", () => {
  it("reports whole years 2000–2100 and null otherwise", () => {
    expect(parseYear(" 2026 ")).toBe(2026);
    expect(["1999", "2101", "20x6", "2026.5", ""].map(parseYear)).toEqual([null, null, null, null, null]);
  });
});
