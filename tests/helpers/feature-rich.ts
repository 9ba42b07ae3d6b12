/**
 * Feature-rich plan workbooks, the corpus of the package-diff tests: the small valid plan
 * (raw-plan.ts, every table an Excel table) dressed as Excel (Microsoft 365) saves it, with
 * everything an official's file may hold around the plan: a sensitivity label and custom
 * properties, a dynamic-array formula (metadata, cm=), a picture in a cell (rich data, vm=),
 * a custom table style, quotePrefix, a table's sort state, a hyperlink's tooltip, CRLF text
 * (_x000D_), a t="d" date cell, a chart, a picture, comments and a threaded comment, drop-
 * down lists (one from another sheet, in x14), conditional formatting with an x14 data bar,
 * hidden and very hidden sheets, a frozen pane, outlines, a protected sheet with protected
 * ranges, sparklines, an external link and defined names of every kind. Optionally with the
 * workbook's structure protected. Parts are written as Excel writes them (excel-parts.ts),
 * never by the code under test.
 */
import JSZip from "jszip";
import { rawPlanWorkbook } from "./raw-plan";
import { followUpRow } from "./snapshot-builder";
import {
  COMMENTS,
  CT,
  CUSTOM_PROPERTIES,
  DECL,
  EXTERNAL_LINK,
  LABEL_INFO,
  METADATA,
  NS,
  PERSONS,
  PNG_1X1,
  REL,
  RICH_STRUCTURE,
  RICH_TYPES,
  RICH_VALUE,
  RICH_VALUE_REL,
  relationships,
  THEME,
  THREADED_COMMENTS,
  VML,
  WORKSHEET_ROOT,
} from "./excel-parts";
import { CHART_XML } from "./user-content";

export const USER_SHEET = "Statistik";
export const CHART_SHEET = "Diagram";
export const CRLF_TEXT = "Rad ett\r\nRad två";

export interface FeatureRichOptions {
  /** Workbook structure protection (no sheet may be added, removed or renamed). */
  readonly lockStructure?: boolean;
}

/** Sheets in tab order: the plan's eight, then the user's. */
const PLAN_SHEET_COUNT = 8;
const USER_PART = `xl/worksheets/sheet${PLAN_SHEET_COUNT + 1}.xml`;
const CHART_PART = `xl/worksheets/sheet${PLAN_SHEET_COUNT + 2}.xml`;
const FOLLOW_UP_PART = "xl/worksheets/sheet6.xml";

async function text(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new Error(`${part} saknas`);
  return file.async("string");
}

/** A worksheet part as Excel writes it: namespaces, revision id, row spans, margins. */
function asExcelSheet(xml: string, width: number): string {
  return xml
    .replace(/^<\?xml[^>]*\?>\n/, DECL)
    .replace(/<worksheet [^>]*>/, WORKSHEET_ROOT)
    .replace(
      '<sheetFormatPr defaultRowHeight="15"/>',
      '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>',
    )
    .replace(/<row r="(\d+)">/g, `<row r="$1" spans="1:${width}" x14ac:dyDescent="0.25">`)
    .replace(
      /<\/sheetData>/,
      '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    );
}

/** Uppföljning: CRLF text, a sort state on the table, a drop-down list, a note beside the table. */
async function dressFollowUps(zip: JSZip): Promise<void> {
  let xml = asExcelSheet(await text(zip, FOLLOW_UP_PART), 9).replace(
    "<sheetViews>",
    '<dimension ref="A1:K4"/><sheetViews>',
  );
  // A note to the right of the table, on the row the next follow-up row goes to.
  xml = xml.replace(
    "</sheetData>",
    '<row r="4" spans="11:11" x14ac:dyDescent="0.25"><c r="K4" t="inlineStr"><is><t>Anteckning bredvid tabellen</t></is></c></row></sheetData>',
  );
  xml = xml.replace(
    "<pageMargins",
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="C2:C3" xr:uid="{0D1E2F3A-4B5C-4D6E-8F7A-9B0C1D2E3F4A}">' +
      '<formula1>"T1,T2,VB"</formula1></dataValidation></dataValidations><pageMargins',
  );
  zip.file(FOLLOW_UP_PART, xml);
  const tablePart = Object.keys(zip.files).find(
    (n) => /^xl\/tables\/table\d+\.xml$/.test(n) && n.endsWith("6.xml"),
  )!;
  const table = await text(zip, tablePart);
  zip.file(
    tablePart,
    table
      .replace(/^<\?xml[^>]*\?>\n/, DECL)
      .replace(
        /<autoFilter ref="([^"]+)"\/>/,
        '<autoFilter ref="$1" xr:uid="{7A8B9C0D-1E2F-4A3B-8C4D-5E6F7A8B9C0D}"/><sortState ref="A2:I3" xr:uid="{8B9C0D1E-2F3A-4B4C-9D5E-6F7A8B9C0D1E}"><sortCondition descending="1" ref="A2:A3"/></sortState>',
      )
      .replace(
        /<table xmlns="[^"]+"/,
        `<table xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="xr xr3" xmlns:xr="${NS.xr}" xmlns:xr3="${NS.xr3}" xr:uid="{9C0D1E2F-3A4B-4C5D-8E6F-7A8B9C0D1E2F}"`,
      ),
  );
}

