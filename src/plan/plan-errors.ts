/** Faults of the plan's use cases, each with a Swedish message for the user. */

/** Base of the plan's faults: `userMessage` is shown as it stands. */
export class PlanError extends Error {
  readonly userMessage: string;
  constructor(userMessage: string, options?: { cause?: unknown }) {
    super(userMessage, options);
    this.name = new.target.name;
    this.userMessage = userMessage;
  }
}

/** A write that would overwrite the user's data was refused. */
export class PlanWriteRefused extends PlanError {}
