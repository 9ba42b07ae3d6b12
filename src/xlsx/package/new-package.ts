/**
 * The parts of a new, empty workbook package: what `atgardsplan mall`, an import and a
 * published report start from before their sheets are added (add-worksheet.ts). Every
 * string is written inline, so there is no shared-string part.
 */
import { CONTENT_TYPE, NS, REL_TYPE, XML_DECLARATION } from "./xml";

const VT = NS.docPropsVTypes;

/** The style sheet a new workbook starts with: Excel's defaults. */
export const DEFAULT_STYLES =
  `${XML_DECLARATION}<styleSheet xmlns="${NS.main}">` +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  "</styleSheet>";

export function newPackageParts(creator: string): Record<string, string> {
  return {
    "[Content_Types].xml":
      `${XML_DECLARATION}<Types xmlns="${NS.contentTypes}">` +
      `<Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="${CONTENT_TYPE.coreProperties}"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="${CONTENT_TYPE.extendedProperties}"/></Types>`,
    "_rels/.rels":
      `${XML_DECLARATION}<Relationships xmlns="${NS.packageRel}">` +
      `<Relationship Id="rId1" Type="${REL_TYPE.officeDocument}" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_TYPE.coreProperties}" Target="docProps/core.xml"/>` +
      `<Relationship Id="rId3" Type="${REL_TYPE.extendedProperties}" Target="docProps/app.xml"/></Relationships>`,
    "docProps/app.xml":
      `${XML_DECLARATION}<Properties xmlns="${NS.extendedProps}" xmlns:vt="${VT}"><Application>Microsoft Excel</Application>` +
      '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Kalkylblad</vt:lpstr></vt:variant>' +
      "<vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs>" +
      '<TitlesOfParts><vt:vector size="0" baseType="lpstr"></vt:vector></TitlesOfParts></Properties>',
    "docProps/core.xml":
      `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>' +
      creator.replace(/&/g, "&amp;").replace(/</g, "&lt;") +
      "</dc:creator></cp:coreProperties>",
    "xl/workbook.xml":
      `${XML_DECLARATION}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><workbookPr/>` +
      '<bookViews><workbookView/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>',
    "xl/_rels/workbook.xml.rels":
      `${XML_DECLARATION}<Relationships xmlns="${NS.packageRel}">` +
      `<Relationship Id="rId1" Type="${REL_TYPE.styles}" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": DEFAULT_STYLES,
  };
}
