/**
 * The drawing part (`xl/drawings/drawingN.xml`) that places charts on a sheet: one
 * graphic frame per chart, anchored to the cells it covers, pointing at its chart part
 * through the drawing's relationships. Pure: anchors in, XML out.
 */
import { chartName, type RangeRef } from "../plan";
import { escapeAttribute as escapeMarkup } from "./package/xml";
import { xmlSafeText } from "./xml-text";

/** Text as XML character data or an attribute value. */
function escapeXml(text: string): string {
  return escapeMarkup(xmlSafeText(text));
}

export interface ChartFrame {
  /** The cells the chart covers. */
  readonly anchor: RangeRef;
  /** The chart's relationship id in the drawing's rels part. */
  readonly relId: string;
  readonly title: string;
}

const NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart";

/** A cell corner (0-based column and row, as the anchor counts them). */
function corner(tag: "from" | "to", column: number, row: number): string {
  return (
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

function frame(chart: ChartFrame, index: number): string {
  const { anchor } = chart;
  const name = chartName(index);
  return (
    `<xdr:twoCellAnchor editAs="oneCell">` +
    // From the top-left corner of the first cell to the top-left of the cell past the last.
    `${corner("from", anchor.left - 1, anchor.top - 1)}${corner("to", anchor.right, anchor.bottom)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
    `<xdr:cNvPr id="${index + 2}" name="${name}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/>` +
    `</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART_URI}">` +
    `<c:chart xmlns:c="${CHART_URI}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${escapeXml(chart.relId)}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export function drawingPartXml(charts: readonly ChartFrame[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${NS}>` +
    `${charts.map(frame).join("")}</xdr:wsDr>`
  );
}
