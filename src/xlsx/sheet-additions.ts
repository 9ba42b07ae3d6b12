/**
 * What a generated sheet needs in the package beyond its cells, which exceljs does not
 * write: its charts (a drawing part and a chart part each, with their relationships and
 * content types) and its manual page breaks. Pure: the layout, the sheet's name and part and
 * the part names already taken in; the new parts, the sheet's new relationships and the
 * edit of the sheet's XML out. Any package writer can apply it (apply-sheet-additions.ts
 * does, after exceljs has saved).
 */
import type { SheetLayout } from "../plan";
import { CHART_CONTENT_TYPE, chartPartXml } from "./chart-part";
import { DRAWING_CONTENT_TYPE, drawingPartXml } from "./drawing-part";
import { relativeTarget, relationshipsXml, type Relationship } from "./package-parts";
import { rowBreaksXml, withRowBreaks } from "./row-breaks";

export const DRAWING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const CHART_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Where `<drawing>` goes in a worksheet: before the first of these (CT_Worksheet order). */
export const AFTER_DRAWING =
  /<(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

export interface NewPart {
  /** Package path without a leading "/", e.g. `xl/charts/chart1.xml`. */
  readonly path: string;
  readonly contentType: string;
  readonly xml: string;
  /** The part's own rels part, when it has relationships. */
  readonly rels: string | null;
}

export interface SheetAdditions {
  readonly parts: readonly NewPart[];
  /** Relationships to add to the sheet part's rels. */
  readonly relationships: readonly Relationship[];
  /** The sheet part's XML with the page breaks and the `<drawing>` reference. */
  readonly edit: (sheetXml: string) => string;
}

/** The first `stem` + N + `.xml` not in `taken`; the name is added to `taken`. */
function freePart(taken: Set<string>, stem: string): string {
  for (let n = 1; ; n++) {
    const path = `${stem}${n}.xml`;
    if (!taken.has(path)) {
      taken.add(path);
      return path;
    }
  }
}

function freeRelId(used: ReadonlySet<string>, base: string): string {
  let id = base;
  for (let n = 1; used.has(id); n++) id = `${base}${n}`;
  return id;
}

/** Adds `<drawing r:id>` in its place, declaring the relationships namespace where needed. */
function withDrawing(sheetXml: string, relId: string): string {
  let xml = sheetXml.replace(AFTER_DRAWING, (next) => `<drawing r:id="${relId}"/>${next}`);
  const open = xml.slice(0, xml.indexOf(">", xml.indexOf("<worksheet")));
  if (!/\sxmlns:r=/.test(open)) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${RELATIONSHIPS_NS}"`);
  return xml;
}

/**
 * The additions for `layout` written as the sheet `sheetName` in the part `sheetPart`.
 * `taken` holds the package's part names; `sheetRelIds` the ids the sheet's rels use.
 */
export function sheetAdditions(
  layout: Pick<SheetLayout, "charts" | "pageBreaks">,
  sheetName: string,
  sheetPart: string,
  taken: ReadonlySet<string>,
  sheetRelIds: ReadonlySet<string>,
): SheetAdditions {
  const charts = layout.charts ?? [];
  const breaks = rowBreaksXml(layout.pageBreaks ?? []);
  if (charts.length === 0) {
    return {
      parts: [],
      relationships: [],
      edit: (xml) => (breaks === "" ? xml : withRowBreaks(xml, breaks)),
    };
  }
  const names = new Set(taken);
  const drawing = freePart(names, "xl/drawings/drawing");
  const chartParts = charts.map((chart, i) => ({
    chart,
    path: freePart(names, "xl/charts/chart"),
    relId: `rId${i + 1}`,
  }));
  const drawingRels: Relationship[] = chartParts.map(({ path, relId }) => ({
    id: relId,
    type: CHART_REL,
    target: relativeTarget(drawing, path),
    external: false,
  }));
  const parts: NewPart[] = [
    {
      path: drawing,
      contentType: DRAWING_CONTENT_TYPE,
      xml: drawingPartXml(
        chartParts.map(({ chart, relId }) => ({ anchor: chart.anchor, relId, title: chart.title })),
      ),
      rels: relationshipsXml(drawingRels),
    },
    ...chartParts.map(({ chart, path }) => ({
      path,
      contentType: CHART_CONTENT_TYPE,
      xml: chartPartXml(chart, sheetName),
      rels: null,
    })),
  ];
  const relId = freeRelId(sheetRelIds, "rIdCharts");
  const relationship: Relationship = {
    id: relId,
    type: DRAWING_REL,
    target: relativeTarget(sheetPart, drawing),
    external: false,
  };
  return {
    parts,
    relationships: [relationship],
    edit: (xml) => withDrawing(breaks === "" ? xml : withRowBreaks(xml, breaks), relId),
  };
}
