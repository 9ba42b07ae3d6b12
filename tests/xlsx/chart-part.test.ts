import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import type { SheetChart } from "../../src/plan";
import { chartPartXml } from "../../src/xlsx/chart-part";
import { drawingPartXml } from "../../src/xlsx/drawing-part";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";

const CHART: SheetChart = {
  kind: "stacked-bar",
  title: "Målet nått per område, T2 2026",
  categories: ["1. Riktat arbete", "2. Platser & <torg>"],
  categoryRef: { top: 17, left: 1, bottom: 18, right: 1 },
  series: [
    { name: "Uppfyllt", color: "63BE7B", values: [1, 0], ref: { top: 17, left: 4, bottom: 18, right: 4 } },
    { name: "Saknas", color: "FFFFFF", values: [0, 3], ref: { top: 17, left: 8, bottom: 18, right: 8 } },
  ],
  valueAxisTitle: "Antal aktiviteter",
  anchor: { top: 29, left: 1, bottom: 29, right: 8 },
};

function parse(xml: string) {
  const errors: string[] = [];
  // A warning (that U+FFFD stands in the text) is no fault in the XML.
  const onError = (level: string, message: string) => {
    if (level !== "warning") errors.push(`${level}: ${message}`);
  };
  const doc = new DOMParser({ onError }).parseFromString(xml, "text/xml");
  expect(errors).toEqual([]);
  return doc;
}

const children = (el: Element | null | undefined) =>
  Array.from(el?.childNodes ?? []).filter((n): n is Element => n.nodeType === 1);
const names = (el: Element | null | undefined) => children(el).map((c) => c.localName);
const one = (el: Element | Document, ns: string, name: string) =>
  el.getElementsByTagNameNS(ns, name)[0] ?? null;
type Document = ReturnType<DOMParser["parseFromString"]>;

describe("chartPartXml", () => {
  const doc = parse(chartPartXml(CHART, "Rapport T2 2026"));

  it("is a stacked horizontal bar chart whose elements stand in the schema's order", () => {
    expect(doc.documentElement?.localName).toBe("chartSpace");
    expect(names(one(doc, C, "chart"))).toEqual([
      "title",
      "autoTitleDeleted",
      "plotArea",
      "legend",
      "plotVisOnly",
      "dispBlanksAs",
    ]);
    const bar = one(doc, C, "barChart");
    expect(names(bar)).toEqual([
      "barDir",
      "grouping",
      "varyColors",
      "ser",
      "ser",
      "gapWidth",
      "overlap",
      "axId",
      "axId",
    ]);
    const val = (name: string) => one(bar as Element, C, name)?.getAttribute("val");
    expect([val("barDir"), val("grouping"), val("overlap")]).toEqual(["bar", "stacked", "100"]);
    expect(names(one(doc, C, "ser"))).toEqual([
      "idx",
      "order",
      "tx",
      "spPr",
      "invertIfNegative",
      "dLbls",
      "cat",
      "val",
    ]);
  });

  it("draws each series from the sheet's cells, with the values cached and its colour", () => {
    const series = Array.from(doc.getElementsByTagNameNS(C, "ser"));
    const formulas = series.map((s) =>
      Array.from(s.getElementsByTagNameNS(C, "f")).map((f) => f.textContent),
    );
    expect(formulas).toEqual([
      ["'Rapport T2 2026'!$A$17:$A$18", "'Rapport T2 2026'!$D$17:$D$18"],
      ["'Rapport T2 2026'!$A$17:$A$18", "'Rapport T2 2026'!$H$17:$H$18"],
    ]);
    const cached = (s: Element, tag: string) =>
      Array.from(one(s, C, tag)?.getElementsByTagNameNS(C, "v") ?? []).map((v) => v.textContent);
    expect(series.map((s) => [one(s, C, "tx")?.textContent, cached(s, "val")])).toEqual([
      ["Uppfyllt", ["1", "0"]],
      ["Saknas", ["0", "3"]],
    ]);
    expect(cached(series[1] as Element, "cat")).toEqual(["1. Riktat arbete", "2. Platser & <torg>"]);
    expect(series.map((s) => one(one(s, C, "spPr") as Element, A, "srgbClr")?.getAttribute("val"))).toEqual([
      "63BE7B",
      "FFFFFF",
    ]);
  });

  it("lists the categories top to bottom with the value axis at the bottom, in whole steps", () => {
    const catAx = one(doc, C, "catAx") as Element;
    const valAx = one(doc, C, "valAx") as Element;
    expect(one(catAx, C, "orientation")?.getAttribute("val")).toBe("maxMin");
    expect(one(catAx, C, "crosses")?.getAttribute("val")).toBe("autoZero");
    expect(one(valAx, C, "crosses")?.getAttribute("val")).toBe("max");
    expect(one(valAx, C, "majorUnit")?.getAttribute("val")).toBe("1");
    expect(one(valAx, C, "title")?.textContent).toBe("Antal aktiviteter");
    expect(names(valAx).indexOf("title")).toBeLessThan(names(valAx).indexOf("numFmt"));
  });

  it("uses literal values when the data is not on the sheet, and keeps text XML can hold", () => {
    const xml = chartPartXml(
      {
        ...CHART,
        title: "Fel\u0001tecken\uFFFE",
        categoryRef: null,
        series: [{ ...CHART.series[0]!, ref: null }],
      },
      "Blad",
    );
    const literal = parse(xml);
    expect(literal.getElementsByTagNameNS(C, "f")).toHaveLength(0);
    expect(literal.getElementsByTagNameNS(C, "strLit")).toHaveLength(1);
    expect(literal.getElementsByTagNameNS(C, "numLit")).toHaveLength(1);
    expect(one(literal, C, "title")?.textContent).toBe("Fel\uFFFDtecken\uFFFD");
  });
});

describe("drawingPartXml", () => {
  it("anchors each chart from the top-left of its first cell to the top-left of the cell past its last", () => {
    const doc = parse(drawingPartXml([{ anchor: CHART.anchor, relId: "rId1", title: CHART.title }]));
    const X = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    const corner = (tag: string) =>
      ["col", "row"].map((n) => one(one(doc, X, tag) as Element, X, n)?.textContent);
    expect([corner("from"), corner("to")]).toEqual([
      ["0", "28"],
      ["8", "29"],
    ]);
    const chart = one(doc, C, "chart");
    expect(
      chart?.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"),
    ).toBe("rId1");
    expect(one(doc, X, "cNvPr")?.getAttribute("descr")).toBe(CHART.title);
  });
});