function userSheetXml(): string {
  return (
    `${DECL}${WORKSHEET_ROOT}<sheetPr><outlinePr summaryBelow="0"/></sheetPr><dimension ref="A1:F12"/>` +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>' +
    '<selection pane="topRight" activeCell="B1" sqref="B1"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/><selection pane="bottomRight" activeCell="B2" sqref="B2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="1" outlineLevelCol="1" x14ac:dyDescent="0.25"/>' +
    '<cols><col min="1" max="1" width="28.7109375" customWidth="1"/><col min="2" max="2" width="16.7109375" customWidth="1"/><col min="6" max="6" width="12" outlineLevel="1" collapsed="1" hidden="1"/></cols>' +
    "<sheetData>" +
    '<row r="1" spans="1:6" x14ac:dyDescent="0.25"><c r="A1" s="4" t="s"><v>0</v></c><c r="B1" s="4" t="s"><v>1</v></c><c r="C1" s="4" t="s"><v>2</v></c><c r="D1" s="4" t="s"><v>3</v></c><c r="E1" s="4" t="s"><v>4</v></c></row>' +
    '<row r="2" spans="1:6" outlineLevel="1" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>5</v></c><c r="B2"><v>120</v></c><c r="D2" cm="1" t="str"><f t="array" ref="D2:D4">_xlfn._xlws.SORT(A2:A4)</f><v>Bredäng</v></c><c r="E2" t="e" vm="1"><v>#VALUE!</v></c></row>' +
    '<row r="3" spans="1:6" outlineLevel="1" x14ac:dyDescent="0.25"><c r="A3" t="s"><v>6</v></c><c r="B3"><v>95</v></c><c r="D3" t="str"><v>Sätra</v></c></row>' +
    '<row r="4" spans="1:6" outlineLevel="1" x14ac:dyDescent="0.25"><c r="A4" t="s"><v>7</v></c><c r="B4"><v>40</v></c><c r="D4" t="str"><v>Vårberg</v></c></row>' +
    '<row r="6" spans="1:6" x14ac:dyDescent="0.25"><c r="A6" s="5" t="s"><v>8</v></c></row>' +
    '<row r="7" spans="1:6" x14ac:dyDescent="0.25"><c r="A7" t="s"><v>9</v></c><c r="B7" s="1" t="d"><v>2026-03-01T00:00:00</v></c></row>' +
    '<row r="8" spans="1:6" ht="30" customHeight="1" x14ac:dyDescent="0.25"><c r="A8" s="6" t="s"><v>10</v></c></row>' +
    '<row r="9" spans="1:6" x14ac:dyDescent="0.25"><c r="A9" s="3" t="s"><v>11</v></c></row>' +
    '<row r="10" spans="1:6" x14ac:dyDescent="0.25"><c r="A10" t="s"><v>12</v></c><c r="B10"><f>[1]Brott!$A$1</f><v>412</v></c></row>' +
    '<row r="12" spans="1:6" x14ac:dyDescent="0.25"><c r="A12" t="s"><v>13</v></c><c r="B12"><f>SUM(B2:B4)</f><v>255</v></c></row>' +
    "</sheetData>" +
    '<sheetProtection algorithmName="SHA-512" hashValue="Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFy" saltValue="c2FsdHNhbHQ=" spinCount="100000" sheet="1" objects="1" scenarios="1"/>' +
    '<protectedRanges><protectedRange sqref="B2:B4" name="Siffror"/></protectedRanges>' +
    '<conditionalFormatting sqref="B2:B4"><cfRule type="dataBar" priority="2"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>' +
    '<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:id>{A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D}</x14:id></ext></extLst></cfRule>' +
    '<cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>100</formula></cfRule></conditionalFormatting>' +
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="C2:C4" xr:uid="{1F2E3D4C-5B6A-4978-8A9B-0C1D2E3F4A5B}"><formula1>"Ja,Nej"</formula1></dataValidation></dataValidations>' +
    '<hyperlinks><hyperlink ref="A6" r:id="rId3" tooltip="Öppna polisens statistik i webbläsaren" display="Polisens statistik" xr:uid="{2A3B4C5D-6E7F-4A8B-9C0D-1E2F3A4B5C6D}"/></hyperlinks>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" r:id="rId6"/>' +
    '<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>' +
    "<extLst>" +
    `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${NS.x14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${NS.xm}">` +
    '<x14:cfRule type="dataBar" id="{A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D}"><x14:dataBar minLength="0" maxLength="100" border="1" negativeBarBorderColorSameAsPositive="0">' +
    '<x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:borderColor rgb="FF638EC6"/><x14:negativeFillColor rgb="FFFF0000"/><x14:negativeBorderColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule>' +
    "<xm:sqref>B2:B4</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>" +
    `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${NS.x14}"><x14:dataValidations count="1" xmlns:xm="${NS.xm}">` +
    '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" xr:uid="{3B4C5D6E-7F8A-4B9C-8D0E-2F3A4B5C6D7E}"><x14:formula1><xm:f>\'Områden\'!$B$2:$B$2</xm:f></x14:formula1><xm:sqref>A2:A4</xm:sqref></x14:dataValidation></x14:dataValidations></ext>' +
    `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${NS.x14}"><x14:sparklineGroups xmlns:xm="${NS.xm}"><x14:sparklineGroup displayEmptyCellsAs="gap">` +
    '<x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>Statistik!B2:B4</xm:f><xm:sqref>C12</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>' +
    "</extLst></worksheet>"
  );
}

