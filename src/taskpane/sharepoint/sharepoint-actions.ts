/**
 * The task pane's SharePoint actions over the @pnp/sp client: where the open workbook is,
 * and "Publicera rapport". They load with the SharePoint part (a chunk of its own); the
 * report file is built with exceljs, loaded only when a report is published. The open
 * workbook is read through the pane's workbook port and never written through REST.
 */
import type { CreateReportRequest, WorkbookPort } from "../../plan";
import {
  isSharePointError,
  locateFile,
  publishFile,
  REPORT_FOLDER,
  reportFileName,
  type FileLocation,
  type PublishedFile,
} from "../../sharepoint";
import { clientOptions, type SharePointConnection } from "./connection";

/**
 * Makes sure a token is at hand before a user's action (from its click): silently, or with
 * the sign-in popup when the user must sign in. First thing in the click handler, so that the
 * popup opens while the click still counts as the user's.
 */
export async function signInForAction(connection: SharePointConnection): Promise<void> {
  const resource = new URL(connection.documentUrl).origin;
  try {
    await connection.getToken(resource);
  } catch (error) {
    if (!connection.signIn || !isSharePointError(error, "sign-in-required")) throw error;
    await connection.signIn(resource);
  }
}

/** Where the open workbook is: site, library, folder, name and who saved it last. */
export function locateWorkbook(connection: SharePointConnection): Promise<FileLocation> {
  return locateFile(connection.documentUrl, clientOptions(connection));
}

export interface ReportFile {
  /** "Rapport T1 2026 – <Titel>.xlsx" */
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** The report sheet alone (with the plan's title block) as a workbook of its own. */
export async function buildReportFile(port: WorkbookPort, request: CreateReportRequest): Promise<ReportFile> {
  const { buildReportWorkbook } = await import("../../xlsx/report-workbook");
  const { bytes, result } = await buildReportWorkbook(port, request);
  const { period, year, title } = result.report;
  return { fileName: reportFileName(period, year, title.planTitle), bytes };
}

export type PublishOutcome =
  | { readonly kind: "published"; readonly published: PublishedFile }
  /** A file of that name is there; publish again with `overwrite` once the user agrees. */
  | { readonly kind: "exists" };

/** Publishes `file` into the folder Uppföljning next to the workbook (created if missing). */
export async function publishReportFile(
  connection: SharePointConnection,
  location: FileLocation,
  file: ReportFile,
  overwrite: boolean,
): Promise<PublishOutcome> {
  try {
    const published = await publishFile(
      {
        siteUrl: location.siteUrl,
        folderServerRelativeUrl: location.folder.serverRelativeUrl,
        subfolder: REPORT_FOLDER,
        fileName: file.fileName,
        bytes: file.bytes,
        sourceServerRelativeUrl: location.serverRelativeUrl,
        overwrite,
      },
      clientOptions(connection),
    );
    return { kind: "published", published };
  } catch (error) {
    if (!overwrite && isSharePointError(error, "exists")) return { kind: "exists" };
    throw error;
  }
}
