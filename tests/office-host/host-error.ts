/**
 * Errors the simulated Excel answers with, by Excel's error codes
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling):
 * the client turns them into `OfficeExtension.Error` with this `code` and a `debugInfo`
 * naming the statement that failed.
 *
 * `NotModelled` is ours: an action, object path or property the host does not model. It
 * answers the client with an error (so nothing hangs) and fails the test run as well.
 */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 400,
    readonly location = "",
  ) {
    super(message);
    this.name = "HostError";
  }
}

export function itemNotFound(location: string): HostError {
  return new HostError("ItemNotFound", "The requested resource doesn't exist.", 404, location);
}

export function invalidArgument(location: string, detail = ""): HostError {
  const message = `The argument is invalid or missing or has an incorrect format.${detail ? ` ${detail}` : ""}`;
  return new HostError("InvalidArgument", message, 400, location);
}

export function invalidOperation(location: string, message: string): HostError {
  return new HostError("InvalidOperation", message, 400, location);
}

export function generalException(location: string, message: string): HostError {
  return new HostError("GeneralException", message, 500, location);
}

/** What the simulated host does not model: the test that reaches it must fail. */
export class NotModelled extends HostError {
  constructor(what: string) {
    super("NotModelled", `The simulated Excel does not model ${what}.`, 501, what);
    this.name = "NotModelled";
  }
}

/** A change to a protected sheet ("AccessDenied: You cannot perform the requested operation"). */
export function refuseIfProtected(
  sheet: { readonly protected: boolean; readonly name: string },
  location: string,
): void {
  if (sheet.protected) {
    throw new HostError(
      "AccessDenied",
      `You cannot perform the requested operation: '${sheet.name}' is protected.`,
      403,
      location,
    );
  }
}
