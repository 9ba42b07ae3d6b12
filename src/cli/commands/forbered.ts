/** `atgardsplan forbered FIL.xlsx --period T1|T2|VB [--ar ÅR]`: empty follow-up rows to fill in. */
import { prepareFollowUps } from "../../plan";
import { assertWritable, openWorkbookFile, saveWorkbookFile } from "../../xlsx";
import { throughLinkNote } from "../file-notes";
import { EXIT_OK } from "../cli-error";
import type { Command } from "../command";
import { fileArgument, periodOption, progress, yearOption } from "../options";
import { yearMissingAsUsage } from "./year-missing";

const USAGE = "atgardsplan forbered FIL.xlsx --period T1|T2|VB [--ar ÅR]";

const HELP = `Användning: ${USAGE}

Lägger till en rad i tabellen Uppfoljning för varje aktivitet som ännu inte har en rad för
perioden och året, med Aktivitet, År och Period ifyllda och resten tomt att fylla i.
Raderna läggs efter de befintliga, i Nr-ordning. Inget annat i arbetsboken ändras, och en
andra körning lägger inte till något.

Flaggor:
  --period T1|T2|VB    perioden (VB = verksamhetsberättelsen för hela året)
  --ar ÅÅÅÅ            året (standard: År i tabellen Plan)
  -h, --help           visa den här hjälpen

Exempel:
  atgardsplan forbered plan-2026.xlsx --period T2

Slutstatus:
  0  klart (även när inga rader behövdes)
  2  fel i anropet, filen kan inte läsas eller planen saknar tabeller eller kolumner (inget skrevs)

Engelskt alias: prepare`;

export const forberedCommand: Command = {
  name: "forbered",
  alias: "prepare",
  summary: "lägg till tomma uppföljningsrader för en period",
  help: HELP,
  options: { period: { type: "string" }, ar: { type: "string" } },
  async run(context) {
    const file = fileArgument(context, USAGE, "planens arbetsbok, till exempel plan.xlsx");
    const period = periodOption(context);
    const year = yearOption(context);

    await assertWritable(file);
    progress(context.io, `Läser ${file} …`);
    const book = await openWorkbookFile(file);
    const request = year === undefined ? { period } : { period, year };
    const result = await yearMissingAsUsage(() => prepareFollowUps(book, request));
    const when = `${result.period} ${result.year}`;
    if (result.added === 0) {
      context.io.out(`Inga nya rader: alla aktiviteter har redan en rad för ${when}.`);
      return EXIT_OK;
    }
    progress(context.io, `Sparar ${file} …`);
    const saved = await saveWorkbookFile(book, file);
    if (saved.throughLink) context.io.err(throughLinkNote(file, saved.written));
    const rows = result.added === 1 ? "1 uppföljningsrad" : `${result.added} uppföljningsrader`;
    context.io.out(`Lade till ${rows} för ${when} i ${file}.`);
    return EXIT_OK;
  },
};
