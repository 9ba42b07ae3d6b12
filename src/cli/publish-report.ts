/**
 * "Publicera rapport" for the CLI: the report sheet alone (with the plan's title block) as
 * its own workbook, published as "Rapport T1 2026 – <Titel>.xlsx" into the folder
 * "Uppföljning" next to the plan in SharePoint. The plan workbook itself is never written.
 */
import {
  createTertialReport,
  type CreateReportRequest,
  type CreateReportResult,
  type WorkbookPort,
} from "../plan";
import {
  isSharePointError,
  publishFile,
  REPORT_FOLDER,
  reportFileName,
  type PublishedFile,
} from "../sharepoint";
import { assertFileAbsent, assertFolderExists, buildReportWorkbook, saveWorkbookFile } from "../xlsx";
import { CliError, EXIT_OK } from "./cli-error";
import type { CommandContext } from "./command";
import { yearMissingAsUsage } from "./commands/year-missing";
import { booleanOption, progress, requireXlsx, resolveFile, stringOption } from "./options";
import { openSharePointWorkbook, type SharePointWorkbook } from "./sharepoint-source";

export interface ReportFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly result: CreateReportResult;
}

/** The report for `request` as a workbook of its own, and the name to publish it under. */
export async function buildReportFile(
  source: WorkbookPort,
  request: CreateReportRequest,
): Promise<ReportFile> {
  const { bytes, result } = await buildReportWorkbook(source, request);
  const { period, year, title } = result.report;
  return { fileName: reportFileName(period, year, title.planTitle), bytes, result };
}

/** Publishes the report next to the plan; an existing file is replaced only with `overwrite`. */
export async function publishReport(
  context: CommandContext,
  plan: SharePointWorkbook,
  request: CreateReportRequest,
  overwrite: boolean,
): Promise<{ readonly file: ReportFile; readonly published: PublishedFile }> {
  const file = await buildReportFile(plan.book, request);
  progress(context.io, `Publicerar ${file.fileName} i mappen ${REPORT_FOLDER} …`);
  try {
    const published = await publishFile(
      {
        siteUrl: plan.location.siteUrl,
        folderServerRelativeUrl: plan.location.folder.serverRelativeUrl,
        subfolder: REPORT_FOLDER,
        fileName: file.fileName,
        bytes: file.bytes,
        sourceServerRelativeUrl: plan.location.serverRelativeUrl,
        overwrite,
      },
      plan.options,
    );
    return { file, published };
  } catch (error) {
    if (isSharePointError(error, "exists")) {
      throw new CliError(
        `Filen ${file.fileName} finns redan i mappen ${REPORT_FOLDER} och lämnades orörd. ` +
          "Lägg till --skriv-over för att spara rapporten som en ny version av filen.",
        { cause: error },
      );
    }
    throw error;
  }
}

/** What the CLI prints after publishing: where the file is, as a link. */
export function publishedText(file: ReportFile, published: PublishedFile, planName: string): string {
  const verb = published.replaced ? "Sparade en ny version av" : "Publicerade";
  return `${verb} ${file.fileName} i mappen ${REPORT_FOLDER} bredvid ${planName}:\n${published.url}`;
}

/**
 * `atgardsplan rapport URL --period … [--publicera] [-o UT.xlsx] [--skriv-over]`: the plan in
 * SharePoint is read, never written; the report is published next to it and/or saved as a
 * local copy of the plan with the report sheet.
 */
export async function reportFromSharePoint(
  context: CommandContext,
  address: string,
  request: CreateReportRequest,
): Promise<number> {
  const publish = booleanOption(context, "publicera");
  const overwrite = booleanOption(context, "skriv-over");
  const given = stringOption(context, "utfil");
  if (!publish && given === undefined) {
    throw new CliError(
      "Planen i SharePoint skrivs aldrig direkt: andra kan ha den öppen. Lägg till --publicera för att " +
        `spara rapporten som en egen fil i mappen ${REPORT_FOLDER} bredvid planen, eller -o UT.xlsx för en lokal kopia.`,
    );
  }
  const out = given === undefined ? undefined : resolveFile(given);
  if (given !== undefined) requireXlsx(given);
  if (out !== undefined) {
    if (!overwrite) await assertFileAbsent(out);
    await assertFolderExists(out);
  }
  const plan = await openSharePointWorkbook(context, address);
  const lines: string[] = [];
  if (publish) {
    const { file, published } = await yearMissingAsUsage(() =>
      publishReport(context, plan, request, overwrite),
    );
    lines.push(publishedText(file, published, plan.location.fileName));
  }
  if (out !== undefined) {
    const result = await yearMissingAsUsage(() => createTertialReport(plan.book, request, "refuse"));
    progress(context.io, `Sparar ${given} …`);
    await saveWorkbookFile(plan.book, out);
    lines.push(`Skapade bladet "${result.sheet}" i ${given} (en kopia av ${plan.location.fileName}).`);
  }
  context.io.out(lines.join("\n"));
  return EXIT_OK;
}
