/**
 * What a front end needs from the program hosting the workbook beyond reading and writing
 * it: moving the user's selection and hearing about edits. Implemented by Office.js in the
 * add-in and by the preview page's grid in the browser.
 */
export interface WorkbookHost {
  /** Activates the sheet of `address` (e.g. `'Uppföljning'!B4`) and selects that cell. */
  selectAddress(address: string): Promise<void>;
  /** Activates a sheet, e.g. a report sheet just written. */
  activateSheet(name: string): Promise<void>;
  /**
   * Calls `handler` after the user edits the workbook's tables. Resolves to a function that
   * removes the handler again.
   */
  onTablesChanged(handler: () => void): Promise<() => Promise<void>>;
}
