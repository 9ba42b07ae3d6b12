/** A usage or input error: the CLI prints the Swedish message and exits with status 2. */
export class CliError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CliError";
  }
}

export const EXIT_OK = 0;
/** `validera` found errors in the plan. */
export const EXIT_FINDINGS = 1;
/** Usage or input error: nothing was written. */
export const EXIT_INPUT = 2;
