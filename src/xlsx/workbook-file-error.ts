/**
 * The .xlsx adapter's fault: a workbook that cannot be opened, read or written. Carries a
 * Swedish message for the user (what is wrong and what to do) and the original as `cause`.
 */
export class WorkbookFileError extends Error {
  readonly userMessage: string;

  constructor(userMessage: string, options?: { cause?: unknown }) {
    super(userMessage, options);
    this.name = "WorkbookFileError";
    this.userMessage = userMessage;
  }
}
