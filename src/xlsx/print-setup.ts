/**
 * A `PrintSetup` on an exceljs worksheet (report sheets and plan tables): A4, the
 * orientation, one page wide and as many tall as needed, repeated title rows, margins and
 * the centre footer.
 */
import type ExcelJS from "exceljs";
import { PRINT_MARGINS, type PrintSetup } from "../plan";
import { xmlSafeText } from "./xml-text";

/** exceljs's (and the file format's) number for A4 paper. */
const A4 = 9;

export function applyPrintSetup(worksheet: ExcelJS.Worksheet, print: PrintSetup): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: A4,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${print.repeatRows.first}:${print.repeatRows.last}`,
    margins: { ...PRINT_MARGINS },
  };
  worksheet.headerFooter = { ...worksheet.headerFooter, oddFooter: `&C${xmlSafeText(print.footer)}` };
}