const USER_STRINGS = [
  "Område",
  "Anmälda brott",
  "Svar",
  "Sorterat",
  "Bild",
  "Vårberg",
  "Bredäng",
  "Sätra",
  "Polisens statistik",
  "Senast uppdaterad",
  "Rad ett_x000D_\nRad två",
  "=inte en formel",
  "Från polisens fil",
  "Summa",
];

/** Excel's shared strings: the plan's, then the user sheet's; CR written as _x000D_. */
async function sharedStrings(zip: JSZip): Promise<Map<string, number>> {
  const xml = await text(zip, "xl/sharedStrings.xml");
  const items = [...xml.matchAll(/<si><t xml:space="preserve">([^<]*)<\/t><\/si>/g)].map((m) => m[1] ?? "");
  const offset = items.length;
  const all = [...items.map((t) => t.replace(/\r/g, "_x000D_")), ...USER_STRINGS];
  const si = all.map((t) =>
    /^\s|\s$|\n/.test(t) ? `<si><t xml:space="preserve">${t}</t></si>` : `<si><t>${t}</t></si>`,
  );
  zip.file(
    "xl/sharedStrings.xml",
    `${DECL}<sst xmlns="${NS.main}" count="${all.length + 4}" uniqueCount="${all.length}">${si.join("")}</sst>`,
  );
  return new Map(USER_STRINGS.map((s, i) => [s, offset + i]));
}

function withStringIndexes(xml: string, offset: number): string {
  return xml.replace(
    /(t="s"><v>)(\d+)(<\/v>)/g,
    (_, a: string, n: string, b: string) => `${a}${Number(n) + offset}${b}`,
  );
}

