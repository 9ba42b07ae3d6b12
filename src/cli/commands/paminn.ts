/**
 * `atgardsplan paminn FIL.xlsx --period T1|T2|VB [--ar ÅR] [--datum D] -o MAPP`: one e-mail
 * draft (.eml) per convener whose activities lack follow-up. Nothing is sent.
 */
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { draftFileName, emlOf, remindConveners, type Reminder } from "../../plan";
import { fileErrorReason } from "../../xlsx/file-messages";
import { CliError, EXIT_OK } from "../cli-error";
import type { Command, CommandContext } from "../command";
import {
  checkDateOption,
  fileArgument,
  periodOption,
  progress,
  refusePlanDocument,
  stringOption,
  yearOption,
} from "../options";
import { isAddressArgument, SHAREPOINT_OPTIONS } from "../address-argument";
import { yearMissingAsUsage } from "./year-missing";

const USAGE = "atgardsplan paminn FIL.xlsx --period T1|T2|VB [--ar ÅR] [--datum ÅÅÅÅ-MM-DD] -o MAPP";

const HELP = `Användning: ${USAGE}
            atgardsplan paminn URL --period T1|T2|VB [--ar ÅR] -o MAPP [--token-fil FIL]

Skriver ett e-postutkast (.eml) till varje sammankallande vars aktiviteter saknar
uppföljning för perioden: vilka aktiviteter, rapportdagen och hur många dagar som är kvar,
och vad som ska fyllas i. Mottagaren tas från Sammankallandes e-post i Aktiviteter, annars
från E-post i Deltagare för den kontakt som är sammankallande. Saknas adressen är
mottagaren tom och första raden i brevet säger det. Ligger planen i SharePoint (anges med
sin adress) står adressen till planen i brevet.

Utkasten öppnas i Outlook som nya meddelanden att skicka (dubbelklicka på filen). Inget
skickas av verktyget. Ett utkast med samma namn i MAPP ersätts.

Flaggor:
  --period T1|T2|VB    perioden (VB = verksamhetsberättelsen för hela året)
  --ar ÅÅÅÅ            året (standard: År i tabellen Plan)
  --datum ÅÅÅÅ-MM-DD   dagen som dagarna kvar räknas från (standard: dagens datum)
  -o, --utmapp MAPP    mappen som utkasten skrivs i (skapas om den saknas)
  --token-fil FIL      läs åtkomsttoken för SharePoint från FIL
  -h, --help           visa den här hjälpen

Exempel:
  atgardsplan paminn plan-2026.xlsx --period T1 -o paminnelser

Slutstatus:
  0  klart (även när alla har rapporterat och inget utkast behövdes)
  2  fel i anropet, filen kan inte läsas eller planen saknar tabeller (inget skrevs)

Engelskt alias: remind`;

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined;
}

/** The folder, created when missing; a file of that name is a usage error. */
async function outputFolder(given: string | undefined): Promise<string> {
  if (given === undefined) {
    throw new CliError(`Ange mappen som utkasten ska skrivas i med -o MAPP.\nAnvändning: ${USAGE}`);
  }
  const folder = resolve(given);
  const found = await stat(folder).catch(() => null);
  if (found && !found.isDirectory()) {
    throw new CliError(`${folder} är en fil, inte en mapp. Ange en mapp med -o MAPP.`);
  }
  if (!found) {
    await mkdir(folder, { recursive: true }).catch((error: unknown) => {
      throw new CliError(`Mappen ${folder} kunde inte skapas: ${fileErrorReason(errorCode(error))}.`, {
        cause: error,
      });
    });
  }
  return folder;
}

/** One file name per reminder, told apart by a number when two conveners' names read the same. */
function fileNames(reminders: readonly Reminder[], period: string, year: number): string[] {
  const used = new Set<string>();
  return reminders.map((r) => {
    const base = draftFileName(r.convener, period, year);
    let name = base;
    for (let n = 2; used.has(name); n++) name = base.replace(/\.eml$/, `-${n}.eml`);
    used.add(name);
    return name;
  });
}

/** Writes every draft to a temporary file first, then renames them all: all or none. */
async function writeDrafts(folder: string, files: readonly { name: string; text: string }[]): Promise<void> {
  const tag = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const temps = files.map((f) => join(folder, `.${f.name}.${tag}.tmp`));
  try {
    for (const [i, file] of files.entries()) await writeFile(temps[i] ?? "", file.text, { flag: "wx" });
    for (const [i, file] of files.entries()) await rename(temps[i] ?? "", join(folder, file.name));
  } catch (error) {
    await Promise.all(temps.map((t) => rm(t, { force: true }).catch(() => undefined)));
    throw new CliError(
      `Utkasten kunde inte sparas i ${folder}: ${fileErrorReason(errorCode(error))}. Inget sparades.`,
      { cause: error },
    );
  }
}

/** The plan: the workbook reader, or the SharePoint adapter for an address, loads only then. */
async function openPlan(context: CommandContext, file: string) {
  if (!isAddressArgument(file)) {
    refusePlanDocument(file);
    progress(context.io, `Läser ${file} …`);
    const { openWorkbookFile } = await import("../../xlsx");
    return { book: await openWorkbookFile(file), url: null };
  }
  const { openSharePointWorkbook } = await import("../sharepoint-source");
  const opened = await openSharePointWorkbook(context, file);
  return { book: opened.book, url: file.trim() };
}

export const paminnCommand: Command = {
  name: "paminn",
  alias: "remind",
  summary: "skriv e-postutkast till sammankallande som saknar uppföljning",
  help: HELP,
  options: {
    period: { type: "string" },
    ar: { type: "string" },
    datum: { type: "string" },
    utmapp: { type: "string", short: "o" },
    ...SHAREPOINT_OPTIONS,
  },
  async run(context) {
    const file = fileArgument(context, USAGE, "planens arbetsbok, till exempel plan.xlsx");
    const period = periodOption(context);
    const year = yearOption(context);
    const checkDate = checkDateOption(context);
    const folderOption = stringOption(context, "utmapp");
    if (folderOption === undefined) await outputFolder(undefined);

    const { book, url } = await openPlan(context, file);
    const request = { period, checkDate, workbookUrl: url, ...(year === undefined ? {} : { year }) };
    const { overview, reminders } = await yearMissingAsUsage(() => remindConveners(book, request));
    const when = `${overview.period} ${overview.year}`;
    if (reminders.length === 0) {
      context.io.out(`Alla aktiviteter har rapporterat för ${when}: inga påminnelser behövs.`);
      return EXIT_OK;
    }
    const folder = await outputFolder(folderOption);
    const names = fileNames(reminders, overview.period, overview.year);
    await writeDrafts(
      folder,
      reminders.map((r, i) => ({ name: names[i] ?? "", text: emlOf(r.draft, checkDate) })),
    );
    const lines = reminders.map((r, i) => {
      const who = r.convener ?? "(ingen sammankallande angiven)";
      const nrs = r.activities.map((a) => a.nr).join(", ");
      const to = r.draft.to.length === 0 ? " – ingen e-postadress i planen, fyll i mottagaren" : "";
      return `  ${names[i] ?? ""}: ${who} (${nrs})${to}`;
    });
    const count = reminders.length === 1 ? "1 påminnelse" : `${reminders.length} påminnelser`;
    context.io.out(
      [
        `Skrev ${count} för ${when} i ${folder} (${overview.deadlineText}; ${overview.summary}):`,
        ...lines,
        "Öppna utkasten i e-postprogrammet, läs igenom dem och skicka. Inget har skickats.",
      ].join("\n"),
    );
    return EXIT_OK;
  },
};
