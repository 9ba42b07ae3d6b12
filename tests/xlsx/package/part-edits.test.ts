/**
 * The part-edit modules (XML in, XML out) on parts as Excel and LibreOffice write them: what
 * each adds is there, and everything else in the part (declaration, namespaces, elements and
 * attributes the tool does not know) is as it was.
 */
import { describe, expect, it } from "vitest";
import { addSheetTitle } from "../../../src/xlsx/package/app-props";
import { addOverride, contentTypeOf, removeOverrides } from "../../../src/xlsx/package/content-types";
import {
  readDefinedNames,
  removeDefinedNames,
  setDefinedName,
} from "../../../src/xlsx/package/defined-names";
import { addRelationship, readRelationships } from "../../../src/xlsx/package/relationships";
import { StyleSheet } from "../../../src/xlsx/package/styles-append";
import {
  addTableColumns,
  readTablePart,
  renameTablePart,
  setTableRange,
} from "../../../src/xlsx/package/table-part";
import { renameTableInFormula } from "../../../src/xlsx/package/table-formulas";
import { addSheet, readWorkbook } from "../../../src/xlsx/package/workbook-sheets";
import { parseXml, serializeXml } from "../../../src/xlsx/package/xml";
import { hasSoffice, loadRealParts, type Parts } from "./real-parts";

const parts = loadRealParts();

const sources = () => [
  ["Excel", () => parts.excel] as const,
  ...(hasSoffice ? [["LibreOffice", () => parts.libreOffice as Parts] as const] : []),
];

const REPORT = {
  font: { name: "Calibri", size: 10, bold: true, color: "FF000000" },
  fill: "FFC6EFCE",
  border: "FF808080",
  alignment: { horizontal: "left" as const, vertical: "top" as const, wrap: true },
  numberFormat: null,
};

describe("xml", () => {
  it("writes a part it did not change as it was: declaration, CRLF after it, entities", async () => {
    for (const part of [
      "xl/workbook.xml",
      "xl/styles.xml",
      "[Content_Types].xml",
      "docProps/app.xml",
      "xl/tables/table6.xml",
    ]) {
      const xml = await parts.excel(part);
      expect(serializeXml(parseXml(xml)), part).toBe(xml.replace(/&apos;/g, "'"));
    }
  });

  it("keeps a carriage return written as a character reference", () => {
    const xml = '<?xml version="1.0"?>\r\n<a><t>Rad ett&#13;\nRad två</t></a>';
    expect(serializeXml(parseXml(xml))).toBe('<?xml version="1.0"?>\r\n<a><t>Rad ett&#13;\nRad två</t></a>');
  });
});

