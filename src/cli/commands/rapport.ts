/** `atgardsplan rapport FIL.xlsx --period T1|T2|VB [--ar ÅR] [-o UT.xlsx]`: the report sheet. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import {
  checkReportInput,
  createTertialReport,
  describeReportCheck,
  type CreateReportResult,
  type ReportCheck,
} from "../../plan";
import { CliError, EXIT_OK } from "../cli-error";
import type { Command, CommandContext } from "../command";
import { throughLinkNote } from "../file-notes";
import {
  booleanOption,
  fileArgument,
  periodOption,
  progress,
  requireXlsx,
  shellWord,
  stringOption,
  yearOption,
} from "../options";
import { yearMissingAsUsage } from "./year-missing";
import { isAddressArgument, SHAREPOINT_OPTIONS } from "../address-argument";

const USAGE = "atgardsplan rapport FIL.xlsx --period T1|T2|VB [--ar ÅR] [-o UT.xlsx] [--skriv-over]";

const HELP = `Användning: ${USAGE}
            atgardsplan rapport FIL.xlsx --period T1|T2|VB [--ar ÅR] --format docx -o RAPPORT.docx
            atgardsplan rapport URL --period T1|T2|VB [--ar ÅR] --publicera [--skriv-over] [--token-fil FIL]

Skapar rapportbladet för en period ur planens tabeller: "Rapport T1 2026", "Rapport T2 2026"
eller "Verksamhetsberättelse 2026". Först kommer en översikt på en sida: varje aktivitets
Målet nått i färg för periodens tertial och de tidigare i år, avvikelserna (saknad eller sen
uppföljning, Ej uppfyllt, Ej bedömt utan kommentar, färre möten än planerat, sämre än förra
perioden) och antalen per område. Sedan ett diagram över läget per område, och per område
dess mål, lägesbild och periodens bedömning (tabellen Bedömning) före aktiviteterna: varje
aktivitets uppföljning, möten mot planerat antal och indikatorernas utgångsvärde, målvärde
och utfall. Sist aktiviteterna som saknar uppföljning. Det är klart att skriva ut: A4
stående, en sida brett, och en aktivitet delas aldrig mellan två sidor.

Med --format docx blir rapporten i stället ett Word-dokument (-o RAPPORT.docx) med
rubriker (Rubrik 1 per område, Rubrik 2 per aktivitet, så att Words innehållsförteckning
fungerar), tabeller med färgade statusar, diagrammet som bild och sidnummer. Planen ändras
inte då.

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
  --format xlsx|docx   rapportblad i arbetsboken (xlsx, standard) eller Word-dokument (docx)
  --publicera          publicera rapporten i SharePoint (planen anges med sin adress)
  --skriv-over         ersätt UT.xlsx, eller spara en ny version av en publicerad rapport
  --token-fil FIL      läs åtkomsttoken för SharePoint från FIL
  -h, --help           visa den här hjälpen

Exempel:
  atgardsplan rapport plan-2026.xlsx --period T1
  atgardsplan rapport plan-2026.xlsx --period VB --ar 2026 -o verksamhetsberattelse-2026.xlsx
  atgardsplan rapport plan-2026.xlsx --period T2 --format docx -o rapport-t2-2026.docx
  atgardsplan rapport "https://kommun.sharepoint.com/sites/skarholmen/Delade dokument/plan.xlsx" --period T1 --publicera

Slutstatus:
  0  rapportbladet (eller Word-dokumentet) skapades
  2  fel i anropet, filen kan inte läsas eller planen saknar tabeller eller kolumner (inget skrevs)

Engelskt alias: report`;

/** `--format xlsx|docx` (any case); xlsx when not given. */
function formatOption(context: CommandContext): "xlsx" | "docx" {
  const value = stringOption(context, "format")?.trim().toLowerCase();
  if (value === undefined || value === "xlsx") return "xlsx";
  if (value === "docx" || value === "word") return "docx";
  throw new CliError(
    `Okänt format "${stringOption(context, "format") ?? ""}" för --format. Tillåtna värden: xlsx och docx.`,
  );
}

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
  const { assertFolderExists } = await import("../../xlsx");
  await assertFolderExists(out);
  return out;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "8 aktiviteter: 5 rapporterade (1 uppfylld, 2 delvis uppfyllda, …), 3 saknar uppföljning." */
export function summaryLine({ report }: Pick<CreateReportResult, "report">): string {
  const t = report.summary.total;
  const missing = t.missing === 0 ? "alla har uppföljning" : `${t.missing} saknar uppföljning`;
  const statuses = [
    count(t.met, "uppfylld", "uppfyllda"),
    count(t.partly, "delvis uppfylld", "delvis uppfyllda"),
    count(t.notMet, "ej uppfylld", "ej uppfyllda"),
    count(t.notAssessed, "ej bedömd", "ej bedömda"),
  ].join(", ");
  return `${count(t.activities, "aktivitet", "aktiviteter")}: ${count(t.reported, "rapporterad", "rapporterade")} (${statuses}), ${missing}.`;
}

/** On standard error: the plan's errors and what the report had to leave out. */
function checkLines(check: ReportCheck, file: string): string | null {
  const text = describeReportCheck(check);
  if (text === null) return null;
  return [
    `Obs! ${text.summary}`,
    ...text.omissions.map((line) => `  - ${line}`),
    `${text.advice} Se felen med: atgardsplan validera ${shellWord(file)}`,
  ].join("\n");
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
    format: { type: "string" },
    ...SHAREPOINT_OPTIONS,
  },
  async run(context) {
    const file = fileArgument(context, USAGE, "planens arbetsbok, till exempel plan.xlsx");
    const period = periodOption(context);
    const year = yearOption(context);
    if (formatOption(context) === "docx") {
      const { reportAsDocx } = await import("../report-docx");
      return reportAsDocx(context, file, {
        period,
        createdOn: context.today,
        ...(year === undefined ? {} : { year }),
      });
    }
    if (isAddressArgument(file)) {
      const { reportFromSharePoint } = await import("../publish-report");
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

    const { assertWritable, openWorkbookFile, saveWorkbookFile } = await import("../../xlsx");
    if (out === file) await assertWritable(file, { copyOption: "-o UT.xlsx" });
    progress(context.io, `Läser ${file} …`);
    const book = await openWorkbookFile(file);
    // The plan as it stands before the report is added, to say what the report left out.
    const before = await book.readSnapshot();
    const request = { period, createdOn: context.today, ...(year === undefined ? {} : { year }) };
    // A user's own sheet of the report's name stops the command (PlanWriteRefused, exit 2).
    const result = await yearMissingAsUsage(() => createTertialReport(book, request, "refuse"));
    progress(context.io, `Sparar ${out} …`);
    const saved = await saveWorkbookFile(book, out, { copyOption: "-o UT.xlsx" });
    if (saved.throughLink) context.io.err(throughLinkNote(out, saved.written));
    const verb = result.replaced ? "Ersatte" : "Skapade";
    context.io.out(`${verb} bladet "${result.sheet}" i ${out}.\n${summaryLine(result)}`);
    const check = checkReportInput(before, { period, year: result.report.year, checkDate: context.today });
    const warning = checkLines(check, file);
    if (warning !== null) context.io.err(warning);
    return EXIT_OK;
  },
};
