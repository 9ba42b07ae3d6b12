/**
 * What the task pane needs of SharePoint, given by its host as a prop: the open workbook's
 * address and a way to get access tokens. The add-in makes one from Office.js and nested app
 * authentication (./naa-connection.ts); the preview page and most tests pass none, and the
 * pane then shows nothing of SharePoint. Types only here: the SharePoint client itself is
 * loaded on first use (./load-sharepoint.ts).
 */
import type { SendOptions, SharePointOptions, TokenProvider } from "../../sharepoint";

export interface SharePointConnection {
  /** The open workbook's address as Office gives it; "" for a new workbook or a guest. */
  readonly documentUrl: string;
  /**
   * Access tokens for the tenant's SharePoint, never opening a window. Throws
   * SharePointError with a Swedish message: not configured, not supported, and
   * "sign-in-required" when the user must sign in (then `signIn`, from a click).
   */
  readonly getToken: TokenProvider;
  /** Signs in, with a popup if need be: call only from a click. Absent: nothing to sign in to. */
  readonly signIn?: TokenProvider;
  /** Time limit and retries of each request (tests shorten them). */
  readonly send?: SendOptions;
}

/** The SharePoint client's options for a connection. */
export function clientOptions(connection: SharePointConnection): SharePointOptions {
  return { ...connection.send, getToken: connection.getToken };
}
