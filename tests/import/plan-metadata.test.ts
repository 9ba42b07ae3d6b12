import { describe, expect, it } from "vitest";
import { readPlanMetadata } from "../../src/import/plan-metadata";

describe("readPlanMetadata", () => {
  it("reads the stadsdelsförvaltning from running text, without the genitive s", () => {
    expect(
      readPlanMetadata([], ["de utsatta områdena inom Skärholmens\nstadsdelsförvaltning. Syftet är"])
        .district,
    ).toBe("Skärholmen");
    expect(readPlanMetadata(["Hägersten-Älvsjö stadsdelsförvaltning"], []).district).toBe("Hägersten-Älvsjö");
    // Only an s after another letter is a genitive: a name ending in ss keeps both.
    expect(readPlanMetadata(["Näss stadsdelsförvaltning"], []).district).toBe("Näss");
  });

  it("takes page furniture before the text and skips placeholders", () => {
    const metadata = readPlanMetadata(
      ["Diarienummer: 6 av 14", "Lokalpolisområde xxx", "Xxx stadsdelsförvaltning:", "Bilaga 7.1"],
      ["Varje stadsdelsförvaltning ska", "Farsta stadsdelsförvaltning och lokalpolisområde Farsta"],
    );
    expect(metadata).toEqual({ district: "Farsta", policeArea: "Farsta", registrationNumber: null });
  });

  it("takes the district and the police area from different lines", () => {
    expect(readPlanMetadata(["Farsta stadsdelsförvaltning"], ["i lokalpolisområde Söderort"])).toEqual({
      district: "Farsta",
      policeArea: "Söderort",
      registrationNumber: null,
    });
  });

  it("takes the diarienummer alone from a footer line that holds the whole footer", () => {
    const line = "Diarienummer: FA 2026/12  3 av 12 Lokalpolisområde Farsta Farsta stadsdelsförvaltning:";
    expect(readPlanMetadata([line], [])).toEqual({
      district: "Farsta",
      policeArea: "Farsta",
      registrationNumber: "FA 2026/12",
    });
  });

  it.each([
    ["Diarienummer: FA 2026/12 Sida 3 av 12", "FA 2026/12"],
    ["Diarienummer: FA 2026/12 3/12", "FA 2026/12"],
    ["Diarienummer: FA 2026/12", "FA 2026/12"],
    ["Diarienummer:  FA   2026/12  ", "FA 2026/12"],
    ["Diarienummer: FA 2026/12 Bilaga 7.1", "FA 2026/12"],
    ["Diarienummer: 3 av 12 Lokalpolisområde Farsta", null],
  ])("reads %j as the diarienummer %j", (line, registrationNumber) => {
    expect(readPlanMetadata([line], []).registrationNumber).toBe(registrationNumber);
  });

  it("reads a diarienummer before the page number", () => {
    expect(readPlanMetadata(["Diarienummer: 1.2.3-456/2026 6 av 14"], []).registrationNumber).toBe(
      "1.2.3-456/2026",
    );
  });
});
