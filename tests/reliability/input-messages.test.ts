/**
 * Input Excel cannot hold, or that is not what the command reads, gets a clear Swedish
 * message and exit 2 (issue 15): sheet names over 31 characters, with [ ] or a leading
 * apostrophe (exceljs printed an English warning, then "skadad"), two tables with the same
 * name in any case (the second was ignored with its rows), a workbook given to importera
 * (called a damaged Word document), and rows past Excel's last row.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, makeTempDir, removeTempDir, runCli, STACK_LINE } from "../helpers/cli";
import JSZip from "jszip";
import { rawPlanSheets, rawPlanWorkbook } from "../helpers/raw-plan";
import { rawXlsx } from "../helpers/raw-xlsx";
import { cli } from "./support";

let dir = "";
beforeAll(async () => {
  await buildCli();
  dir = makeTempDir("atgardsplan-meddelanden-");
});
afterAll(() => removeTempDir(dir));

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe("sheet names Excel cannot hold", () => {
  it("says a name is over 31 characters, in Swedish only, as the command line prints it", async () => {
    const name = "Uppföljning av alla aktiviteter 2026";
    const path = file("langt-namn.xlsx", await rawPlanWorkbook({}, [{ name, rows: [["x"]] }]));
    const result = await runCli(["validera", path]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim()).toBe(
      `Bladet "${name}" har ett namn på 36 tecken, men Excel tillåter högst 31. ` +
        "Ge bladet ett kortare namn (till exempel i LibreOffice, som skapar sådana namn) och försök igen.",
    );
  });

  it.each([
    ["Blad [1]", /tecknet \[ i namnet, vilket Excel inte tillåter/],
    ["'Blad", /börjar eller slutar med en apostrof/],
  ])("says what is wrong with %s", async (name, message) => {
    const path = file("namn.xlsx", await rawPlanWorkbook({}, [{ name, rows: [["x"]] }]));
    const result = await cli(["validera", path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain(`Bladet "${name}"`);
    expect(result.stderr).not.toMatch(/skadad/);
  });
});

describe("two tables with the same name", () => {
  it.each([
    ["the same name", "Aktiviteter"],
    ["names that differ only in case", "AKTIVITETER"],
  ])("names both tables and their sheets: %s", async (_, second) => {
    const headers = ["Nr", "Aktivitet", "Beskrivning och syfte", "Löptid", "Sammankallande"];
    const bytes = await rawPlanWorkbook({}, [
      {
        name: "Gammal plan",
        rows: [headers, ["9.9", "Gammal", "x", "Tillsvidare", "Kim"]],
        tables: [{ name: second, ref: "A1:E2", columns: headers }],
      },
    ]);
    const result = await cli(["validera", file("dubbel.xlsx", bytes)]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `Arbetsboken har två tabeller med samma namn: "Aktiviteter" på bladet "Aktiviteter" och "${second}" på bladet "Gammal plan".`,
    );
    expect(result.stderr).toContain("Byt namn på den ena tabellen");
  });
});

describe("importera given an Excel workbook", () => {
  it("calls it a workbook, not a damaged Word document, and says what to use instead", async () => {
    const path = file("plan.xlsx", await rawPlanWorkbook());
    const result = await cli(["importera", path, "-o", join(dir, "ny.xlsx")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`Filen "${path}" är en Excel-arbetsbok, inte ett Word-dokument.`);
    expect(result.stderr).toContain("atgardsplan validera");
    expect(result.stderr).not.toMatch(/skadad/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

describe("rows past Excel's last row", () => {
  it("are refused, and nothing is written", async () => {
    const headers = ["Aktivitet", "År", "Period", "Målet nått", "Genomförda aktiviteter"];
    // The follow-up table's blank row is the sheet's last row: two new rows do not fit.
    const bytes = await rawXlsx([
      ...rawPlanSheets({ Uppfoljning: null }),
      {
        name: "Uppföljning",
        rows: [headers],
        tables: [{ name: "Uppfoljning", ref: "A1:E2", columns: headers }],
      },
    ]);
    const zip = await JSZip.loadAsync(bytes);
    const part = "xl/worksheets/sheet8.xml";
    const xml = await zip.file(part)!.async("string");
    zip.file(part, xml.replace('<row r="1">', '<row r="1048575">').replace(/r="([A-E])1"/g, 'r="$11048575"'));
    const tablePart = "xl/tables/table8.xml";
    const table = await zip.file(tablePart)!.async("string");
    zip.file(tablePart, table.replace(/A1:E2/g, "A1048575:E1048576"));
    const path = file("sist.xlsx", await zip.generateAsync({ type: "uint8array" }));
    const result = await cli(["forbered", path, "--period", "T2", "--ar", "2026"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Bladet "Uppföljning" skulle behöva 1 048 577 rader');
    expect(result.stderr).toContain("ett Excel-blad rymmer högst 1 048 576");
  });
});
