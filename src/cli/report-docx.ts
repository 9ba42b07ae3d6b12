/**
 * `atgardsplan rapport FIL.xlsx|URL --period … --format docx -o RAPPORT.docx`: the report as
 * a Word document. The plan is only read, from a file or from SharePoint; the document is
 * saved to the file -o names.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { buildReportDocx } from "../docx";
import type { CreateReportRequest, TertialReport } from "../plan";
import { assertFolderExists, openWorkbookFile } from "../xlsx";
import { CliError, EXIT_OK } from "./cli-error";
import type { CommandContext } from "./command";
import { yearMissingAsUsage } from "./commands/year-missing";
import { booleanOption, progress, stringOption } from "./options";
import { saveDocumentFile } from "./save-document";
import { isAddressArgument } from "./address-argument";

/** The output file -o names, which must end in .docx and is replaced only with --skriv-over. */
function outputPath(context: CommandContext, input: string): string {
  const given = stringOption(context, "utfil");
  if (given === undefined) {
    throw new CliError(
      "Ange var Word-dokumentet ska sparas med -o, till exempel -o rapport.docx. Planen ändras inte.",
    );
  }
  if (!/\.docx$/i.test(given)) {
    throw new CliError(
      `Filnamnet måste sluta på .docx för ett Word-dokument: "${given}". Välj till exempel rapport.docx.`,
    );
  }
  const out = resolve(given);
  if (out === resolve(input))
    throw new CliError("Word-dokumentet kan inte sparas över planen. Välj ett annat filnamn.");
  if (existsSync(out) && !booleanOption(context, "skriv-over")) {
    throw new CliError(
      `Filen ${out} finns redan och lämnades orörd. Välj ett annat filnamn, eller lägg till --skriv-over för att ersätta den.`,
    );
  }
  return out;
}

function summary(report: TertialReport): string {
  const t = report.summary.total;
  const missing = t.missing === 0 ? "alla har uppföljning" : `${t.missing} saknar uppföljning`;
  return `${t.activities} aktiviteter: ${t.reported} rapporterade, ${missing}.`;
}

/** The plan workbook; the SharePoint adapter is loaded only for an address. */
async function openPlan(context: CommandContext, file: string) {
  if (!isAddressArgument(file)) return openWorkbookFile(file);
  const { openSharePointWorkbook } = await import("./sharepoint-source");
  return (await openSharePointWorkbook(context, file)).book;
}

export async function reportAsDocx(
  context: CommandContext,
  file: string,
  request: CreateReportRequest,
): Promise<number> {
  if (booleanOption(context, "publicera")) {
    throw new CliError(
      "--publicera publicerar rapportbladet (.xlsx); spara Word-dokumentet med -o RAPPORT.docx.",
    );
  }
  const out = outputPath(context, file);
  await assertFolderExists(out);
  progress(context.io, `Läser ${file} …`);
  const book = await openPlan(context, file);
  const { bytes, report } = await yearMissingAsUsage(() => buildReportDocx(book, request));
  progress(context.io, `Sparar ${out} …`);
  await saveDocumentFile(out, bytes, "Word-dokumentet");
  const given = stringOption(context, "utfil") ?? out;
  context.io.out(
    `Skapade Word-dokumentet ${given} med rapporten för ${report.period} ${report.year}.\n${summary(report)}`,
  );
  return EXIT_OK;
}
