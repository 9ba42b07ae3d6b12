/**
 * Parts and fragments as Excel (Microsoft 365, 2024) writes them, for the feature-rich
 * workbooks of feature-rich.ts: namespaces and `mc:Ignorable` on the root, revision ids,
 * sensitivity labels, dynamic arrays and pictures in cells, threaded comments, external
 * links, x14 extensions. Written from Excel's own files; never produced by the code under
 * test.
 */

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  x14ac: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac",
  x14: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main",
  xm: "http://schemas.microsoft.com/office/excel/2006/main",
  xr: "http://schemas.microsoft.com/office/spreadsheetml/2014/revision",
  xr2: "http://schemas.microsoft.com/office/spreadsheetml/2015/revision2",
  xr3: "http://schemas.microsoft.com/office/spreadsheetml/2016/revision3",
  x15: "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main",
  pkg: "http://schemas.openxmlformats.org/package/2006/relationships",
  vt: "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
} as const;

export const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** The root start tag of a worksheet as Excel writes it. */
export const WORKSHEET_ROOT =
  `<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}" xmlns:mc="${NS.mc}" mc:Ignorable="x14ac xr xr2 xr3" ` +
  `xmlns:x14ac="${NS.x14ac}" xmlns:xr="${NS.xr}" xmlns:xr2="${NS.xr2}" xmlns:xr3="${NS.xr3}" ` +
  'xr:uid="{5C2B3E4D-1A2B-4C3D-8E9F-0A1B2C3D4E5F}">';

export const CT = {
  custom: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  label: "application/vnd.ms-office.classificationlabels+xml",
  metadata: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml",
  richValue: "application/vnd.ms-excel.rdrichvalue+xml",
  richStructure: "application/vnd.ms-excel.rdrichvaluestructure+xml",
  richTypes: "application/vnd.ms-excel.rdrichvaluetypes+xml",
  richRel: "application/vnd.ms-excel.richvaluerel+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  threaded: "application/vnd.ms-excel.threadedcomments+xml",
  person: "application/vnd.ms-excel.person+xml",
  externalLink: "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
} as const;

export const REL = {
  custom: `${NS.r}/custom-properties`,
  label: "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels",
  metadata: `${NS.r}/sheetMetadata`,
  richValue: "http://schemas.microsoft.com/office/2017/06/relationships/rdRichValue",
  richStructure: "http://schemas.microsoft.com/office/2017/06/relationships/rdRichValueStructure",
  richTypes: "http://schemas.microsoft.com/office/2017/06/relationships/rdRichValueTypes",
  richRel: "http://schemas.microsoft.com/office/2022/10/relationships/richValueRel",
  image: `${NS.r}/image`,
  comments: `${NS.r}/comments`,
  vml: `${NS.r}/vmlDrawing`,
  threaded: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
  person: "http://schemas.microsoft.com/office/2017/10/relationships/person",
  externalLink: `${NS.r}/externalLink`,
  externalPath: `${NS.r}/externalLinkPath`,
  hyperlink: `${NS.r}/hyperlink`,
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
} as const;

const LABEL_ID = "3a1e5f5c-7b2d-4c8e-9f10-2a3b4c5d6e7f";
const SITE_ID = "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";

/** Custom document properties with a sensitivity label (Microsoft Purview), as Excel writes them. */
export const CUSTOM_PROPERTIES =
  `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="${NS.vt}">` +
  [
    ["Enabled", "true"],
    ["SetDate", "2026-02-03T08:15:00Z"],
    ["Method", "Standard"],
    ["Name", "Intern"],
    ["SiteId", SITE_ID],
    ["ActionId", "9a8b7c6d-5e4f-3a2b-1c0d-ef0123456789"],
    ["ContentBits", "0"],
  ]
    .map(
      ([key, value], i) =>
        `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="MSIP_Label_${LABEL_ID}_${key}"><vt:lpwstr>${value}</vt:lpwstr></property>`,
    )
    .join("") +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="9" name="Diarienummer"><vt:lpwstr>SDF 2026/123</vt:lpwstr></property>' +
  "</Properties>";

export const LABEL_INFO =
  `${DECL}<clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata">` +
  `<clbl:label id="{${LABEL_ID}}" enabled="1" method="Standard" siteId="{${SITE_ID}}" removed="0"/></clbl:labelList>`;

/** Cell metadata: a dynamic array (cm="1") and a picture in a cell (vm="1"). */
export const METADATA =
  `${DECL}<metadata xmlns="${NS.main}" xmlns:xlrd="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata" ` +
  'xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="2">' +
  '<metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/>' +
  '<metadataType name="XLRICHVALUE" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1"/>' +
  '</metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}">' +
  '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<futureMetadata name="XLRICHVALUE" count="1"><bk><extLst><ext uri="{3e2802c4-a4d2-4d8b-9148-e3be6c30e623}">' +
  '<xlrd:rvb i="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata>' +
  '<valueMetadata count="1"><bk><rc t="2" v="0"/></bk></valueMetadata></metadata>';

