/**
 * A new worksheet part, written whole from a description: columns, rows of cells with their
 * style indexes, merged ranges, a frozen header, drop-down lists, print setup and footer,
 * manual page breaks, and the relationship ids of the drawing and tables it shows. For the
 * sheets this tool makes (report sheets, new plan tables); a user's sheet is never written
 * whole, only edited (worksheet-editor.ts).
 */
import { rangeA1, type CellInput, type RangeRef } from "../../plan";
import { cellXml } from "./cell-xml";
import { cellReference } from "./sheet-rows";
import { escapeAttribute, escapeText, NS, XML_DECLARATION } from "./xml";

export interface SpecCell {
  readonly column: number;
  readonly value: CellInput;
  /** Cell format index in the style sheet; null for the default. */
  readonly style: number | null;
}

export interface SpecRow {
  readonly row: number;
  /** Height in points; null for the default. */
  readonly height: number | null;
  readonly cells: readonly SpecCell[];
}

export interface SpecColumn {
  /** Width in characters; null for the default. */
  readonly width: number | null;
  /** The format of the column's empty cells (what a user types there gets); null for none. */
  readonly style: number | null;
}

export interface ListValidation {
  /** The cells, e.g. `C2:C1002`. */
  readonly range: RangeRef;
  readonly values: readonly string[];
  readonly errorTitle: string;
  readonly error: string;
}

export interface SheetPrint {
  readonly orientation: "portrait" | "landscape";
  readonly fitToWidth: boolean;
  /** The centre footer (`&P`, `&N` as Excel writes them). */
  readonly footer: string;
}

export interface WorksheetSpec {
  /** Column A first. */
  readonly columns: readonly SpecColumn[];
  /** In row order. */
  readonly rows: readonly SpecRow[];
  readonly merges: readonly RangeRef[];
  /** Rows frozen at the top (0: none). */
  readonly frozenRows: number;
  readonly lists: readonly ListValidation[];
  readonly print: SheetPrint | null;
  /** Rows after which a new page starts. */
  readonly rowBreaks: readonly number[];
  /** Relationship id of the sheet's drawing (charts, pictures), if any. */
  readonly drawingId: string | null;
  /** Relationship ids of the sheet's tables. */
  readonly tableIds: readonly string[];
  readonly date1904: boolean;
}

/** Page margins in inches, as the report and the plan tables print. */
const MARGINS = '<pageMargins left="0.6" right="0.6" top="0.7" bottom="0.7" header="0.3" footer="0.3"/>';
/** The file format's number for A4 paper. */
const A4 = 9;

/** The rows from first to last, columns A to the rightmost cell; null without cells. */
function used(spec: WorksheetSpec): RangeRef | null {
  let top = Infinity;
  let bottom = 0;
  let right = 0;
  for (const row of spec.rows) {
    top = Math.min(top, row.row);
    bottom = Math.max(bottom, row.row);
    for (const cell of row.cells) right = Math.max(right, cell.column);
  }
  return right === 0 ? null : { top, left: 1, bottom, right };
}

function columnsXml(columns: readonly SpecColumn[]): string {
  const cols = columns.flatMap((c, i) => {
    if (c.width === null && c.style === null) return [];
    const width = c.width === null ? "" : ` width="${c.width}" customWidth="1"`;
    const style = c.style === null ? "" : ` style="${c.style}"`;
    return [`<col min="${i + 1}" max="${i + 1}"${width}${style}/>`];
  });
  return cols.length === 0 ? "" : `<cols>${cols.join("")}</cols>`;
}

function rowXml(row: SpecRow, date1904: boolean): string {
  const height = row.height === null ? "" : ` ht="${row.height}" customHeight="1"`;
  const cells = row.cells.map((c) =>
    cellXml("", cellReference(row.row, c.column), c.value, c.style, date1904),
  );
  return `<row r="${row.row}"${height}>${cells.join("")}</row>`;
}

function viewXml(frozenRows: number): string {
  if (frozenRows <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const top = `A${frozenRows + 1}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`
  );
}

function listsXml(lists: readonly ListValidation[]): string {
  if (lists.length === 0) return "";
  const items = lists.map((list) => {
    const formula = `"${list.values.map((v) => v.replace(/"/g, '""')).join(",")}"`;
    return (
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="${escapeAttribute(list.errorTitle)}" ` +
      `error="${escapeAttribute(list.error)}" sqref="${rangeA1(list.range)}"><formula1>${escapeText(formula)}</formula1></dataValidation>`
    );
  });
  return `<dataValidations count="${lists.length}">${items.join("")}</dataValidations>`;
}

function printXml(print: SheetPrint | null): string {
  if (print === null) return MARGINS;
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  return (
    `${MARGINS}<pageSetup paperSize="${A4}" orientation="${print.orientation}"${fit}/>` +
    `<headerFooter><oddFooter>${escapeText(`&C${print.footer}`)}</oddFooter></headerFooter>`
  );
}

function breaksXml(rows: readonly number[]): string {
  if (rows.length === 0) return "";
  const breaks = rows.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</rowBreaks>`;
}

/** The worksheet part's XML. */
export function worksheetXml(spec: WorksheetSpec): string {
  const range = used(spec);
  const sheetPr = spec.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";
  const merges =
    spec.merges.length === 0
      ? ""
      : `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${rangeA1(m)}"/>`).join("")}</mergeCells>`;
  const drawing = spec.drawingId === null ? "" : `<drawing r:id="${escapeAttribute(spec.drawingId)}"/>`;
  const tables =
    spec.tableIds.length === 0
      ? ""
      : `<tableParts count="${spec.tableIds.length}">${spec.tableIds.map((id) => `<tablePart r:id="${escapeAttribute(id)}"/>`).join("")}</tableParts>`;
  return [
    `${XML_DECLARATION}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`,
    sheetPr,
    `<dimension ref="${range === null ? "A1" : rangeA1(range)}"/>`,
    viewXml(spec.frozenRows),
    '<sheetFormatPr defaultRowHeight="15"/>',
    columnsXml(spec.columns),
    `<sheetData>${spec.rows.map((r) => rowXml(r, spec.date1904)).join("")}</sheetData>`,
    merges,
    listsXml(spec.lists),
    printXml(spec.print),
    breaksXml(spec.rowBreaks),
    drawing,
    tables,
    "</worksheet>",
  ].join("");
}