const STYLES =
  `${DECL}<styleSheet xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="${NS.x14ac}" ` +
  'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>' +
  '<fonts count="3" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font>' +
  '<font><b/><sz val="11"/><color theme="1"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font>' +
  '<font><u/><sz val="11"/><color theme="10"/><name val="Aptos Narrow"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFFFE699"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" applyNumberFormat="0" applyFill="0" applyBorder="0" applyAlignment="0" applyProtection="0"/></cellStyleXfs>' +
  '<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="2"><cellStyle name="Hyperlänk" xfId="1" builtinId="8"/><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="2"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>' +
  '<dxf><font><b/><color theme="0"/></font><fill><patternFill><bgColor rgb="FF1F4E79"/></patternFill></fill></dxf></dxfs>' +
  '<tableStyles count="1" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16">' +
  '<tableStyle name="Kommunens tabell" pivot="0" count="1" xr9:uid="{4C5D6E7F-8A9B-4C0D-9E1F-3A4B5C6D7E8F}" xmlns:xr9="http://schemas.microsoft.com/office/spreadsheetml/2016/revision9">' +
  '<tableStyleElement type="headerRow" dxfId="1"/></tableStyle></tableStyles>' +
  '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>' +
  '<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">' +
  '<x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>';

function workbookXml(sheets: string, lockStructure: boolean): string {
  const sheetIndex = (name: string) =>
    [...sheets.matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex((m) => m[1] === name);
  return (
    `${DECL}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x15 xr xr6 xr10 xr2" ` +
    `xmlns:x15="${NS.x15}" xmlns:xr="${NS.xr}" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" ` +
    `xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="${NS.xr2}">` +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28429"/><workbookPr defaultThemeVersion="202300"/>' +
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15">' +
    '<x15ac:absPath url="C:\\Users\\kim\\OneDrive - Stockholms stad\\Uppföljning\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>' +
    '<xr:revisionPtr revIDLastSave="12" documentId="13_ncr:1_{5D6E7F8A-9B0C-4D1E-8F2A-4B5C6D7E8F9A}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{6E7F8A9B-0C1D-4E2F-9A3B-5C6D7E8F9A0B}"/>' +
    (lockStructure
      ? '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="YmFyYmF6YmFyYmF6YmFyYmF6YmFyYmF6YmFyYmF6" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/>'
      : "") +
    `<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720" activeTab="${sheetIndex(USER_SHEET)}" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews>` +
    `<sheets>${sheets}</sheets>` +
    '<externalReferences><externalReference r:id="rIdX1"/></externalReferences>' +
    "<definedNames>" +
    `<definedName name="_xlnm.Print_Area" localSheetId="${sheetIndex(USER_SHEET)}">Statistik!$A$1:$E$12</definedName>` +
    '<definedName name="Moms">0.25</definedName>' +
    '<definedName name="Omraden_lista">Statistik!$A$2:$A$4</definedName>' +
    '<definedName name="Summa_brott" comment="Anmälda brott i de tre områdena">SUM(Statistik!$B$2:$B$4)</definedName>' +
    `<definedName name="Urval" localSheetId="${sheetIndex(USER_SHEET)}" hidden="1">Statistik!$A$2:$A$4</definedName>` +
    "</definedNames>" +
    '<calcPr calcId="191029"/>' +
    '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext>' +
    '<ext uri="{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}" xmlns:xcalcf="http://schemas.microsoft.com/office/spreadsheetml/2018/calcfeatures"><xcalcf:calcFeatures>' +
    '<xcalcf:feature name="microsoft.com:RD"/><xcalcf:feature name="microsoft.com:Single"/><xcalcf:feature name="microsoft.com:FV"/><xcalcf:feature name="microsoft.com:CNMTM"/>' +
    '<xcalcf:feature name="microsoft.com:LET_WF"/><xcalcf:feature name="microsoft.com:LAMBDA_WF"/><xcalcf:feature name="microsoft.com:ARRAYTEXT_WF"/></xcalcf:calcFeatures></ext></extLst></workbook>'
  );
}

function appXml(sheetNames: readonly string[]): string {
  const titles = [...sheetNames, "Statistik!Print_Area"];
  return (
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="${NS.vt}">` +
    "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>" +
    '<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Kalkylblad</vt:lpstr></vt:variant>' +
    `<vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant><vt:variant><vt:lpstr>Namngivna områden</vt:lpstr></vt:variant>` +
    "<vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>" +
    `<TitlesOfParts><vt:vector size="${titles.length}" baseType="lpstr">${titles.map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts>` +
    "<Company>Stockholms stad</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>" +
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>"
  );
}

const CORE =
  `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
  'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  "<dc:creator>Kim Andersson</dc:creator><cp:lastModifiedBy>Kim Andersson</cp:lastModifiedBy>" +
  '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-12T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-10T09:31:00Z</dcterms:modified></cp:coreProperties>';

const CHART_DRAWING =
  `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
  '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  "<xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const PICTURE_DRAWING =
  `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
  '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  "<xdr:to><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>" +
  '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Bild 1" descr="Områdeskarta"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
  `<xdr:blipFill><a:blip xmlns:r="${NS.r}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
  '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="609600" cy="381000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';

function contentTypes(existing: string): string {
  const overrides: [string, string][] = [
    ["/docProps/custom.xml", CT.custom],
    ["/docMetadata/LabelInfo.xml", CT.label],
    ["/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"],
    ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ["/xl/theme/theme1.xml", CT.theme],
    ["/xl/metadata.xml", CT.metadata],
    ["/xl/richData/rdrichvalue.xml", CT.richValue],
    ["/xl/richData/rdrichvaluestructure.xml", CT.richStructure],
    ["/xl/richData/rdRichValueTypes.xml", CT.richTypes],
    ["/xl/richData/richValueRel.xml", CT.richRel],
    ["/xl/comments1.xml", CT.comments],
    ["/xl/threadedComments/threadedComment1.xml", CT.threaded],
    ["/xl/persons/person.xml", CT.person],
    ["/xl/externalLinks/externalLink1.xml", CT.externalLink],
    ["/xl/drawings/drawing1.xml", CT.drawing],
    ["/xl/drawings/drawing2.xml", CT.drawing],
    ["/xl/charts/chart1.xml", CT.chart],
  ];
  return existing
    .replace(/^<\?xml[^>]*\?>\n/, DECL)
    .replace(
      '<Default Extension="xml" ContentType="application/xml"/>',
      '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/>' +
        '<Default Extension="png" ContentType="image/png"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>',
    )
    .replace(
      "</Types>",
      `${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("")}</Types>`,
    );
}

/** The feature-rich workbook's bytes. */
export async function featureRichWorkbook(options: FeatureRichOptions = {}): Promise<Uint8Array> {
  const followUps = [
    followUpRow({ Aktivitet: "1.1", "Genomförda aktiviteter": CRLF_TEXT }),
    followUpRow({ Aktivitet: "1.2" }),
  ];
  const zip = await JSZip.loadAsync(
    await rawPlanWorkbook({ Uppfoljning: { rows: followUps } }, [
      { name: USER_SHEET, rows: [["x"]] },
      { name: CHART_SHEET, rows: [["Diagrammet hämtar siffrorna från Statistik."]] },
      { name: "Dold", state: "hidden", rows: [["Gamla siffror"]] },
      { name: "Mycket dold", state: "veryHidden", rows: [["Uppslag"]] },
    ]),
  );
  const strings = await sharedStrings(zip);
  for (let n = 1; n <= PLAN_SHEET_COUNT + 4; n++) {
    const part = `xl/worksheets/sheet${n}.xml`;
    if (n !== PLAN_SHEET_COUNT + 1 && part !== FOLLOW_UP_PART)
      zip.file(part, asExcelSheet(await text(zip, part), 10));
  }
  await dressFollowUps(zip);
  zip.file(USER_PART, withStringIndexes(userSheetXml(), strings.get(USER_STRINGS[0] ?? "") ?? 0));
  zip.file(
    USER_PART.replace("worksheets/", "worksheets/_rels/") + ".rels",
    relationships([
      ["rId1", REL.drawing, "../drawings/drawing2.xml"],
      ["rId2", REL.vml, "../drawings/vmlDrawing1.vml"],
      ["rId3", REL.hyperlink, "https://polisen.se/statistik", true],
      ["rId4", REL.comments, "../comments1.xml"],
      ["rId5", REL.threaded, "../threadedComments/threadedComment1.xml"],
      [
        "rId6",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings",
        "../printerSettings/printerSettings1.bin",
      ],
    ]),
  );
  zip.file("xl/printerSettings/printerSettings1.bin", new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]));
  const chartSheet = await text(zip, CHART_PART);
  zip.file(CHART_PART, chartSheet.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>'));
  zip.file(
    CHART_PART.replace("worksheets/", "worksheets/_rels/") + ".rels",
    relationships([["rId1", REL.drawing, "../drawings/drawing1.xml"]]),
  );
  zip.file("xl/drawings/drawing1.xml", CHART_DRAWING);
  zip.file(
    "xl/drawings/_rels/drawing1.xml.rels",
    relationships([["rId1", REL.chart, "../charts/chart1.xml"]]),
  );
  zip.file("xl/charts/chart1.xml", CHART_XML);
  zip.file("xl/drawings/drawing2.xml", PICTURE_DRAWING);
  zip.file(
    "xl/drawings/_rels/drawing2.xml.rels",
    relationships([["rId1", REL.image, "../media/image1.png"]]),
  );
  zip.file("xl/media/image1.png", PNG_1X1);
  zip.file("xl/media/image2.png", PNG_1X1);
  zip.file("xl/drawings/vmlDrawing1.vml", VML);
  zip.file("xl/comments1.xml", COMMENTS);
  zip.file("xl/threadedComments/threadedComment1.xml", THREADED_COMMENTS);
  zip.file("xl/persons/person.xml", PERSONS);
  zip.file("xl/metadata.xml", METADATA);
  zip.file("xl/richData/rdrichvalue.xml", RICH_VALUE);
  zip.file("xl/richData/rdrichvaluestructure.xml", RICH_STRUCTURE);
  zip.file("xl/richData/rdRichValueTypes.xml", RICH_TYPES);
  zip.file("xl/richData/richValueRel.xml", RICH_VALUE_REL);
  zip.file(
    "xl/richData/_rels/richValueRel.xml.rels",
    relationships([["rId1", REL.image, "../media/image2.png"]]),
  );
  zip.file("xl/externalLinks/externalLink1.xml", EXTERNAL_LINK);
  zip.file(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    relationships([["rId1", REL.externalPath, "file:///S:\\Polisen\\Brott%202026.xlsx", true]]),
  );
  zip.file("xl/theme/theme1.xml", THEME);
  zip.file("xl/styles.xml", STYLES);
  const rawWorkbook = await text(zip, "xl/workbook.xml");
  const sheets = /<sheets>([\s\S]*)<\/sheets>/.exec(rawWorkbook)?.[1] ?? "";
  zip.file("xl/workbook.xml", workbookXml(sheets, options.lockStructure === true));
  const sheetNames = [...sheets.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1] ?? "");
  const workbookRels = await text(zip, "xl/_rels/workbook.xml.rels");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    workbookRels
      .replace(/^<\?xml[^>]*\?>\n/, DECL)
      .replace(
        "</Relationships>",
        `<Relationship Id="rIdX1" Type="${REL.externalLink}" Target="externalLinks/externalLink1.xml"/>` +
          `<Relationship Id="rIdT1" Type="${NS.r}/theme" Target="theme/theme1.xml"/>` +
          `<Relationship Id="rIdM1" Type="${REL.metadata}" Target="metadata.xml"/>` +
          `<Relationship Id="rIdR1" Type="${REL.richValue}" Target="richData/rdrichvalue.xml"/>` +
          `<Relationship Id="rIdR2" Type="${REL.richStructure}" Target="richData/rdrichvaluestructure.xml"/>` +
          `<Relationship Id="rIdR3" Type="${REL.richTypes}" Target="richData/rdRichValueTypes.xml"/>` +
          `<Relationship Id="rIdR4" Type="${REL.richRel}" Target="richData/richValueRel.xml"/>` +
          `<Relationship Id="rIdP1" Type="${REL.person}" Target="persons/person.xml"/></Relationships>`,
      ),
  );
  zip.file("docProps/app.xml", appXml(sheetNames));
  zip.file("docProps/core.xml", CORE);
  zip.file("docProps/custom.xml", CUSTOM_PROPERTIES);
  zip.file("docMetadata/LabelInfo.xml", LABEL_INFO);
  zip.file(
    "_rels/.rels",
    relationships([
      ["rId3", `${NS.r}/extended-properties`, "docProps/app.xml"],
      [
        "rId2",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        "docProps/core.xml",
      ],
      ["rId1", `${NS.r}/officeDocument`, "xl/workbook.xml"],
      ["rId4", REL.custom, "docProps/custom.xml"],
      ["rId5", REL.label, "docMetadata/LabelInfo.xml"],
    ]),
  );
  zip.file("[Content_Types].xml", contentTypes(await text(zip, "[Content_Types].xml")));
  // The custom table style on Deltagare, as Excel writes it when a user picks it.
  const deltagare = "xl/tables/table4.xml";
  zip.file(
    deltagare,
    (await text(zip, deltagare)).replace(/name="TableStyleMedium2"/, 'name="Kommunens tabell"'),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
