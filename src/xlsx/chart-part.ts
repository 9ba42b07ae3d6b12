/**
 * A `SheetChart` as a DrawingML chart part (`xl/charts/chartN.xml`): horizontal stacked
 * bars drawn from the sheet's cells, with the values cached so that a reader that does not
 * recalculate (and LibreOffice) draws it at once. Pure: layout in, XML out. The report sheet
 * writer adds it as its drawing's related part (report-sheet-spec.ts).
 */
import { chartAxisStep, columnLetter, quoteSheetName, type RangeRef, type SheetChart } from "../plan";
import { escapeAttribute as escapeMarkup } from "./package/xml";
import { xmlSafeText } from "./xml-text";

/** Text as XML character data or an attribute value. */
function escapeXml(text: string): string {
  return escapeMarkup(xmlSafeText(text));
}

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const CATEGORY_AXIS = 500100;
const VALUE_AXIS = 500200;
const LINE_COLOR = "7F7F7F";

/** An absolute reference to `ref` on `sheet`: `'Rapport T2 2026'!$D$8:$D$9`. */
export function absoluteRef(sheet: string, ref: RangeRef): string {
  const corner = (row: number, column: number) => `$${columnLetter(column)}$${row}`;
  const start = corner(ref.top, ref.left);
  const end = corner(ref.bottom, ref.right);
  return `${quoteSheetName(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

function text(size: number, bold = false): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">` +
    `<a:solidFill><a:srgbClr val="262626"/></a:solidFill><a:latin typeface="Calibri"/></a:defRPr>` +
    `</a:pPr><a:endParaRPr lang="sv-SE"/></a:p></c:txPr>`
  );
}

function richTitle(title: string, size: number): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="sv-SE" sz="${size}" b="1"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

function points(values: readonly (string | number)[]): string {
  return (
    `<c:ptCount val="${values.length}"/>` +
    values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`).join("")
  );
}

function categories(chart: SheetChart, sheet: string): string {
  const cache = `<c:strCache>${points(chart.categories)}</c:strCache>`;
  if (chart.categoryRef === null) return `<c:cat><c:strLit>${points(chart.categories)}</c:strLit></c:cat>`;
  return `<c:cat><c:strRef><c:f>${escapeXml(absoluteRef(sheet, chart.categoryRef))}</c:f>${cache}</c:strRef></c:cat>`;
}

function values(series: SheetChart["series"][number], sheet: string): string {
  const cache = `<c:formatCode>General</c:formatCode>${points(series.values)}`;
  if (series.ref === null) return `<c:val><c:numLit>${cache}</c:numLit></c:val>`;
  return `<c:val><c:numRef><c:f>${escapeXml(absoluteRef(sheet, series.ref))}</c:f><c:numCache>${cache}</c:numCache></c:numRef></c:val>`;
}

/** Counts inside each segment; a zero shows nothing (the format's empty zero section). */
const DATA_LABELS =
  `<c:dLbls><c:numFmt formatCode="0;;;" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
  `${text(900)}<c:dLblPos val="ctr"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/>` +
  `<c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;

function seriesXml(chart: SheetChart, sheet: string): string {
  return chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill>` +
        `<a:ln w="6350"><a:solidFill><a:srgbClr val="${LINE_COLOR}"/></a:solidFill></a:ln></c:spPr>` +
        `<c:invertIfNegative val="0"/>${DATA_LABELS}${categories(chart, sheet)}${values(s, sheet)}</c:ser>`,
    )
    .join("");
}

function axes(chart: SheetChart): string {
  // Categories top to bottom in the order given (maxMin). An axis's <c:crosses> says where
  // it crosses the other: the category axis at value 0 (left), the value axis at the last
  // category (the bottom of the plot).
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="maxMin"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${text(900)}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `${richTitle(chart.valueAxisTitle, 900)}<c:numFmt formatCode="0" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${text(900)}` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="max"/><c:crossBetween val="between"/>` +
    `<c:majorUnit val="${chartAxisStep(chart)}"/></c:valAx>`;
  return categoryAxis + valueAxis;
}

/** The chart part for `chart` on the sheet named `sheet`. */
export function chartPartXml(chart: SheetChart, sheet: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}>` +
    `<c:date1904 val="0"/><c:lang val="sv-SE"/><c:roundedCorners val="0"/><c:chart>` +
    `${richTitle(chart.title, 1200)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>` +
    `${seriesXml(chart, sheet)}<c:gapWidth val="60"/><c:overlap val="100"/>` +
    `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>${axes(chart)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${text(900)}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}
