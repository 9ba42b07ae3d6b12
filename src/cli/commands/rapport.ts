/** `atgardsplan rapport FIL.xlsx --period T1|T2|VB [--ar ÅR] [-o UT.xlsx]`: the report sheet. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { createTertialReport, type CreateReportResult } from "../../plan";
import { assertFolderExists, assertWritable, openWorkbookFile, saveWorkbookFile } from "../../xlsx";
import { CliError, EXIT_OK } from "../cli-error";
import type { Command } from "../command";
import { throughLinkNote } from "../file-notes";
import {
  booleanOption,
  fileArgument,
  periodOption,
  progress,
  requireXlsx,
  stringOption,
  yearOption,
} from "../options";
import { yearMissingAsUsage } from "./year-missing";
import { reportFromSharePoint } from "../publish-report";
import { isAddressArgument, SHAREPOINT_OPTIONS } from "../sharepoint-source";

const USAGE = "atgardsplan rapport FIL.xlsx --period T1|T2|VB [--ar ÅR] [-o UT.xlsx] [--skriv-over]";

const HELP = `Användning: ${USAGE}
            atgardsplan rapport URL --period T1|T2|VB [--ar ÅR] --publicera [--skriv-over] [--token-fil FIL]

Skapar rapportbladet för en period ur planens tabeller: "Rapport T1 2026", "Rapport T2 2026"
eller "Verksamhetsberättelse 2026". Bladet har en sammanfattning per område, varje
aktivitets uppföljning (Målet nått i färg och med text), möten mot planerat antal,
indikatorernas utfall för perioden och hittills i år, och sist aktiviteterna som saknar
uppföljning. Det är klart att skriva ut: A4 stående, en sida brett.

Ett rapportblad som atgardsplan har skapat ersätts när du skapar rapporten igen. Ett eget
blad med samma namn skrivs aldrig över.

En plan i SharePoint anges med sin adress (https://…) och ändras aldrig. Med --publicera
sparas rapportbladet som en egen fil, "Rapport T1 2026 – <Titel>.xlsx", i mappen
Uppföljning bredvid planen (mappen skapas om den saknas). Åtkomsttoken tas från
miljövariabeln ATGARDSPLAN_TOKEN eller från --token-fil; den skrivs aldrig ut.

Flaggor:
  --period T1|T2|VB    perioden (VB = verksamhetsberättelsen för hela året)
  --ar ÅÅÅÅ            året (standard: År i tabellen Plan)
  -o, --utfil UT.xlsx  skriv till en kopia i stället för att ändra FIL.xlsx
  --publicera          publicera rapporten i SharePoint (planen anges med sin adress)
  --skriv-over         ersätt UT.xlsx, eller spara en ny version av en publicerad rapport
  --token-fil FIL      läs åtkomsttoken för SharePoint från FIL
  -h, --help           visa den här hjälpen

Exempel:
  atgardsplan rapport plan-2026.xlsx --period T1
  atgardsplan rapport plan-2026.xlsx --period VB --ar 2026 -o verksamhetsberattelse-2026.xlsx
  atgardsplan rapport "https://kommun.sharepoint.com/sites/skarholmen/Delade dokument/plan.xlsx" --period T1 --publicera

Slutstatus:
  0  rapportbladet skapades
  2  fel i anropet, filen kan inte läsas eller planen saknar tabeller eller kolumner (inget skrevs)

Engelskt alias: report`;

async function outputPath(given: string | undefined, input: string, overwrite: boolean): Promise<string> {
  if (given === undefined) return input;
  const out = resolve(given);
  requireXlsx(given);
  if (out !== input && existsSync(out) && !overwrite) {
    throw new CliError(
      `Filen ${out} finns redan och lämnades orörd. Välj ett annat filnamn, ` +
        "eller lägg till --skriv-over för att ersätta den.",
    );
  }
  await assertFolderExists(out);
  return out;
}

function summaryLine({ report }: CreateReportResult): string {
  const t = report.summary.total;
  const missing = t.missing === 0 ? "alla har uppföljning" : `${t.missing} saknar uppföljning`;
  return `${t.activities} aktiviteter: ${t.reported} rapporterade (${t.met} uppfyllda, ${t.partly} delvis, ${t.notMet} ej uppfyllda, ${t.notAssessed} ej bedömda), ${missing}.`;
}

export const rapportCommand: Command = {
  name: "rapport",
  alias: "report",
  summary: "skapa rapportbladet för T1, T2 eller verksamhetsberättelsen",
  help: HELP,
  options: {
    period: { type: "string" },
    ar: { type: "string" },
    utfil: { type: "string", short: "o" },
    "skriv-over": { type: "boolean" },
    publicera: { type: "boolean" },
    ...SHAREPOINT_OPTIONS,
  },
  async run(context) {
    const file = fileArgument(context, USAGE, "planens arbetsbok, till exempel plan.xlsx");
    const period = periodOption(context);
    const year = yearOption(context);
    if (isAddressArgument(file)) {
      return reportFromSharePoint(context, file, {
        period,
        createdOn: context.today,
        ...(year === undefined ? {} : { year }),
      });
    }
    if (booleanOption(context, "publicera")) {
      throw new CliError(
        "--publicera gäller en plan i SharePoint: ange planens adress (https://…) i stället för en fil.",
      );
    }
    const out = await outputPath(stringOption(context, "utfil"), file, booleanOption(context, "skriv-over"));

    if (out === file) await assertWritable(file, { copyOption: "-o UT.xlsx" });
    progress(context.io, `Läser ${file} …`);
    const book = await openWorkbookFile(file);
    const request = { period, createdOn: context.today, ...(year === undefined ? {} : { year }) };
    // A user's own sheet of the report's name stops the command (PlanWriteRefused, exit 2).
    const result = await yearMissingAsUsage(() => createTertialReport(book, request, "refuse"));
    progress(context.io, `Sparar ${out} …`);
    const saved = await saveWorkbookFile(book, out, { copyOption: "-o UT.xlsx" });
    if (saved.throughLink) context.io.err(throughLinkNote(out, saved.written));
    const verb = result.replaced ? "Ersatte" : "Skapade";
    context.io.out(`${verb} bladet "${result.sheet}" i ${out}.\n${summaryLine(result)}`);
    return EXIT_OK;
  },
};
