/**
 * The add-in's own report sheets, by the markers that name them (`isReportMarkerName`: a
 * workbook-level name referring to the sheet's A1). Reading every sheet of a workbook leaves
 * out their merged areas: a verksamhetsberättelse of some 25 activities has more than the
 * 512 that `Range.getMergedAreasOrNullObject` can list ("if the merged areas count in this
 * range is more than 512, then this method will fail to return the result"), and a failing
 * read would fail the whole batch. They are no plan tables, so no finding is lost.
 */
import { excelNameKey, isReportMarkerName, sheetOfReference } from "../plan";

/** Queues the workbook's defined names with what they refer to (ExcelApi 1.7). */
export function queueDefinedNames(workbook: Excel.Workbook): Excel.NamedItemCollection {
  return workbook.names.load("items/name, items/formula");
}

/** The report sheets' names, as `excelNameKey`s (after the sync). */
export function reportSheetKeys(names: Excel.NamedItemCollection): Set<string> {
  const keys = new Set<string>();
  for (const item of names.items) {
    const sheet = isReportMarkerName(item.name) ? sheetOfReference(item.formula) : null;
    if (sheet !== null) keys.add(excelNameKey(sheet));
  }
  return keys;
}
