/**
 * `atgardsplan nytt-ar FIL.xlsx -o NY.xlsx [--ar ÅR] [--skriv-over]`: next year's plan from
 * this one, as a new workbook. FIL.xlsx (or the plan at a SharePoint address) is only read.
 */
import { resolve } from "node:path";
import { describeNextYear, PlanStructureError, type NextYearResult } from "../../plan";
import { CliError, EXIT_OK } from "../cli-error";
import type { Command } from "../command";
import { throughLinkNote } from "../file-notes";
import {
  fileArgument,
  progress,
  refuseExistingOutput,
  refusePlanDocument,
  requireXlsx,
  shellWord,
  stringOption,
  yearOption,
} from "../options";
import { isAddressArgument, SHAREPOINT_OPTIONS } from "../address-argument";

const USAGE = "atgardsplan nytt-ar FIL.xlsx -o NY.xlsx [--ar ÅR] [--skriv-over]";

const HELP = `Användning: ${USAGE}
            atgardsplan nytt-ar URL -o NY.xlsx [--ar ÅR] [--skriv-over] [--token-fil FIL]

Gör nästa års plan av planen i FIL.xlsx, som en ny arbetsbok NY.xlsx. FIL.xlsx ändras inte.

Den nya planen får:
  - tabellen Plan med nästa år (År + 1) och rapportdagarna flyttade ett år framåt;
    diarienumret följer inte med, eftersom den nya planen får ett eget;
  - alla områden;
  - de aktiviteter vars Löptid fortsätter in i det nya året (Tillsvidare, eller ett
    datumintervall som inte har slutat), med deras deltagare och indikatorer. Aktiviteter
    som slutar, och aktiviteter vars Löptid inte går att läsa, lämnas kvar och listas med
    skälet;
  - varje indikators Utgångsvärde och Utgångsår från årets utfall: värdet för VB, annars
    året hittills vid den senaste rapporterade perioden. Saknas utfall står det gamla
    utgångsvärdet kvar, och det sägs;
  - Utfall för alla år, så att rapporten kan visa en serie;
  - tomma tabeller Uppföljning och Bedömning.

En plan i SharePoint anges med sin adress (https://…) och ändras aldrig; den nya planen
sparas på datorn. Åtkomsttoken tas från miljövariabeln ATGARDSPLAN_TOKEN eller från
--token-fil; den skrivs aldrig ut.

Flaggor:
  -o, --utfil NY.xlsx   den nya planens arbetsbok (krävs)
  --ar ÅÅÅÅ             den nya planens år (standard: År i tabellen Plan + 1)
  --skriv-over          ersätt NY.xlsx om den redan finns
  --token-fil FIL       läs åtkomsttoken för SharePoint från FIL
  -h, --help            visa den här hjälpen

Exempel:
  atgardsplan nytt-ar plan-2026.xlsx -o plan-2027.xlsx
  atgardsplan nytt-ar plan-2026.xlsx -o plan-2028.xlsx --ar 2028

Slutstatus:
  0  den nya planen skapades
  2  fel i anropet, filen kan inte läsas eller planen saknar tabeller eller kolumner (inget skrevs)

Engelskt alias: new-year`;

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ["", `${title} (${lines.length}):`, ...lines.map((l) => `  ${l}`)];
}

/** What the command prints: the new plan, its baselines, what stayed behind and why. */
export function nextYearReport(result: NextYearResult, source: string, out: string): string {
  const text = describeNextYear(result);
  const district = result.district === null ? "" : ` (${result.district})`;
  return [
    `Skapade ${out}: planen för ${result.year}${district}, gjord av planen för ${result.fromYear} i ${source}, som inte ändrades.`,
    text.summary,
    ...section("Utgångsvärden", text.baselines),
    ...(text.leftBehind.length === 0
      ? ["", "Alla aktiviteter fortsätter in i det nya året och följde med."]
      : section("Lämnades kvar", text.leftBehind)),
    ...(text.notes.length === 0 ? [] : ["", ...text.notes.map((n) => `Obs: ${n}`)]),
    "",
    `Kontrollera den nya planen med: atgardsplan validera ${shellWord(out)}`,
  ].join("\n");
}

/** The plan to read: the SharePoint adapter and the workbook reader load only when needed. */
async function readSource(context: Parameters<Command["run"]>[0], file: string) {
  if (isAddressArgument(file)) {
    const { openSharePointWorkbook } = await import("../sharepoint-source");
    return (await openSharePointWorkbook(context, file)).book;
  }
  refusePlanDocument(file);
  progress(context.io, `Läser ${file} …`);
  const { openWorkbookFile } = await import("../../xlsx");
  return openWorkbookFile(file);
}

export const nyttArCommand: Command = {
  name: "nytt-ar",
  alias: "new-year",
  summary: "gör nästa års plan av planen, som en ny arbetsbok",
  help: HELP,
  options: {
    utfil: { type: "string", short: "o" },
    ar: { type: "string" },
    "skriv-over": { type: "boolean" },
    ...SHAREPOINT_OPTIONS,
  },
  async run(context) {
    const file = fileArgument(context, USAGE, "planens arbetsbok, till exempel plan-2026.xlsx");
    const out = stringOption(context, "utfil");
    if (out === undefined || out.trim() === "") {
      throw new CliError(
        `Ange den nya planens arbetsbok med -o, till exempel -o plan-2027.xlsx.\nAnvändning: ${USAGE}`,
      );
    }
    requireXlsx(out);
    const year = yearOption(context);
    if (!isAddressArgument(file) && resolve(out) === resolve(file)) {
      throw new CliError(
        `Den nya planen kan inte sparas över den gamla (${file}), som lämnas orörd. Välj ett annat filnamn med -o.`,
      );
    }
    refuseExistingOutput(context, out);
    const { assertFolderExists, buildNextYearWorkbook, saveWorkbookBytes } = await import("../../xlsx");
    await assertFolderExists(out);
    const book = await readSource(context, file);
    progress(context.io, "Gör nästa års plan …");
    const { bytes, result } = await buildNextYearWorkbook(book, {
      checkDate: context.today,
      ...(year === undefined ? {} : { year }),
    }).catch((error: unknown) => {
      if (error instanceof PlanStructureError && error.problem === "year-missing") {
        throw new CliError(
          "Året saknas: tabellen Plan har inget År. Ange den nya planens år med --ar, till exempel --ar 2027.",
          { cause: error },
        );
      }
      throw error;
    });
    progress(context.io, `Sparar ${out} …`);
    const saved = await saveWorkbookBytes(bytes, out);
    if (saved.throughLink) context.io.err(throughLinkNote(out, saved.written));
    context.io.out(nextYearReport(result, file, out));
    return EXIT_OK;
  },
};
