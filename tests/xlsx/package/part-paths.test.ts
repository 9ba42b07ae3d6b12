/** Part names: a relationship's target resolved against its part, and written back relative. */
import { describe, expect, it } from "vitest";
import { relativeTarget, relsPathOf, resolveTarget } from "../../../src/xlsx/package/part-paths";

describe("resolveTarget", () => {
  it.each([
    ["xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/worksheets/sheet1.xml", "../drawings/drawing1.xml", "xl/drawings/drawing1.xml"],
    ["xl/worksheets/sheet1.xml", "/xl/tables/table1.xml", "xl/tables/table1.xml"],
    ["", "/xl/workbook.xml", "xl/workbook.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
    ["xl/worksheets/sheet1.xml", "./tables/table1.xml", "xl/worksheets/tables/table1.xml"],
    ["xl/worksheets/sheet1.xml", "..//tables//table1.xml", "xl/tables/table1.xml"],
    ["xl/drawings/drawing1.xml", "../charts/./chart1.xml", "xl/charts/chart1.xml"],
  ])("from %s, %s is %s", (from, target, part) => {
    expect(resolveTarget(from, target)).toBe(part);
  });
});

describe("relativeTarget", () => {
  it.each([
    ["xl/workbook.xml", "xl/worksheets/sheet2.xml", "worksheets/sheet2.xml"],
    ["xl/worksheets/sheet1.xml", "xl/drawings/drawing1.xml", "../drawings/drawing1.xml"],
    ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "sheet2.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
  ])("from %s to %s is %s", (from, to, target) => {
    expect(relativeTarget(from, to)).toBe(target);
    expect(resolveTarget(from, target)).toBe(to);
  });
});

describe("relsPathOf", () => {
  it.each([
    ["xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels"],
    ["", "_rels/.rels"],
  ])("%s has its relationships in %s", (part, rels) => {
    expect(relsPathOf(part)).toBe(rels);
  });
});