describe.each(sources())("the workbook part as %s writes it", (_, parts) => {
  it("adds a sheet at the end with the next sheet id, keeping every other element", async () => {
    const xml = await parts()("xl/workbook.xml");
    const before = readWorkbook(xml);
    const { xml: after, sheetId } = addSheet(xml, "Rapport T1 2026", "rId99");
    expect(sheetId).toBe(Math.max(...before.sheets.map((s) => s.sheetId)) + 1);
    expect(readWorkbook(after).sheets.map((s) => s.name)).toEqual([
      ...before.sheets.map((s) => s.name),
      "Rapport T1 2026",
    ]);
    expect(after).toContain(`<sheet name="Rapport T1 2026" sheetId="${sheetId}" r:id="rId99"/></sheets>`);
    expect(after.replace(/<sheet name="Rapport T1 2026"[^>]*\/>/, "")).toBe(serializeXml(parseXml(xml)));
  });

  it("sets a name, replacing the same name in another case and scope only", async () => {
    const xml = await parts()("xl/workbook.xml");
    const names = readDefinedNames(xml);
    let after = setDefinedName(xml, {
      name: "atgardsplan_rapport_T1_2026",
      localSheetId: null,
      value: "'Rapport T1 2026'!$A$1",
    });
    after = setDefinedName(after, { name: "MOMS", localSheetId: null, value: "0.12" });
    const now = readDefinedNames(after);
    expect(now).toHaveLength(names.length + 1);
    expect(now.find((n) => n.name === "MOMS")?.value).toBe("0.12");
    expect(now.find((n) => n.name === "atgardsplan_rapport_T1_2026")?.value).toBe("'Rapport T1 2026'!$A$1");
    const urval = names.find((n) => n.name === "Urval");
    expect(now).toContainEqual(urval);
    expect(readDefinedNames(removeDefinedNames(after, (n) => n.name === "MOMS"))).toHaveLength(names.length);
  });

  it("adds a relationship under a free id", async () => {
    const xml = await parts()("xl/_rels/workbook.xml.rels");
    const { xml: after, id } = addRelationship(xml, { type: "t", target: "worksheets/sheet99.xml" });
    expect(readRelationships(xml).map((r) => r.id)).not.toContain(id);
    expect(readRelationships(after).at(-1)).toEqual({
      id,
      type: "t",
      target: "worksheets/sheet99.xml",
      external: false,
    });
  });

  it("declares and forgets a part's content type", async () => {
    const xml = await parts()("[Content_Types].xml");
    const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    const added = addOverride(xml, "xl/worksheets/sheet99.xml", type);
    expect(contentTypeOf(added, "xl/worksheets/sheet99.xml")).toBe(type);
    expect(removeOverrides(added, ["xl/worksheets/sheet99.xml"])).toBe(serializeXml(parseXml(xml)));
  });

  it("appends cell formats, never renumbering the ones there, and finds them again", async () => {
    const xml = await parts()("xl/styles.xml");
    const styles = StyleSheet.parse(xml);
    const count = (xml.match(/<cellXfs count="(\d+)"/) ?? [])[1];
    const index = styles.cellFormat(REPORT);
    expect(index).toBe(Number(count));
    expect(styles.cellFormat(REPORT)).toBe(index);
    const date = styles.withNumberFormat(index, "yyyy-mm-dd");
    expect(styles.isDateFormat(date)).toBe(true);
    expect(styles.isDateFormat(index)).toBe(false);
    const after = StyleSheet.parse(styles.toString());
    expect(after.cellFormat(REPORT)).toBe(index);
    const xfs = (text: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(text)?.[1] ?? "";
    expect(xfs(styles.toString()).startsWith(xfs(serializeXml(parseXml(xml))))).toBe(true);
  });
});

describe("the document properties' sheet list", () => {
  it("gets the new sheet in Excel's worksheet group, named in Swedish, and counts it", async () => {
    const xml = await parts.excel("docProps/app.xml");
    const sheets = readWorkbook(await parts.excel("xl/workbook.xml")).sheets.map((s) => s.name);
    const after = addSheetTitle(xml, sheets, "Rapport T1 2026");
    expect(after).toContain(`<vt:i4>${sheets.length + 1}</vt:i4>`);
    expect(after).toContain(
      "<vt:lpstr>Mycket dold</vt:lpstr><vt:lpstr>Rapport T1 2026</vt:lpstr><vt:lpstr>Statistik!Print_Area</vt:lpstr>",
    );
    expect(after).toContain(`<vt:vector size="${sheets.length + 2}" baseType="lpstr">`);
  });

  it.skipIf(!hasSoffice)("is left alone where LibreOffice wrote none", async () => {
    const xml = await (parts.libreOffice as Parts)("docProps/app.xml");
    expect(addSheetTitle(xml, ["Plan"], "Rapport T1 2026")).toBe(xml);
  });
});

describe("a table part", () => {
  it("grows its range, filter, sort state and sort conditions, and keeps the rest", async () => {
    const xml = await parts.excel("xl/tables/table6.xml");
    const after = setTableRange(xml, { top: 1, left: 1, bottom: 5, right: 9 });
    expect(readTablePart(after).ref).toEqual({ top: 1, left: 1, bottom: 5, right: 9 });
    expect(after).toContain('<autoFilter ref="A1:I5" xr:uid="{7A8B9C0D-1E2F-4A3B-8C4D-5E6F7A8B9C0D}"/>');
    expect(after).toContain(
      '<sortState ref="A2:I5" xr:uid="{8B9C0D1E-2F3A-4B4C-9D5E-6F7A8B9C0D1E}"><sortCondition descending="1" ref="A2:A5"/></sortState>',
    );
    expect(after).toContain('mc:Ignorable="xr xr3"');
  });

  it("moves the filter above a totals row", () => {
    const xml =
      '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Utfall" displayName="Utfall" ref="A1:B3" totalsRowCount="1">' +
      '<autoFilter ref="A1:B2"/><tableColumns count="2"><tableColumn id="1" name="Indikator" totalsRowLabel="Total"/><tableColumn id="2" name="Värde" totalsRowFunction="sum"/></tableColumns></table>';
    const after = setTableRange(xml, { top: 1, left: 1, bottom: 4, right: 2 });
    expect(after).toContain('ref="A1:B4"');
    expect(after).toContain('<autoFilter ref="A1:B3"/>');
  });

  it.each(sources())("is renamed and widened in %s's part", async (_, parts) => {
    const name = _ === "Excel" ? "xl/tables/table6.xml" : "xl/tables/table7.xml";
    const xml = await parts()(name);
    const info = readTablePart(xml);
    const after = addTableColumns(renameTablePart(xml, "Uppfoljning2026"), ["Ny kolumn"]);
    const now = readTablePart(after);
    expect(now.name).toBe("Uppfoljning2026");
    expect(now.columns).toEqual([...info.columns, "Ny kolumn"]);
    expect(now.ref.right).toBe(info.ref.right + 1);
    expect(after).toMatch(new RegExp(`<tableColumn id="${info.columns.length + 1}" name="Ny kolumn"/>`));
  });
});

describe("renameTableInFormula", () => {
  it.each([
    ["SUM(Tabell1[Värde])", "SUM(Aktiviteter[Värde])"],
    ["COUNTA(tabell1[[#Rader],[Nr]])+SUM(Tabell1)", "COUNTA(Aktiviteter[[#Rader],[Nr]])+SUM(Aktiviteter)"],
    ['"Tabell1"&Tabell1[#Rubriker]', '"Tabell1"&Aktiviteter[#Rubriker]'],
    ["'Tabell1'!A1+Tabell1!A1+Tabell10[Nr]+Tabell1_x", "'Tabell1'!A1+Tabell1!A1+Tabell10[Nr]+Tabell1_x"],
  ])("%s → %s", (formula, renamed) => {
    expect(renameTableInFormula(formula, "Tabell1", "Aktiviteter")).toBe(renamed);
  });
});
