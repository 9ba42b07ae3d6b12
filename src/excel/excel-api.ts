/**
 * The Excel JavaScript API version the adapter needs (`Table.resize`,
 * `Range.getMergedAreasOrNullObject`): the manifest's `<Set Name="ExcelApi" MinVersion>`.
 * Excel does not always keep an add-in out of an older Excel, so the task pane checks it too.
 */
export const REQUIRED_EXCEL_API = "1.13";
