/**
 * The import's fault: a file that is not a plan document, is empty, or cannot be read.
 * Carries a Swedish message for the user (what is wrong and what to do) and the original
 * as `cause`.
 */
export class ImportError extends Error {
  readonly userMessage: string;

  constructor(userMessage: string, options?: { cause?: unknown }) {
    super(userMessage, options);
    this.name = "ImportError";
    this.userMessage = userMessage;
  }
}