export const RICH_VALUE =
  `${DECL}<rvData xmlns="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata" count="1">` +
  '<rv s="0"><v>0</v><v>5</v><v>Trygghetsvandring i Vårberg</v></rv></rvData>';

export const RICH_STRUCTURE =
  `${DECL}<rvStructures xmlns="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata" count="1">` +
  '<s t="_localImage"><k n="_rvRel:LocalImageIdentifier" t="i"/><k n="CalcOrigin" t="i"/><k n="Text" t="s"/></s></rvStructures>';

export const RICH_TYPES =
  `${DECL}<rvTypesInfo xmlns="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata2" ` +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x" ' +
  'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><global><keyFlags>' +
  '<key name="_Self"><flag name="ExcludeFromFile" value="1"/><flag name="ExcludeFromCalcComparison" value="1"/></key>' +
  "</keyFlags></global></rvTypesInfo>";

export const RICH_VALUE_REL =
  `${DECL}<richValueRels xmlns="http://schemas.microsoft.com/office/spreadsheetml/2022/richvaluerel" xmlns:r="${NS.r}">` +
  '<rel r:id="rId1"/></richValueRels>';

export const PERSONS =
  `${DECL}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS.main}">` +
  '<person displayName="Kim Andersson" id="{6F0D2C47-3B8A-4E1C-9D2E-5A7B8C9D0E1F}" userId="kim.andersson@stockholm.se" providerId="AD"/></personList>';

export const THREADED_COMMENTS =
  `${DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS.main}">` +
  '<threadedComment ref="B3" dT="2026-02-10T09:30:00.00" personId="{6F0D2C47-3B8A-4E1C-9D2E-5A7B8C9D0E1F}" id="{1A2B3C4D-5E6F-4A1B-8C2D-3E4F5A6B7C8D}">' +
  "<text>Kontrollera siffran med polisen innan nämnden.</text></threadedComment></ThreadedComments>";

export const COMMENTS =
  `${DECL}<comments xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="xr" xmlns:xr="${NS.xr}">` +
  "<authors><author>tc={1A2B3C4D-5E6F-4A1B-8C2D-3E4F5A6B7C8D}</author><author>Kim Andersson</author></authors>" +
  '<commentList><comment ref="B3" authorId="0" shapeId="0" xr:uid="{1A2B3C4D-5E6F-4A1B-8C2D-3E4F5A6B7C8D}"><text><t>[Threaded comment]\n\n' +
  "Your version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\n" +
  "Comment:\n    Kontrollera siffran med polisen innan nämnden.</t></text></comment>" +
  '<comment ref="B2" authorId="1" shapeId="0" xr:uid="{2B3C4D5E-6F7A-4B1C-9D2E-4F5A6B7C8D9E}"><text><r><rPr><b/><sz val="9"/><rFont val="Tahoma"/></rPr><t>Kim Andersson:</t></r>' +
  '<r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr><t xml:space="preserve">\nSiffran gäller januari–april.</t></r></text></comment></commentList></comments>';

function vmlShape(id: number, row: number, column: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style='position:absolute;margin-left:107.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden' fillcolor="infoBackground [80]" o:insetmode="auto">` +
    '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>' +
    "<v:textbox style='mso-direction-alt:auto'><div style='text-align:left'></div></v:textbox>" +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 0, 2, 4, 15, 4, 6</x:Anchor>' +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`
  );
}

export const VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n' +
  ' <o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
  vmlShape(1025, 1, 1) +
  vmlShape(1026, 2, 1) +
  "</xml>";

export const EXTERNAL_LINK =
  `${DECL}<externalLink xmlns="${NS.main}" xmlns:mc="${NS.mc}" mc:Ignorable="x14" xmlns:x14="${NS.x14}">` +
  '<externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"><sheetNames><sheetName val="Brott"/></sheetNames>' +
  '<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>412</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>';

/** Excel's default theme is long; a theme part of the same kind, shortened. */
export const THEME =
  `${DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office-tema"><a:themeElements>` +
  '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
  '<a:dk2><a:srgbClr val="0E2841"/></a:dk2><a:lt2><a:srgbClr val="E8E8E8"/></a:lt2><a:accent1><a:srgbClr val="156082"/></a:accent1>' +
  '<a:accent2><a:srgbClr val="E97132"/></a:accent2><a:accent3><a:srgbClr val="196B24"/></a:accent3><a:accent4><a:srgbClr val="0F9ED5"/></a:accent4>' +
  '<a:accent5><a:srgbClr val="A02B93"/></a:accent5><a:accent6><a:srgbClr val="4EA72E"/></a:accent6><a:hlink><a:srgbClr val="467886"/></a:hlink>' +
  '<a:folHlink><a:srgbClr val="96607D"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Aptos Display"/>' +
  '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Aptos Narrow"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>' +
  '</a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' +
  '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>' +
  '<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>' +
  "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>" +
  '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst>' +
  "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";

export const PNG_1X1 = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

export function relationships(rels: readonly (readonly [string, string, string, boolean?])[]): string {
  const items = rels
    .map(
      ([id, type, target, external]) =>
        `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`,
    )
    .join("");
  return `${DECL}<Relationships xmlns="${NS.pkg}">${items}</Relationships>`;
}
