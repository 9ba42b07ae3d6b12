/**
 * Errors as Office.js raises them: an `OfficeExtension.Error`-like object with a `code`
 * ("PropertyNotLoaded", "ItemNotFound", "InvalidArgument", "RequestPayloadSizeLimitExceeded")
 * and `debugInfo`.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method ` +
      'on the containing object and call "context.sync()" on the associated request context.',
  );
}

export function itemNotFound(location: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", location);
}

export function invalidArgument(location: string, detail = ""): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format.${detail ? ` ${detail}` : ""}`,
    location,
  );
}

export function payloadTooLarge(bytes: number, limit: number): FakeOfficeError {
  return new FakeOfficeError(
    "RequestPayloadSizeLimitExceeded",
    `The request payload size has exceeded the limit (${bytes} > ${limit} bytes).`,
  );
}

export function responseTooLarge(bytes: number, limit: number): FakeOfficeError {
  return new FakeOfficeError(
    "ResponsePayloadSizeLimitExceeded",
    `The response payload size has exceeded the limit (${bytes} > ${limit} bytes).`,
  );
}
