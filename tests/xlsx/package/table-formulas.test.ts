/**
 * A renamed table followed into the sheets' formulas: which parts may name it, and the cell
 * formulas (`<f>`) rewritten in place, with cached values, quoted text and shared formulas'
 * followers left as they were.
 */
import { describe, expect, it } from "vitest";
import {
  mayName,
  renameTableInFormula,
  rewriteSheetFormulas,
} from "../../../src/xlsx/package/table-formulas";
import { WorksheetEditor } from "../../../src/xlsx/package/worksheet-editor";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function sheet(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="${MAIN}"><dimension ref="A1:B3"/><sheetData>${rows}</sheetData></worksheet>`;
}

/** Rows whose formulas name `table`, a cached text value "Tabell1" and a shared formula. */
function rows(table: string): string {
  return (
    `<row r="1"><c r="A1" t="str"><f>"Tabell"&amp;"1"</f><v>Tabell1</v></c><c r="B1"><f>SUM(${table}[Värde])</f><v>6</v></c></row>` +
    `<row r="2"><c r="A2" t="str"><f t="shared" ref="A2:A3" si="0">${table}[@Nr]&amp;" st"</f><v>1 st</v></c></row>` +
    `<row r="3"><c r="A3" t="str"><f t="shared" si="0"/><v>2 st</v></c><c r="B3"><v>7</v></c></row>`
  );
}

const rename = (formula: string) => renameTableInFormula(formula, "Tabell1", "Aktiviteter");

describe("renameTableInFormula", () => {
  it("follows a table whose name holds a period", () => {
    expect(renameTableInFormula("SUM(Plan.2026[Nr])+Plan_2026", "Plan.2026", "Aktiviteter")).toBe(
      "SUM(Aktiviteter[Nr])+Plan_2026",
    );
  });
});

describe("mayName", () => {
  it.each([
    ["<f>SUM(tabell1[Nr])</f>", "Tabell1", true],
    ["<f>SUM(Tabell2[Nr])</f>", "Tabell1", false],
    ["<f>SUM(Plan_2026[Nr])</f>", "Plan.2026", false],
    ["<f>SUM(Plan.2026[Nr])</f>", "Plan.2026", true],
  ])("%s may name %s: %s", (text, name, expected) => {
    expect(mayName(text, name)).toBe(expected);
  });
});

describe("rewriteSheetFormulas", () => {
  it("rewrites the formulas that name the table, and only their text", () => {
    const editor = new WorksheetEditor(sheet(rows("Tabell1")));
    expect(rewriteSheetFormulas(editor, rename)).toBe(true);
    expect(editor.toString()).toBe(sheet(rows("Aktiviteter")));
  });

  it("changes nothing and says so when no formula names the table", () => {
    const xml = sheet(rows("Tabell2"));
    const editor = new WorksheetEditor(xml);
    expect(rewriteSheetFormulas(editor, rename)).toBe(false);
    expect(editor.changed).toBe(false);
    expect(editor.toString()).toBe(xml);
  });

  it("passes each formula's text and leaves a shared formula's followers, which have none, alone", () => {
    const editor = new WorksheetEditor(sheet(rows("Tabell1")));
    const seen: string[] = [];
    const wrap = (formula: string) => {
      seen.push(formula);
      return `(${formula})`;
    };
    expect(rewriteSheetFormulas(editor, wrap)).toBe(true);
    expect(seen).toEqual(['"Tabell"&"1"', "SUM(Tabell1[Värde])", 'Tabell1[@Nr]&" st"']);
    expect(editor.toString()).toBe(
      sheet(
        '<row r="1"><c r="A1" t="str"><f>("Tabell"&amp;"1")</f><v>Tabell1</v></c><c r="B1"><f>(SUM(Tabell1[Värde]))</f><v>6</v></c></row>' +
          '<row r="2"><c r="A2" t="str"><f t="shared" ref="A2:A3" si="0">(Tabell1[@Nr]&amp;" st")</f><v>1 st</v></c></row>' +
          '<row r="3"><c r="A3" t="str"><f t="shared" si="0"/><v>2 st</v></c><c r="B3"><v>7</v></c></row>',
      ),
    );
  });
});
