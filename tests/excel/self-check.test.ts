/**
 * "Kontrollera tillägget", the Excel part, on Microsoft's client and the simulated Excel: as
 * Excel is documented to behave (every check ✓), and as an Excel that behaves otherwise (the
 * check says ✗ and what it saw). The user's own sheets are the same afterwards.
 */
import { describe, expect, it } from "vitest";
import { runExcelChecks, type CheckResult } from "../../src/excel/self-check/run-excel-checks";
import { bookFingerprint, type SimulatedExcelOptions } from "../office-host";
import { planExcel } from "./plan-excel";
import { selfCheckOn } from "./support";

async function checked(options: SimulatedExcelOptions = {}) {
  const excel = planExcel(options);
  const before = bookFingerprint(excel);
  const results = await runExcelChecks(selfCheckOn(excel));
  return { excel, before, results, byId: new Map(results.map((r) => [r.id, r])) };
}

const line = (r: CheckResult | undefined) => r && `${r.ok ? "✓" : "✗"} ${r.title}: ${r.seen}`;

describe("runExcelChecks", () => {
  it("finds Excel as the add-in assumes it, and leaves the user's sheets as they were", async () => {
    const { excel, before, results, byId } = await checked({ requirementSets: { NestedAppAuth: "1.1" } });
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.map((r) => r.id)).toEqual([
      "excel-api",
      "nested-app-auth",
      "date-system",
      "null-objects",
      "text-cells",
      "merged-areas",
      "own-change-event",
      "payload",
      "scratch",
    ]);
    expect(line(byId.get("text-cells"))).toBe(
      '✓ Text i textformaterade celler: "1.10" → "1.10", "=1+1" → "=1+1", "2026-05-15" → "2026-05-15".',
    );
    expect(byId.get("merged-areas")?.seen).toBe(
      "B2:B4 sammanfogat; frågat om B3:D5 gav Excel inget område (office-js 3611), frågat från A1 B2:B4. " +
        "513 sammanfogade områden (Excel listar högst 512 åt gången): 513 hittade.",
    );
    expect(byId.get("own-change-event")?.seen).toBe(
      "Händelse med source Local, triggerSource saknas (före ExcelApi 1.14); tillägget kände igen den som sin egen.",
    );
    expect(byId.get("payload")?.seen).toMatch(/^Skrev 1,8 MB i en förfrågan och läste 1,8 MB i ett svar\.$/);
    expect(byId.get("null-objects")?.seen).toContain("Ett område ur det gav ett fel, felkod ItemNotFound");
    expect(bookFingerprint(excel)).toEqual(before);
    expect(excel.listensForChanges).toBe(false);
  });

  it("reports what Excel 1.14 says of the add-in's own change", async () => {
    const { byId } = await checked({ excelApi: "1.14" });
    expect(line(byId.get("own-change-event"))).toBe(
      "✓ Ändringshändelse för tilläggets egen skrivning: Händelse med source Local, triggerSource ThisLocalAddin; " +
        "tillägget kände igen den som sin egen.",
    );
    expect(byId.get("excel-api")?.seen).toBe("Excel har ExcelApi 1.14.");
  });

  it("says ✗ and what it saw where Excel types text in text cells", async () => {
    const { byId, excel, before } = await checked({ typesTextCells: true });
    expect(line(byId.get("text-cells"))).toBe(
      '✗ Text i textformaterade celler: "1.10" → 1.1, "=1+1" → "#NAME?" (formel "=1+1"), "2026-05-15" → 46157.',
    );
    expect(bookFingerprint(excel)).toEqual(before);
  });

  it("says ✗ and what it saw where Excel refuses requests the add-in sends", async () => {
    const { byId } = await checked({ payloadLimitBytes: 1024 * 1024 });
    expect(line(byId.get("payload"))).toMatch(
      /^✗ Storlek på förfrågningar och svar: Excel avvisade en skrivning på 1,8 MB: felkod RequestPayloadSizeLimitExceeded/,
    );
  });

  it("says ✗ where Excel is older than the add-in needs, and what failed because of it", async () => {
    const { byId, excel, before } = await checked({ excelApi: "1.12" });
    expect(line(byId.get("excel-api"))).toBe(
      "✗ ExcelApi 1.13 (Excel-funktioner som tillägget använder): Excel har ExcelApi 1.12.",
    );
    expect(byId.get("merged-areas")?.ok).toBe(false);
    expect(byId.get("merged-areas")?.seen).toContain("ApiNotFound");
    expect(byId.get("scratch")?.ok).toBe(true);
    expect(bookFingerprint(excel)).toEqual(before);
  });

  it("reports a workbook that counts dates from 1904", async () => {
    const { byId } = await checked({ date1904: true });
    expect(byId.get("date-system")?.seen).toBe(
      "1904 (DATUM(1904;1;1) = 0): datum räknas från 1904, och tillägget läser dem så.",
    );
  });
});
