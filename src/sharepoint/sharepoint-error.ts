/**
 * The SharePoint adapter's fault: a Swedish `userMessage` for the user (what went wrong and
 * what to do), the HTTP `status` when SharePoint answered, a `code` the UI can act on (e.g.
 * "exists" → ask before replacing) and the original as `cause`. Messages never hold a token.
 */
export type SharePointErrorCode =
  /** 401: the sign-in or token was not accepted. */
  | "unauthorized"
  /** 403: signed in, but without access to the file or folder. */
  | "forbidden"
  | "not-found"
  /** 423: the file is locked (checked out, or open in a way that locks it). */
  | "locked"
  /** 429 or 503 after every retry, or a Retry-After longer than we may wait. */
  | "throttled"
  | "timeout"
  /** The connection failed or was dropped. */
  | "network"
  /** The file to publish exists; publish again with `overwrite: true` after asking. */
  | "exists"
  /** A write that could harm the plan (the open workbook itself) was refused. */
  | "refused"
  /** The address is no SharePoint file or folder we can reach (local file, no address, http). */
  | "not-sharepoint"
  /** Signing in needs the user (a popup, from a click): the pane shows "Logga in". */
  | "sign-in-required"
  | "sign-in-cancelled"
  /** The browser blocked the sign-in popup. */
  | "sign-in-blocked"
  | "sign-in-unsupported"
  | "sign-in-failed"
  /** The app registration (client id) was not configured when the add-in was built. */
  | "not-configured"
  /** Any other answer from SharePoint. */
  | "http";

export class SharePointError extends Error {
  readonly userMessage: string;
  readonly code: SharePointErrorCode;
  /** The HTTP status SharePoint answered with, or null when there was no answer. */
  readonly status: number | null;

  constructor(
    code: SharePointErrorCode,
    userMessage: string,
    options: { status?: number | null; cause?: unknown } = {},
  ) {
    super(userMessage, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "SharePointError";
    this.code = code;
    this.userMessage = userMessage;
    this.status = options.status ?? null;
  }
}

export function isSharePointError(error: unknown, code?: SharePointErrorCode): error is SharePointError {
  return error instanceof SharePointError && (code === undefined || error.code === code);
}
