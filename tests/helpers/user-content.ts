/**
 * A plan workbook that also holds what officials add around the plan: a sheet of their own
 * with column widths, a frozen pane, a filled cell, a hyperlink, a comment, conditional
 * formatting, a drop-down list and an image (raw exceljs), then at the XML level a chart,
 * defined names that are formulas and constants, and a sheet-scoped name (JSZip), as Excel
 * writes them. For the "nothing of the user's lost" tests: every one must survive a save.
 */
import JSZip from "jszip";
import { bytesOf, planWorkbook } from "./xlsx-fixtures";

export const USER_SHEET = "Statistik";
const CHART_SHEET = "Diagram";
const PNG_1X1 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

export const CHART_XML =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
  "<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Anmälda brott per område</a:t></a:r></a:p></c:rich></c:tx></c:title>" +
  '<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>' +
  `<c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>${USER_SHEET}!$A$2:$A$4</c:f></c:strRef></c:cat>` +
  `<c:val><c:numRef><c:f>${USER_SHEET}!$B$2:$B$4</c:f></c:numRef></c:val></c:ser>` +
  '<c:axId val="10"/><c:axId val="20"/></c:barChart>' +
  '<c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="20"/></c:catAx>' +
  '<c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="10"/></c:valAx>' +
  "</c:plotArea></c:chart></c:chartSpace>";

const CHART_DRAWING =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">` +
  "<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
  "<xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  `<c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

/** The defined names the workbook gets, as Excel writes them (`localSheetId` = sheet index). */
export function userDefinedNames(userSheetIndex: number): string {
  return (
    '<definedName name="Moms">0.25</definedName>' +
    `<definedName name="Summa_brott">SUM(${USER_SHEET}!$B$2:$B$4)</definedName>` +
    `<definedName name="Urval" localSheetId="${userSheetIndex}">${USER_SHEET}!$A$2:$A$4</definedName>` +
    `<definedName name="Omraden_lista">${USER_SHEET}!$A$2:$A$4</definedName>`
  );
}

function addUserSheets(): ReturnType<typeof planWorkbook> {
  const book = planWorkbook();
  const sheet = book.addWorksheet(USER_SHEET, { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  sheet.addRows([
    ["Område", "Anmälda brott"],
    ["Vårberg", 120],
    ["Bredäng", 95],
    ["Sätra", 40],
  ]);
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 16;
  sheet.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFE699" } };
  sheet.getCell("A1").font = { bold: true };
  sheet.getCell("A6").value = { text: "Polisens statistik", hyperlink: "https://polisen.se/statistik" };
  sheet.getCell("B2").note = "Siffran gäller januari–april.";
  sheet.getCell("C2").dataValidation = { type: "list", allowBlank: true, formulae: ['"Ja,Nej"'] };
  sheet.addConditionalFormatting({
    ref: "B2:B4",
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        priority: 1,
        formulae: ["100"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  const image = book.addImage({ base64: PNG_1X1, extension: "png" });
  sheet.addImage(image, "D2:E4");
  book.addWorksheet(CHART_SHEET).getCell("A1").value = "Diagrammet nedan hämtar siffrorna från Statistik.";
  return book;
}

async function sheetPart(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const id = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}

/** Adds the chart (its own drawing on the Diagram sheet) and the defined names. */
async function addChartAndNames(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPart(zip, CHART_SHEET);
  const relsPath = part.replace(/worksheets\//, "worksheets/_rels/") + ".rels";
  zip.file("xl/charts/chart1.xml", CHART_XML);
  zip.file("xl/drawings/drawing9.xml", CHART_DRAWING);
  zip.file(
    "xl/drawings/_rels/drawing9.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  const rels = zip.file(relsPath)
    ? await zip.file(relsPath)!.async("string")
    : `<Relationships xmlns="${PKG}"></Relationships>`;
  zip.file(
    relsPath,
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rIdChart" Type="${R}/drawing" Target="../drawings/drawing9.xml"/></Relationships>`,
    ),
  );
  const sheet = await zip.file(part)!.async("string");
  zip.file(part, sheet.replace(/(<tableParts|<extLst|<\/worksheet>)/, '<drawing r:id="rIdChart"/>$1'));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
        '<Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ),
  );
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const sheetNames = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const names = userDefinedNames(sheetNames.indexOf(USER_SHEET));
  zip.file(
    "xl/workbook.xml",
    /<definedNames>/.test(workbook)
      ? workbook.replace("<definedNames>", `<definedNames>${names}`)
      : workbook.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The plan workbook with the user's own content around it. */
export async function userContentWorkbook(): Promise<Uint8Array> {
  return addChartAndNames(await bytesOf(addUserSheets()));
}

/** Adds a part exceljs drops (a pivot table's, as Excel names it) to the package. */
export async function withPivotTable(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(
    "xl/pivotTables/pivotTable1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="Pivottabell1" cacheId="1"/>',
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Adds sparklines (an x14 extension exceljs drops) to the user's sheet. */
export async function withSparklines(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPart(zip, USER_SHEET);
  const xml = await zip.file(part)!.async("string");
  const ext =
    '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup>' +
    `<x14:sparklines><x14:sparkline><xm:f>${USER_SHEET}!B2:B4</xm:f><xm:sqref>C5</xm:sqref></x14:sparkline></x14:sparklines>` +
    "</x14:sparklineGroup></x14:sparklineGroups></ext></extLst>";
  zip.file(part, xml.replace("</worksheet>", `${ext}</worksheet>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
