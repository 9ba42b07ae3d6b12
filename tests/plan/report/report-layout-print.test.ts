/**
 * `layoutReportDocument` as it prints: where pages break for rows of known height, what is
 * kept with what follows, blank rows, the note style, the chart's rows and references, the
 * footer.
 */
import { describe, expect, it } from "vitest";
import {
  cell,
  fitWidthScale,
  layoutReportDocument,
  pageCapacity,
  PRINT_MARGINS,
  type DocBlock,
  type ReportDocument,
  type SheetLayout,
} from "../../../src/plan";
import { rowOf } from "../../helpers/layout-cells";

const WIDTHS = [40, 40];

function doc(blocks: DocBlock[], footer = "Lista"): ReportDocument {
  return { name: "Lista", markerName: "atgardsplan_lista", footer, columnWidths: WIDTHS, blocks };
}

const para = (text: string): DocBlock => ({ kind: "text", text, style: "text" });
const paras = (count: number, prefix = "rad"): DocBlock[] =>
  Array.from({ length: count }, (_, i) => para(`${prefix} ${i + 1}`));

/** 15-pt rows on the first page and on later pages (two 15-pt title rows repeated), 5 % kept free. */
function rowsPerPage(): { first: number; later: number } {
  const capacity = pageCapacity(fitWidthScale(WIDTHS, PRINT_MARGINS), PRINT_MARGINS) * 0.95;
  return { first: Math.floor(capacity / 15), later: Math.floor((capacity - 30) / 15) };
}

/** The first page break at or after `row - 1`, relative to `row`. */
function breakNear(sheet: SheetLayout, row: number): number | undefined {
  const b = (sheet.pageBreaks ?? []).find((r) => r >= row - 1);
  return b === undefined ? undefined : b - row;
}

describe("layoutReportDocument's page breaks", () => {
  it("fills every page with rows, counting the repeated title rows on each later page", () => {
    const { first, later } = rowsPerPage();
    const sheet = layoutReportDocument(doc(paras(3 * later + first)));
    expect(sheet.rows.every((r) => r.height === null)).toBe(true);
    expect(sheet.pageBreaks).toEqual([first + 1, first + 1 + later, first + 1 + 2 * later]);
  });

  it("never leaves a heading, a block kept with the next or a table's header row at a page's foot", () => {
    const { first } = rowsPerPage();
    const kinds: Record<string, DocBlock> = {
      heading: { kind: "heading", level: 2, text: "Rubrik" },
      keep: { kind: "keep", withNext: true, blocks: [para("Rubrik")] },
      table: {
        kind: "table",
        headerRows: 1,
        rows: [
          [cell("Rubrik", "header"), cell("Värde", "header")],
          ...paras(5).map((p) => [cell(p.kind, "text")]),
        ],
      },
    };
    for (const [name, block] of Object.entries(kinds)) {
      // The kept row lands on each of the last rows of page 1 in turn.
      const offsets = [-3, -2, -1, 0, 1].map((shift) => {
        const sheet = layoutReportDocument(doc([...paras(first + shift), block, ...paras(6, "efter")]));
        return breakNear(sheet, rowOf(sheet, "Rubrik"));
      });
      // The page breaks above the kept row (above its blank row: -1) and the row after it,
      // never between them (1).
      expect([name, offsets.filter((o) => o === 1)]).toEqual([name, []]);
      expect([name, offsets.some((o) => o === 0 || o === -1)]).toEqual([name, true]);
      // What follows the kept row is not itself kept with the next row.
      expect([name, offsets.includes(2)]).toEqual([name, true]);
    }
  });

  it("lets a block not kept with the next end a page", () => {
    const { first } = rowsPerPage();
    const offsets = [-3, -2, -1, 0].map((shift) => {
      const block: DocBlock = { kind: "keep", withNext: false, blocks: [para("Fristående")] };
      const sheet = layoutReportDocument(doc([...paras(first + shift), block, ...paras(6, "efter")]));
      return breakNear(sheet, rowOf(sheet, "Fristående"));
    });
    expect(offsets).toContain(1);
  });

  it("puts no blank row above a heading that starts the sheet or a page, and none for an empty block", () => {
    const sheet = layoutReportDocument(
      doc([
        { kind: "heading", level: 1, text: "Först" },
        para("a"),
        { kind: "page-break" },
        { kind: "keep", withNext: false, blocks: [] },
        { kind: "heading", level: 2, text: "Ny sida" },
        para("b"),
      ]),
    );
    expect(sheet.rows.map((r) => r.cells[0]?.value ?? null)).toEqual(["Först", "a", "Ny sida", "b"]);
    expect(sheet.pageBreaks).toEqual([3]);
  });
});

describe("layoutReportDocument's cells", () => {
  it("prints a note in the note style and text as a paragraph", () => {
    const sheet = layoutReportDocument(doc([para("Text"), { kind: "text", text: "Not", style: "note" }]));
    expect(sheet.rows.map((r) => r.cells[0])).toEqual([
      { value: "Text", style: "paragraph" },
      { value: "Not", style: "note" },
    ]);
  });

  it("writes a literal & in the footer as && and adds the page numbers", () => {
    expect(layoutReportDocument(doc([para("a")], "Skärholmen & Vårberg")).print.footer).toBe(
      "Skärholmen && Vårberg – sida &P av &N",
    );
  });
});

describe("layoutReportDocument's chart", () => {
  const table: DocBlock = {
    kind: "table",
    id: "counts",
    headerRows: 1,
    rows: [
      [cell("Område", "header"), cell("Antal", "header")],
      [cell("a", "text"), cell(1, "number")],
      [cell("b", "text"), cell(2, "number")],
    ],
  };
  const chart = (source: string, categories: string[], height = 200): DocBlock => ({
    kind: "chart",
    title: "Diagram",
    categories,
    series: [{ name: "S", color: "63BE7B", values: categories.map(() => 1) }],
    valueAxisTitle: "Antal",
    height,
    source: { table: source, firstRow: 1, categoryColumn: 1, valueColumns: [2] },
  });

  it("takes only the rows it needs, and what follows comes right after", () => {
    const sheet = layoutReportDocument(doc([table, chart("counts", ["a", "b"], 1000), para("efter")]));
    const drawn = sheet.charts?.[0];
    expect([drawn?.kind, drawn?.anchor]).toEqual(["stacked-bar", { top: 5, left: 1, bottom: 7, right: 2 }]);
    expect(rowOf(sheet, "efter")).toBe(8);
  });

  it("refers to no cells when its table is not in the sheet or it has no categories", () => {
    const refs = (blocks: DocBlock[]) => {
      const drawn = layoutReportDocument(doc(blocks)).charts?.[0];
      return [drawn?.categoryRef, drawn?.series.map((s) => s.ref)];
    };
    expect(refs([table, chart("counts", ["a", "b"])])).toEqual([
      { top: 2, left: 1, bottom: 3, right: 1 },
      [{ top: 2, left: 2, bottom: 3, right: 2 }],
    ]);
    expect(refs([table, chart("other", ["a", "b"])])).toEqual([null, [null]]);
    expect(refs([table, chart("counts", [])])).toEqual([null, [null]]);
  });
});
