/**
 * What the commands need to know about SharePoint before they run: whether an argument is an
 * address, and the option for the token file. Kept apart from sharepoint-source.ts so that a
 * command on a local file never loads the SharePoint adapter.
 */
export const TOKEN_VARIABLE = "ATGARDSPLAN_TOKEN";
export const TOKEN_FILE_OPTION = "token-fil";

/** Options `validera` and `rapport` add for SharePoint. */
export const SHAREPOINT_OPTIONS = { [TOKEN_FILE_OPTION]: { type: "string" } } as const;

/** Whether a command's argument is a web address rather than a file name. */
export function isAddressArgument(text: string | undefined): text is string {
  return text !== undefined && /^https?:\/\//i.test(text.trim());
}
