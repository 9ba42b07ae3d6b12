/**
 * The SharePoint adapter: plan workbooks in a document library over @pnp/sp, for the add-in
 * and the CLI. Sign-in inside Excel (MSAL, browser only) is imported from `./naa-auth` and
 * `./config` directly, so that the CLI never loads MSAL.
 */
export { SharePointError, isSharePointError, type SharePointErrorCode } from "./sharepoint-error";
export { connectWeb, type SharePointOptions } from "./connect";
export {
  bearerToken,
  mapFaults,
  sharePointDefaults,
  toSharePointError,
  type TokenProvider,
} from "./behaviors";
export { retryingSend, retryAfterMs, DEFAULT_TIMEOUT_MS, type RetryOptions, type SendOptions } from "./retry";
export { parseDocumentUrl, whyNotSharePoint, absoluteUrl, type DocumentAddress } from "./document-url";
export { locateFile, findSiteUrl, type FileLocation } from "./locate-file";
export {
  downloadFile,
  listFolderWorkbooks,
  isWorkbookName,
  type FileRef,
  type FolderWorkbook,
  type FolderListing,
} from "./files";
export { publishFile, type PublishRequest, type PublishedFile } from "./publish-file";
export { reportFileName, safeFileNamePart, forbiddenInFileName } from "./report-file-name";
export { modifiedText, placeText } from "./location-text";

/** The folder next to the plan workbook that reports are published into. */
export const REPORT_FOLDER = "Uppföljning";
